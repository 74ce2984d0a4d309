package dev.accord.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcArticleReaderTest {

    private static final List<byte[]> RECORDS = List.of(
            Samples.warcResponse("https://steppe.example/water", Samples.page("Water deal", "2025-06-18",
                    Samples.PARAGRAPH_1, Samples.PARAGRAPH_2)),
            Samples.warcResponse("https://steppe.example/energy", Samples.page("Energy talks", "2025-06-19",
                    Samples.PARAGRAPH_2.replace("deal", "energy pact"), Samples.PARAGRAPH_1)),
            Samples.warcResponse("https://steppe.example/third", Samples.page("Third story", "2025-06-20",
                    Samples.PARAGRAPH_1.replace("Tashkent", "Almaty"))));

    private Collected read(byte[] warc) {
        Collected c = new Collected();
        new WarcArticleReader().read("cc.warc", new ByteArrayInputStream(warc), c);
        return c;
    }

    @Test
    void eachHtmlResponseRecordIsAnArticleNamedByItsUrl() throws Exception {
        Collected c = read(Samples.warc(false, RECORDS));
        assertEquals(3, c.articles.size(), c.reasons());
        assertEquals("https://steppe.example/water", c.articles.get(0).source());
        assertEquals("https://steppe.example/water", c.articles.get(0).url());
        assertEquals("Water deal", c.articles.get(0).title());
        assertEquals(0, c.problems.size());
    }

    @Test
    void gzippedWarcIsReadTheSame() throws Exception {
        Collected c = read(Samples.warc(true, RECORDS));
        assertEquals(3, c.articles.size(), c.reasons());
    }

    @Test
    void aTruncatedWarcKeepsTheRecordsBeforeTheCutAndNamesTheDamage() throws Exception {
        byte[] whole = Samples.warc(false, RECORDS);
        byte[] cut = Arrays.copyOf(whole, whole.length - RECORDS.get(2).length / 2);
        Collected c = read(cut);
        assertEquals(2, c.articles.size(), c.reasons());
        assertEquals(1, c.problems.size(), c.reasons());
        assertTrue(c.problems.get(0).reason().contains("truncated"), c.reasons());
    }

    @Test
    void aTruncatedGzipWarcKeepsTheRecordsBeforeTheCut() throws Exception {
        byte[] whole = Samples.warc(true, RECORDS);
        Collected c = read(Arrays.copyOf(whole, whole.length - 200));
        assertEquals(2, c.articles.size(), c.reasons());
        assertEquals(1, c.problems.size(), c.reasons());
    }

    @Test
    void anArchiveWithNoPagesSaysSo() throws Exception {
        byte[] page = Samples.warcResponse("https://s.example/logo.png", "not a page");
        // Same length, so every Content-Length stays true.
        String record = new String(page, java.nio.charset.StandardCharsets.ISO_8859_1).replace("text/html", "image/png");
        Collected c = read(record.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(0, c.articles.size());
        assertTrue(c.problems.get(0).reason().startsWith("WARC holds 1 records but no HTML page"), c.reasons());
    }

    @Test
    void somethingThatIsNotWarcIsOneProblem() {
        Collected c = read("WARC/1.0\r\nthis is not a header\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(0, c.articles.size());
        assertEquals(1, c.problems.size(), c.reasons());
    }
}
