package dev.accord.cli;

import dev.accord.model.Article;
import dev.accord.store.Appearance;
import dev.accord.store.SqliteFactStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One folder holding a web page, an RSS feed, a WARC.gz archive, a JSON Lines file and broken files,
 * ingested in one command with the real CoreNLP pipeline into a real SQLite file.
 */
class IngestFolderIT {

    private static final String WATER = "The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Tuesday "
            + "and agreed to share the waters of the Syr Darya more fairly during the summer months. Officials said "
            + "technical teams would meet in Almaty next month to agree on the volumes each side may draw, and that "
            + "farmers downstream would be told of each release a week ahead.";
    private static final String RAIL = "Mongolia and China opened a new railway crossing at Gashuun Sukhait on Friday, "
            + "and the first freight train carried coal south across the border. Mongolian officials said exports "
            + "would double within two years.";
    private static final String PORT = "Georgia and Azerbaijan signed an agreement in Baku on Monday to expand the port "
            + "of Poti, and their transport ministers said container traffic across the Caspian would grow.";
    private static final String GRAIN = "Egypt bought grain from Kazakhstan for the first time this year, traders in "
            + "Cairo said on Wednesday, as shipments through the Black Sea slowed.";

    private static final String FRENCH = "Les ministres se sont réunis à Tachkent mardi et ont convenu de partager les "
            + "eaux du fleuve pendant les mois d'été, selon le communiqué publié par le ministère.";

    @TempDir
    static Path dir;

    static Path folder;
    static Path db;
    static Run first;

