package dev.accord.ingest;

import dev.accord.model.Article;
import dev.accord.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What the sink throws (a store that failed) reaches the caller as it is, from every kind of input: it is
 * never recorded as a problem of the input, and the read stops there instead of going on without it.
 */
class SinkFailureTest {

    @TempDir
    Path dir;

    private static final String PAGE = Samples.page("Water deal", "2025-06-18", Samples.PARAGRAPH_1,
            Samples.PARAGRAPH_2);

    /** A sink whose store is gone: every article it is given fails, and it keeps the problems it is told. */
    private static final class Broken implements Sink {
        final IllegalStateException failure = new IllegalStateException("cannot store article: disk full");
        final List<Problem> problems = new ArrayList<>();

        @Override
        public void article(Article article) {
            throw failure;
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    }

    private void assertFailureReachesTheCaller(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        Broken sink = new Broken();
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> new Sources(null).read(new Input(name, file), Sources.Options.NONE, sink));
        assertSame(sink.failure, thrown, name);
        assertEquals(List.of(), sink.problems, name + ": the store's failure is not a problem of the input");
    }

    @Test
    void fromAPlainText() throws IOException {
        assertFailureReachesTheCaller("talks.txt", ("Water deal\n\n" + Samples.PARAGRAPH_1 + "\n\n"
                + Samples.PARAGRAPH_2 + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fromAPage() throws IOException {
        assertFailureReachesTheCaller("talks.html", PAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fromAFeedItem() throws IOException {
        String feed = Samples.rss(Samples.rssItem("Water deal", "https://caspian.example/water",
                "Wed, 18 Jun 2025 09:00:00 GMT", "<p>" + Samples.PARAGRAPH_1 + "</p><p>" + Samples.PARAGRAPH_2 + "</p>"));
        assertFailureReachesTheCaller("news.rss", feed.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fromAWarcRecord() throws IOException {
        assertFailureReachesTheCaller("cc.warc", Samples.warc(false,
                List.of(Samples.warcResponse("https://steppe.example/water", PAGE))));
        assertFailureReachesTheCaller("cc.warc.gz", Samples.warc(true,
                List.of(Samples.warcResponse("https://steppe.example/water", PAGE))));
    }

    @Test
    void fromAJsonLine() throws IOException {
        String line = "{\"id\":\"n1\",\"published\":\"2025-06-18\",\"text\":\"" + Samples.PARAGRAPH_1 + " "
                + Samples.PARAGRAPH_2 + "\"}\n";
        assertFailureReachesTheCaller("news.jsonl", line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fromAGzippedText() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        assertFailureReachesTheCaller("talks.html.gz", bytes.toByteArray());
    }
}
