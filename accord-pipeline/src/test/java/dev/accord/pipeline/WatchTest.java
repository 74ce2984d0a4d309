package dev.accord.pipeline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.accord.ingest.Fetcher;
import dev.accord.ingest.WatchList;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.store.SqliteFactStore;
import dev.accord.store.WatchState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The watch against feeds and pages served on 127.0.0.1 that change between rounds, with a clock the test
 * moves and an analyser that finds no facts (what is polled, stored and skipped is the watch's business).
 */
class WatchTest {

    private static final Fetcher.Policy LOCAL = new Fetcher.Policy(Duration.ofSeconds(5), 1 << 20, 2, true,
            Duration.ZERO);
    private static final Watch.Settings EVERY_MINUTE = new Watch.Settings(Duration.ofMinutes(1), Duration.ofHours(1));

    private static final String[] STORIES = {
        "Kyrgyzstan and Tajikistan signed a protocol in Bishkek on Thursday on the shared use of reservoirs in the "
            + "Fergana valley, after a year of talks between their water agencies. Engineers from both sides will "
            + "inspect the dams together before the spring floods, and a joint commission will meet every quarter "
            + "to settle how much water each country releases in summer.",
        "Armenia and Georgia agreed in Tbilisi to restore the rail link through the Debed gorge, and their "
            + "transport ministers said freight trains could run again by the autumn. The line was closed after a "
            + "landslide two winters ago; lenders from the Asian Development Bank will pay for new tunnels, and "
            + "customs officers of both countries will inspect the trains together at one station.",
        "Mongolia opened a new customs post on its border with China near Zamyn-Uud on Monday, which officials "
            + "said would halve the time coal trucks wait to cross. Traders welcomed the change but questioned "
            + "whether the road south could carry the extra traffic, and engineers were sent to inspect the "
            + "bridges on the route before the winter freeze sets in.",
        "Kenya and Ethiopia discussed a power line linking their grids at a meeting in Nairobi, where ministers "
            + "said the first electricity could flow next year. Farmers in the north asked for a share of the "
            + "supply, and delegates from the African Union promised to send observers to watch the tender for "
            + "the substations and the towers along the highland route."};

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> feedItems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> conditions = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger busyLeft = new AtomicInteger();
    private final MovingClock clock = new MovingClock(Instant.parse("2025-06-18T09:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.rss", exchange -> {
            String etag = "\"items-" + feedItems.size() + "\"";
            conditions.add("feed " + exchange.getRequestHeaders().getFirst("If-None-Match"));
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                empty(exchange, 304);
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            respond(exchange, 200, "application/rss+xml", rss());
        });
        server.createContext("/page.html", exchange -> {
            String modified = "Wed, 18 Jun 2025 08:00:00 GMT";
            conditions.add("page " + exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            if (modified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                empty(exchange, 304);
                return;
            }
            exchange.getResponseHeaders().add("Last-Modified", modified);
            respond(exchange, 200, "text/html; charset=utf-8", "<html><head><title>Power line</title></head><body>"
                    + "<article><h1>Power line</h1><p>" + STORIES[3] + "</p></article></body></html>");
        });
        server.createContext("/busy.html", exchange -> {
            if (busyLeft.getAndDecrement() > 0) {
                exchange.getResponseHeaders().add("Retry-After", "3600");
                respond(exchange, 503, "text/plain", "down for maintenance");
                return;
            }
            respond(exchange, 200, "text/html; charset=utf-8", "<html><head><title>Customs</title></head><body>"
                    + "<article><h1>Customs</h1><p>" + STORIES[2] + "</p></article></body></html>");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String rss() {
        StringBuilder items = new StringBuilder();
        for (String item : feedItems) {
            items.append(item);
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Steppe Daily</title>" + items
                + "</channel></rss>";
    }

    private void publish(int story, String title) {
        feedItems.add("<item><title>" + title + "</title><link>https://steppe.example/" + story + "</link>"
                + "<pubDate>Wed, 18 Jun 2025 09:00:00 GMT</pubDate><description>&lt;p&gt;" + STORIES[story]
                + "&lt;/p&gt;</description></item>");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private WatchList.Entry entry(String path) {
        return new WatchList.Entry(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), null);
    }

    private static ArticleFacts noFacts(Article a) {
        return new ArticleFacts(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    private Watch watch(SqliteFactStore store, Ingestion.Listener listener, String... paths) {
        List<WatchList.Entry> entries = new ArrayList<>();
        for (String p : paths) {
            entries.add(entry(p));
        }
        return new Watch(entries, store, WatchTest::noFacts, listener, new Fetcher(LOCAL), EVERY_MINUTE, clock);
    }

    @Test
    void newItemsAreStoredAndAnUnchangedFeedIsAskedAndAnswered304() throws Exception {
        publish(0, "Water deal");
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("a.db"))) {
            Watch watch = watch(store, Ingestion.Listener.SILENT, "/feed.rss", "/page.html");
            List<Watch.Round> rounds = new ArrayList<>();
            watch.run(2, clock::advance, rounds::add);
            assertEquals(List.of(2, 0, 2), List.of(rounds.get(0).polled(), rounds.get(0).unchanged(),
                    rounds.get(0).stored()));
            assertEquals(List.of(2, 2, 0), List.of(rounds.get(1).polled(), rounds.get(1).unchanged(),
                    rounds.get(1).stored()));
            assertEquals(Instant.parse("2025-06-18T09:01:00Z"), rounds.get(0).next());
            assertEquals(List.of("feed null", "page null", "feed \"items-1\"", "page Wed, 18 Jun 2025 08:00:00 GMT"),
                    conditions);

            publish(1, "Rail link");
            watch.run(1, clock::advance, rounds::add);
            assertEquals(List.of(2, 1, 1), List.of(rounds.get(2).polled(), rounds.get(2).unchanged(),
                    rounds.get(2).stored()));
            assertEquals(3, store.articleCount());
            assertTrue(rounds.stream().allMatch(r -> r.problems().isEmpty()), rounds.toString());
        }
    }

    @Test
    void aServerThatAnswers503WithRetryAfterIsLeftAloneThatLongAndThenRead() throws Exception {
        busyLeft.set(1);
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("b.db"))) {
            Watch watch = watch(store, Ingestion.Listener.SILENT, "/busy.html");
            List<Watch.Round> rounds = new ArrayList<>();
            List<Duration> waits = new ArrayList<>();
            watch.run(2, d -> {
                waits.add(d);
                clock.advance(d);
            }, rounds::add);
            Watch.Round failed = rounds.get(0);
            assertEquals(1, failed.failed());
            assertEquals("HTTP 503 from " + entry("/busy.html").url() + "; expected 200 OK or 304 Not Modified",
                    failed.problems().get(0).reason());
            assertEquals(List.of(Duration.ofHours(1)), waits, "the minute's interval gives way to Retry-After");
            assertEquals(1, rounds.get(1).stored());
            assertEquals(List.of(), store.problems(), "the failure is forgotten once the page is read");
            assertEquals(0, store.watchStates().get(entry("/busy.html").url().toString()).failures());
        }
    }

    @Test
    void failuresInARowWaitLongerUpToTheLimit() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("c.db"))) {
            Watch watch = new Watch(List.of(entry("/feed.rss")), store, WatchTest::noFacts, Ingestion.Listener.SILENT,
                    new Fetcher(LOCAL), new Watch.Settings(Duration.ofMinutes(1), Duration.ofMinutes(10)), clock);
            List<Long> minutes = new ArrayList<>();
            for (int failures = 1; failures <= 6; failures++) {
                minutes.add(watch.backoff(Duration.ofMinutes(1), failures).toMinutes());
            }
            assertEquals(List.of(1L, 2L, 4L, 8L, 10L, 10L), minutes);
            assertEquals(Duration.ofHours(2), watch.backoff(Duration.ofHours(2), 5), "a longer interval stands");
        }
    }

    @Test
    void aWatchStoppedInTheMiddleOfAFeedResumesWithEveryArticleStoredOnce() throws Exception {
        publish(0, "Water deal");
        publish(1, "Rail link");
        publish(2, "Customs post");
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("d.db"))) {
            // The first watch dies after its second article is stored, as a kill -9 would stop it.
            Ingestion.Listener dying = new Ingestion.Listener() {
                private int stored;

                @Override
                public void outcome(Outcome outcome) {
                    if (outcome instanceof Outcome.Stored && ++stored == 2) {
                        throw new IllegalStateException("killed");
                    }
                }
            };
            assertThrows(IllegalStateException.class, () -> watch(store, dying, "/feed.rss").round());
            assertEquals(2, store.articleCount());
            assertTrue(store.watchStates().isEmpty(), "the poll that was cut short left no state");

            Watch.Round resumed = watch(store, Ingestion.Listener.SILENT, "/feed.rss").round();
            assertEquals(List.of(1, 1), List.of(resumed.polled(), resumed.stored()));
            assertEquals(3, store.articleCount());

            // A restart after a finished round waits for the URL's time and asks whether it changed.
            List<Watch.Round> later = new ArrayList<>();
            watch(store, Ingestion.Listener.SILENT, "/feed.rss").run(1, clock::advance, later::add);
            assertEquals(List.of(1, 1, 0), List.of(later.get(0).polled(), later.get(0).unchanged(),
                    later.get(0).stored()));
            assertEquals(Instant.parse("2025-06-18T09:01:00Z"), clock.instant());
            assertEquals(3, store.articleCount());
        }
    }

    @Test
    void theStateOfAUrlIsItsValidatorsAndItsNextPoll() {
        publish(0, "Water deal");
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("e.db"))) {
            watch(store, Ingestion.Listener.SILENT, "/feed.rss").round();
            WatchState state = store.watchStates().get(entry("/feed.rss").url().toString());
            assertEquals(new WatchState(entry("/feed.rss").url().toString(), "\"items-1\"", null,
                    Instant.parse("2025-06-18T09:01:00Z"), 0), state);
        }
    }

    /** A clock that moves only when the watch sleeps. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
