package dev.accord.cli;

import dev.accord.ingest.Input;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * A progress line on stderr: articles done, their rate and the time left. Over gold sets the number of
 * articles is known; over inputs it is not (a WARC or a JSON Lines corpus holds many), so the share done
 * is the share of the inputs' bytes read. On a terminal it redraws one line; in a log it writes a line
 * every few seconds.
 */
final class Progress {

    private static final int WIDTH = 24;
    private static final long LOG_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long TERMINAL_INTERVAL_NANOS = Duration.ofMillis(200).toNanos();
    /** One input smaller than this is read in a moment; no line is drawn for it. */
    private static final long SMALL_INPUT = 64 * 1024;

    private final PrintWriter err;
    /** Articles, or bytes when {@link #bytes}. */
    private final long total;
    private final boolean bytes;
    private final boolean enabled;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrinted;

    private Progress(PrintWriter err, long total, boolean bytes, boolean enabled) {
        this.err = err;
        this.total = total;
        this.bytes = bytes;
        this.enabled = enabled;
        this.terminal = System.console() != null;
    }

    /** Progress over {@code articles} articles, known in advance. */
    static Progress ofArticles(PrintWriter err, int articles) {
        return new Progress(err, articles, false, articles > 1);
    }

    /** Progress over the articles of {@code inputs}, measured by the share of their bytes read. */
    static Progress ofInputs(PrintWriter err, List<Input> inputs) {
        long size = inputs.stream().mapToLong(i -> Math.max(0, i.size())).sum();
        return new Progress(err, size, true, inputs.size() > 1 || size >= SMALL_INPUT);
    }

    /** {@code done} of the known articles are done. */
    void update(int done) {
        draw(done, done);
    }

    /** {@code articles} articles are done, and {@code bytesRead} bytes of the inputs are read. */
    void update(int articles, long bytesRead) {
        draw(articles, bytesRead);
    }

    private void draw(int articles, long done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (!last && now - lastPrinted < (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
            return;
        }
        lastPrinted = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? articles / seconds : 0;
        double share = total <= 0 ? 0 : Math.min(1, (double) done / total);
        long eta = share > 0 ? Math.round(seconds * (1 - share) / share) : -1;
        int filled = (int) Math.round(share * WIDTH);
        String amount = bytes ? String.format("%d article%s  %s of %s", articles, articles == 1 ? "" : "s",
                megabytes(done), megabytes(total)) : String.format("%d/%d articles", articles, total);
        String line = String.format("[%s%s] %s  %.2f articles/s  ETA %s", "#".repeat(filled),
                "-".repeat(WIDTH - filled), amount, rate, eta < 0 ? "?" : eta + " s");
        err.print(terminal ? "\r" + line : line + System.lineSeparator());
        err.flush();
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    void finish() {
        if (enabled && terminal) {
            err.println();
        }
    }
}