    @BeforeAll
    static void ingestTheFolder() throws Exception {
        folder = Files.createDirectories(dir.resolve("inbox/sub"));
        Files.writeString(folder.resolve("a-water.html"), page("Kazakhstan and Uzbekistan agree on water sharing",
                "2025-06-18", WATER));
        Files.writeString(folder.resolve("wire.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Caspian Wire</title><link>https://caspian.example/</link>
                <description>News</description>
                <item><title>Ports deal</title><link>https://caspian.example/ports</link>
                <pubDate>Mon, 16 Jun 2025 08:00:00 GMT</pubDate><description><![CDATA[<p>%s</p>]]></description></item>
                </channel></rss>
                """.formatted(PORT));
        // The archive holds a new story and a wire reprint of the water story with a dateline and byline.
        Files.write(folder.resolve("cc-news.warc.gz"), warcGz(
                record("https://rail.example/2025/06/20/crossing", page("New rail crossing", null, RAIL)),
                record("https://wire.example/water", page("Water deal reached", "2025-06-18",
                        "TASHKENT (Caspian Wire) — " + WATER.replace("fairly", "evenly")))));
        Files.writeString(folder.resolve("corpus.jsonl"), "{\"id\": \"g1\", \"url\": \"https://news.example/grain\", "
                + "\"title\": \"Egypt buys Kazakh grain\", \"published\": \"2025-06-19\", \"text\": \"" + GRAIN + "\"}\n"
                + "{\"id\": \"broken\", \"text\": \n");
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("photo.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10});
        Files.writeString(folder.resolve("broken.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>");
        byte[] whole = warcGz(record("https://rail.example/other", page("Other", null, GRAIN)));
        Files.write(folder.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 100));
        Files.writeString(folder.resolve("fr.txt"), FRENCH);
        db = dir.resolve("accord.db");
        first = Run.of("ingest", "--db", db.toString(), dir.resolve("inbox").toString());
    }

    @Test
    void theGoodArticlesAreStoredOnceEachAndTheReprintIsASourceOfTheOriginal() {
        assertEquals(1, first.exitCode(), first.err());
        assertTrue(first.out().contains("Stored 5 new articles, 0 already stored, 5 failed, 1 near-duplicate"),
                first.out());
        try (SqliteFactStore store = SqliteFactStore.open(db)) {
            assertEquals(5, store.articleCount());
            String waterId = Article.identify("a-water.html", WATER);
            List<Appearance> sources = store.appearances(waterId);
            assertEquals(2, sources.size(), sources.toString());
            assertEquals("https://wire.example/water", sources.get(1).source());
        }
    }

    @Test
    void eachArticleKeepsItsMetadataAndCleanText() {
        try (SqliteFactStore store = SqliteFactStore.open(db)) {
            Article water = store.expect(Article.identify("a-water.html", WATER)).article();
            assertEquals(WATER, water.text());
            assertEquals("Kazakhstan and Uzbekistan agree on water sharing", water.title());
            assertEquals(LocalDate.of(2025, 6, 18), water.published());
            assertEquals("Steppe Daily", water.outlet());
            assertEquals("Aigerim Sultanova", water.author());
            Article rail = store.expect(Article.identify("https://rail.example/2025/06/20/crossing", RAIL)).article();
            assertEquals(LocalDate.of(2025, 6, 20), rail.published());
            assertEquals("https://rail.example/2025/06/20/crossing", rail.url());
            Article port = store.expect(Article.identify("https://caspian.example/ports", PORT)).article();
            assertEquals("Caspian Wire", port.outlet());
            assertEquals(LocalDate.of(2025, 6, 16), port.published());
            Article grain = store.expect(Article.identify("https://news.example/grain", GRAIN)).article();
            assertEquals("Egypt buys Kazakh grain", grain.title());
        }
    }

    @Test
    void eachBadFileIsNamedWithItsReasonAndListedByAccordProblems() {
        Run problems = Run.of("problems", "--db", db.toString());
        assertEquals(0, problems.exitCode(), problems.err());
        String out = problems.out();
        assertTrue(out.contains("corpus.jsonl:2: not a JSON object"), out);
        assertTrue(out.contains("empty.txt: empty file (0 bytes)"), out);
        assertTrue(out.contains("photo.html: binary content (a NUL byte at offset 2)"), out);
        assertTrue(out.contains("broken.rss: malformed feed"), out);
        assertTrue(out.contains("cut.warc.gz: WARC damaged or truncated"), out);
        assertTrue(out.contains("cc-news.warc.gz (https://wire.example/water): near-duplicate of the stored "
                + "article " + Article.identify("a-water.html", WATER)), out);
        assertTrue(out.contains("6 problems recorded"), out);
        for (String line : List.of("empty.txt", "photo.html", "broken.rss", "cut.warc.gz", "corpus.jsonl:2")) {
            assertTrue(first.err().contains(line), first.err());
        }
    }

    @Test
    void ingestingTheFolderAgainStoresNothingNew() {
        Run again = Run.of("ingest", "--db", db.toString(), dir.resolve("inbox").toString());
        assertTrue(again.out().contains("Stored 0 new articles, 6 already stored, 5 failed, 0 near-duplicates"),
                again.out());
        try (SqliteFactStore store = SqliteFactStore.open(db)) {
            assertEquals(5, store.articleCount());
            assertEquals(6, store.problems().size(), "the near-duplicate is still named: " + store.problems());
        }
    }

    @Test
    void progressCountsTheArticlesOfOneLargeFileAndTheShareOfItsBytesRead() throws IOException {
        // One JSON Lines file of 200 wire copies of one story: one is analysed, the others are its reprints.
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            lines.append("{\"url\": \"https://wire").append(i).append(".example/water\", \"title\": \"Water\", ")
                    .append("\"text\": \"").append(i).append(" ").append(WATER).append(' ').append(WATER)
                    .append("\"}\n");
        }
        Path wire = dir.resolve("wire.jsonl");
        Files.writeString(wire, lines, StandardCharsets.UTF_8);
        Run run = Run.of("ingest", "--db", dir.resolve("progress.db").toString(), wire.toString());
        assertEquals(0, run.exitCode(), run.err());
        String size = String.format("%.1f MB", Files.size(wire) / 1e6);
        assertTrue(run.err().contains("200 articles  " + size + " of " + size), run.err());
        assertTrue(run.err().contains("articles/s  ETA 0 s"), run.err());
    }

    @Test
    void anArticleInAnotherLanguageIsStoredAndSearchableButNotAnalysed() {
        assertTrue(first.out().contains("(in 'fr': stored and searchable, not analysed"), first.out());
        Run found = Run.of("search", "--db", db.toString(), "Tachkent");
        assertTrue(found.out().contains("1 article found"), found.out());
        try (SqliteFactStore store = SqliteFactStore.open(db)) {
            Article fr = store.expect(Article.identify("fr.txt", FRENCH)).article();
            assertEquals("fr", fr.language());
            assertTrue(store.expect(fr.id()).events().isEmpty());
        }
    }

    @Test
    void aUrlIsFetchedWhenLocalHostsAreAllowedAndRefusedOtherwise() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = page("Ports deal", "2025-06-16", PORT).getBytes(StandardCharsets.UTF_8);
        server.createContext("/ports", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ports";
            Run refused = Run.of("analyze", url);
            assertEquals(1, refused.exitCode());
            assertTrue(refused.err().contains("accord analyze: " + url + ": host 127.0.0.1 of " + url
                    + " has the address 127.0.0.1, a loopback address; expected a public address"), refused.err());
            Run fetched = Run.of("analyze", "--allow-private-hosts", "--format", "json", url);
            assertEquals(0, fetched.exitCode(), fetched.err());
            Article a = dev.accord.model.AccordJson.readFacts(fetched.out()).article();
            assertEquals(url, a.url());
            assertEquals(PORT, a.text());
            assertEquals("Ports deal", a.title());
        } finally {
            server.stop(0);
        }
    }

    static String page(String title, String date, String text) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " | Steppe Daily</title>"
                + "<meta property=\"og:site_name\" content=\"Steppe Daily\"><meta name=\"author\" content=\"Aigerim "
                + "Sultanova\">" + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date
                + "T09:30:00+05:00\">") + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title
                + "</h1><p class=\"byline\">By Aigerim Sultanova</p><p>" + text + "</p><p>Read more: water news</p>"
                + "</article><footer>© 2025 Steppe Daily</footer></body></html>";
    }

    static byte[] record(String uri, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] block = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: "
                + "2025-06-20T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(body)
                + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] warcGz(byte[]... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(member)) {
                z.write(r);
            }
            out.write(member.toByteArray());
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
