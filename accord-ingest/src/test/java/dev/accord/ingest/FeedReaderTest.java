package dev.accord.ingest;

import com.sun.net.httpserver.HttpServer;
import dev.accord.model.Article;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedReaderTest {

    private static final String FULL = "<p>" + Samples.PARAGRAPH_1 + "</p><p>" + Samples.PARAGRAPH_2 + "</p>"
            + "<p>" + Samples.PARAGRAPH_1.replace("Tuesday", "Wednesday") + "</p>";

    private Collected read(String feed, Fetcher fetcher) {
        Collected c = new Collected();
        new FeedReader(fetcher).read("news.rss", feed.getBytes(StandardCharsets.UTF_8), c);
        return c;
    }

    @Test
    void eachRssItemIsAnArticleWithTheFeedsMetadata() {
        Collected c = read(Samples.rss(
                Samples.rssItem("Water deal", "https://caspian.example/water", "Wed, 18 Jun 2025 09:00:00 GMT", FULL),
                Samples.rssItem("Second item", "https://caspian.example/two", "Thu, 19 Jun 2025 09:00:00 GMT",
                        FULL.replace("Syr Darya", "Amu Darya"))), null);
        assertEquals(2, c.articles.size(), c.reasons());
        Article a = c.articles.get(0);
        assertEquals("Water deal", a.title());
        assertEquals(LocalDate.of(2025, 6, 18), a.published());
        assertEquals("https://caspian.example/water", a.url());
        assertEquals("https://caspian.example/water", a.source());
        assertEquals("Caspian Wire", a.outlet());
        assertTrue(a.text().startsWith(Samples.PARAGRAPH_1), a.text());
    }

    @Test
    void atomEntriesAreArticlesToo() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Island Post</title><id>urn:x</id>
                <updated>2025-01-02T00:00:00Z</updated>
                <entry><title>Talks resume</title><id>urn:1</id><link href="https://post.example/talks"/>
                <published>2025-01-02T08:00:00Z</published><updated>2025-01-02T08:00:00Z</updated>
                <author><name>B. Lee</name></author>
                <content type="html">%s</content></entry></feed>
                """.formatted(FULL.replace("<", "&lt;").replace(">", "&gt;"));
        Article a = read(atom, null).only();
        assertEquals("Talks resume", a.title());
        assertEquals("B. Lee", a.author());
        assertEquals(LocalDate.of(2025, 1, 2), a.published());
    }

    @Test
    void aTeaserItemIsReadFromTheFetchedPage() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = Samples.page("Water deal", "2025-06-18", Samples.PARAGRAPH_1, Samples.PARAGRAPH_2)
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/water", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            String link = "http://127.0.0.1:" + server.getAddress().getPort() + "/water";
            Fetcher fetcher = new Fetcher(new Fetcher.Policy(Duration.ofSeconds(5), 1 << 20, 2, true, Duration.ZERO));
            Article a = read(Samples.rss(Samples.rssItem("Water deal", link, "Wed, 18 Jun 2025 09:00:00 GMT",
                    "Ministers agree.")), fetcher).only();
            assertEquals(Samples.PARAGRAPH_1 + "\n" + Samples.PARAGRAPH_2, a.text());
            assertEquals(link, a.url());
            assertEquals("Steppe Daily", a.outlet());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMalformedFeedIsOneProblemNamingIt() {
        Collected c = read("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</title>", null);
        assertEquals(0, c.articles.size());
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).reason().startsWith("malformed feed"), c.reasons());
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoExternalEntityIsRead() {
        Collected c = read("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>", null);
        assertEquals(0, c.articles.size());
        assertTrue(c.problems.get(0).reason().startsWith("malformed feed"), c.reasons());
    }

    @Test
    void anItemWithoutContentOrLinkIsAProblemAndTheOtherItemsAreRead() {
        Collected c = read(Samples.rss("<item><title>Empty</title></item>",
                Samples.rssItem("Water deal", "https://caspian.example/water", "Wed, 18 Jun 2025 09:00:00 GMT", FULL)),
                null);
        assertEquals(1, c.articles.size());
        assertEquals("news.rss#item1", c.problems.get(0).input());
    }
}
