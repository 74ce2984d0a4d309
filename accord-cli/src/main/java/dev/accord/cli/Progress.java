package dev.accord.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A progress line on stderr for runs over several inputs: done/total, articles per second and the
 * time left. On a terminal it redraws one line; in a log it writes a line every few seconds.
 */
final class Progress {

    private static final int WIDTH = 24;
    private static final long LOG_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrinted;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.enabled = total > 1;
        this.terminal = System.console() != null;
    }

    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (!terminal && now - lastPrinted < LOG_INTERVAL_NANOS && done < total) {
            return;
        }
        lastPrinted = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String line = String.format("[%s%s] %d/%d articles  %.2f articles/s  ETA %s",
                "#".repeat(filled), "-".repeat(WIDTH - filled), done, total, rate,
                eta < 0 ? "?" : eta + " s");
        err.print(terminal ? "\r" + line : line + System.lineSeparator());
        err.flush();
    }

    void finish() {
        if (enabled && terminal) {
            err.println();
        }
    }
}
