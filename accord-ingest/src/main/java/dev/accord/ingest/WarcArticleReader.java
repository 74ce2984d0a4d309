package dev.accord.ingest;

import dev.accord.model.Article;
import dev.accord.model.Problem;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the HTML response records of a WARC or WARC.gz file (Common Crawl's CC-NEWS is written this
 * way), streaming, so archives of any size are read record by record. Other records (requests,
 * metadata, images) are passed over; a truncated archive keeps the articles before the damage and
 * records the damage as a problem.
 */
public final class WarcArticleReader {

    /** Larger payloads are not news pages. */
    static final long MAX_PAYLOAD = 10L * 1024 * 1024;

    private final HtmlArticleReader html;

    /** A reader whose pages keep a template memory of their own. */
    public WarcArticleReader() {
        this(new HtmlArticleReader());
    }

    /** A reader of pages with {@code html}, which shares its template memory with the rest of a batch. */
    WarcArticleReader(HtmlArticleReader html) {
        this.html = html;
    }

    /**
     * Reads every page of the archive into {@code sink}. The sink is only called between records, outside
     * the archive's error handling: what the sink throws (a store that failed) stops the read and reaches
     * the caller as it is, never as damage to the archive.
     */
    public void read(String inputName, InputStream in, Sink sink) {
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            sink.problem(notReadable(inputName, e));
            return;
        }
        reader.onWarning(w -> { });
        long position = 0;
        int record = 0;
        int articles = 0;
        int pages = 0;
        while (true) {
            Optional<WarcRecord> next;
            Read read = null;
            try {
                next = reader.next();
                if (next.isPresent() && next.get() instanceof WarcResponse response && isPage(response)) {
                    pages++;
                    read = readResponse(inputName + "#record" + (record + 1), response);
                }
            } catch (IOException | RuntimeException e) {
                close(reader);
                sink.problem(new Problem(inputName, "WARC damaged or truncated after record " + record
                        + " (byte " + position + ": " + FeedReader.oneLine(e.getMessage()) + "); the "
                        + articles + " articles before it were read; expected complete WARC records"));
                return;
            }
            if (read != null && read.article() != null) {
                articles++;
                sink.article(read.article());
            } else if (read != null) {
                sink.problem(read.problem());
            }
            if (next.isEmpty()) {
                break;
            }
            record++;
            position = reader.position();
        }
        if (!close(reader)) {
            sink.problem(notReadable(inputName, new IOException("the archive could not be closed")));
        } else if (record == 0) {
            sink.problem(new Problem(inputName, "WARC holds no records; expected response records of web pages"));
        } else if (pages == 0) {
            sink.problem(new Problem(inputName, "WARC holds " + record + " records but no HTML page with status 200; "
                    + "expected response records of web pages"));
        }
    }

    /** One page record read: its article, or the problem that kept it from being one. */
    private record Read(Article article, Problem problem) {
    }

    private static Problem notReadable(String inputName, Exception e) {
        return new Problem(inputName, "not a readable WARC (" + FeedReader.oneLine(e.getMessage())
                + "); expected WARC/1.0 or WARC/1.1 records, optionally gzipped");
    }

    private static boolean close(WarcReader reader) {
        try {
            reader.close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a response holds a web page: status 200 and an HTML type. Images, scripts and redirects do not. */
    private static boolean isPage(WarcResponse response) throws IOException {
        String base = response.http().contentType().base().toString().toLowerCase(Locale.ROOT);
        return response.http().status() == 200 && (base.equals("text/html") || base.equals("application/xhtml+xml"));
    }

    /** Reads one response; a payload cut short throws, since it means the archive is damaged from here on. */
    private Read readResponse(String name, WarcResponse response) throws IOException {
        String target = response.target();
        try {
            MediaType type = response.http().contentType();
            byte[] body;
            try (InputStream payload = response.http().body().stream()) {
                body = Input.readLimited(name, payload, MAX_PAYLOAD, "a web page");
            }
            LocalDate date = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
            String charset = type.parameters().get("charset");
            return new Read(html.read(name, body, new HtmlArticleReader.Context(target, target, charset, null, date)),
                    null);
        } catch (UnreadableInputException e) {
            return new Read(null, new Problem(name + " (" + target + ")", e.problem().reason()));
        } catch (RuntimeException e) {
            return new Read(null, new Problem(name + " (" + target + ")", "response cannot be read ("
                    + FeedReader.oneLine(e.getMessage()) + "); expected an HTTP response with an HTML page"));
        }
    }
}
