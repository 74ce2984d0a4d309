package dev.accord.ingest;

import dev.accord.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of input, told apart by content, and every kind of bad input, recorded with its reason. */
class SourcesTest {

    @TempDir
    Path dir;

    private final Sources sources = new Sources(null);

    private Collected read(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        Collected c = new Collected();
        sources.read(new Input(file.toString(), file), Sources.Options.NONE, c);
        return c;
    }

    private Collected read(String name, String content) throws IOException {
        return read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void htmlNamedTxtIsReadAsHtml() throws Exception {
        Article a = read("page.txt", Samples.page("Water deal", "2025-06-18", Samples.PARAGRAPH_1)).only();
        assertEquals(Samples.PARAGRAPH_1, a.text());
        assertEquals("Steppe Daily", a.outlet());
    }

    @Test
    void aFeedWithNoExtensionIsReadAsAFeed() throws Exception {
        Collected c = read("feed", Samples.rss(Samples.rssItem("Water deal", "https://c.example/w",
                "Wed, 18 Jun 2025 09:00:00 GMT", "<p>" + Samples.PARAGRAPH_1 + "</p>")));
        assertEquals("Water deal", c.only().title());
    }

    @Test
    void aGzippedWarcAndAGzippedPageAreBothRead() throws Exception {
        assertEquals(1, read("x.gz", Samples.warc(true, List.of(Samples.warcResponse("https://s.example/a",
                Samples.page("A", "2025-06-18", Samples.PARAGRAPH_1))))).articles.size());
        assertEquals(Samples.PARAGRAPH_2, read("y.gz", gzip(Samples.page("B", "2025-06-18", Samples.PARAGRAPH_2)
                .getBytes(StandardCharsets.UTF_8))).only().text());
    }

    @Test
    void aTruncatedGzipPageIsAProblemWithItsReason() throws Exception {
        byte[] whole = gzip(Samples.page("B", "2025-06-18", Samples.PARAGRAPH_2).repeat(20)
                .getBytes(StandardCharsets.UTF_8));
        Collected c = read("cut.html.gz", Arrays.copyOf(whole, whole.length / 2));
        assertEquals(0, c.articles.size());
        assertTrue(c.problems.get(0).reason().startsWith("damaged or truncated gzip"), c.reasons());
    }

    @Test
    void anHtmlFragmentIsReadAsHtmlNotAsTextWithTags() throws Exception {
        Article a = read("fragment.txt", "<div class=\"story\"><p>" + Samples.PARAGRAPH_1 + "</p></div>").only();
        assertEquals(Samples.PARAGRAPH_1, a.text());
    }

    @Test
    void standardInputIsToldApartByItsContentToo() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Samples.page("Water deal", "2025-06-18", Samples.PARAGRAPH_2)
                    .getBytes(StandardCharsets.UTF_8)));
            Collected c = new Collected();
            sources.read(Input.standardInput(), Sources.Options.NONE, c);
            assertEquals(Samples.PARAGRAPH_2, c.only().text());
            assertEquals("stdin", c.only().source());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anEmptyFileIsAProblem() throws Exception {
        Collected c = read("empty.html", new byte[0]);
        assertTrue(c.problems.get(0).reason().startsWith("empty file (0 bytes)"), c.reasons());
    }

    @Test
    void aBinaryFileIsAProblemNamingTheNulByte() throws Exception {
        Collected c = read("photo.html", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 1, 2});
        assertEquals("binary content (a NUL byte at offset 2); expected a news article as text or HTML, a feed, "
                + "WARC or JSON Lines", c.problems.get(0).reason());
    }

    @Test
    void aHundredMegabyteFileIsRefusedWithoutReadingItAll() throws Exception {
        Path huge = dir.resolve("huge.txt");
        byte[] block = "The ministers met again. ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(huge)) {
            for (long written = 0; written < 100L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        Collected c = new Collected();
        sources.read(new Input(huge.toString(), huge), Sources.Options.NONE, c);
        assertEquals(0, c.articles.size());
        assertTrue(c.problems.get(0).reason().startsWith("larger than 20 MiB"), c.reasons());
    }

    @Test
    void anArticleNotInEnglishIsReadWithTheLanguageOfItsText() throws Exception {
        Collected c = read("fr.txt", "Les ministres des affaires étrangères se sont réunis à Tachkent mardi et ont "
                + "convenu de partager les eaux du fleuve pendant les mois d'été, selon le communiqué.");
        assertEquals(List.of(), c.problems);
        assertEquals("fr", c.articles.get(0).language());
    }

    @Test
    void theSameInputReadTwiceGivesTheSameArticle() throws Exception {
        String page = Samples.page("Water deal", "2025-06-18", Samples.PARAGRAPH_1);
        assertEquals(read("a.html", page).only(), read("a.html", page).only());
    }

    @Test
    void htmlWithNoContentIsAProblem() throws Exception {
        Collected c = read("blank.html", "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>");
        assertTrue(c.problems.get(0).reason().startsWith("HTML with no text"), c.reasons());
    }

    @Test
    void theUsersDateOverridesTheOneFound() throws Exception {
        Path file = Files.writeString(dir.resolve("a.html"), Samples.page("W", "2025-06-18", Samples.PARAGRAPH_1));
        Collected c = new Collected();
        sources.read(new Input(file.toString(), file), new Sources.Options(java.time.LocalDate.of(2020, 1, 2), null), c);
        assertEquals(java.time.LocalDate.of(2020, 1, 2), c.only().published());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }
}
