package dev.accord.pipeline;

import dev.accord.consolidate.Consolidator;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.EventType;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.EventMentionRef;
import dev.accord.store.FactStore;
import dev.accord.store.PostgresFactStore;
import dev.accord.store.SqliteFactStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Consolidation in the store, with the real analysis: {@link Ingestion} consolidates each article as it is
 * stored, and the record it leaves is the one the engine makes in memory of the same articles, whatever order
 * they came in, and the one {@link Consolidation#rebuild} makes from scratch; analysts' corrections of it
 * survive a rebuild; a PostgreSQL store keeps the same record as SQLite. The articles were written for this
 * test.
 */
class ConsolidationIT {

    private static final List<Article> ARTICLES = List.of(
            Article.of("steppe/summit.txt", "Leaders meet in Astana", LocalDate.of(2025, 6, 17), "en",
                    "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Tuesday. "
                            + "The two leaders discussed rail links across Central Asia and new trade routes."),
            Article.of("caspian/talks.txt", "Xi and Tokayev hold talks", LocalDate.of(2025, 6, 18), "en",
                    "Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday, "
                            + "officials said. The leaders discussed rail links and trade across the region."),
            Article.of("valley/water.txt", "Water protocol signed", LocalDate.of(2025, 3, 4), "en",
                    "Kyrgyzstan and Tajikistan signed a protocol on shared reservoirs in Bishkek on Monday. "
                            + "Engineers from both countries will inspect the dams before the spring floods."));

    private static List<ArticleFacts> analysed;

    @TempDir
    Path dir;

    @BeforeAll
    static void analyse() {
        analysed = ARTICLES.stream().map(a -> Extraction.standard().analyze(a).verify()).toList();
    }

    @Test
    void ingestionConsolidatesEachArticleAsTheEngineDoesInMemoryWhateverTheOrder() {
        List<ConsolidatedEvent> inOrder = ingest("in-order.db", analysed);
        List<ArticleFacts> reversed = new ArrayList<>(analysed);
        Collections.reverse(reversed);
        List<ConsolidatedEvent> backwards = ingest("reversed.db", reversed);
        Consolidator memory = Consolidator.inMemory(Consolidation.settings(), Consolidation.encoder());
        analysed.forEach(memory::add);

        assertEquals(memory.events(), inOrder);
        assertEquals(inOrder, backwards);
        ConsolidatedEvent meeting = inOrder.stream().filter(e -> e.reports() == 2).findFirst().orElseThrow(
                () -> new AssertionError("the two reports of the Astana meeting are not one event: " + inOrder));
        assertEquals(EventType.CONSULT, meeting.type());
        assertTrue(inOrder.stream().noneMatch(e -> e.reports() > 2), "the water protocol joined the meeting");
    }

    @Test
    void aRebuildFromScratchGivesTheSameRecordAndKeepsAnAnalystsSplitAndRetype() {
        try (FactStore store = SqliteFactStore.open(dir.resolve("rebuild.db"))) {
            List<ConsolidatedEvent> incremental = ingest(store, analysed);

            Consolidation consolidation = Consolidation.standard(store, changes -> { });
            Consolidation.Rebuilt rebuilt = consolidation.rebuild(n -> { });
            assertEquals(analysed.size(), rebuilt.articles());
            assertEquals(incremental, events(store));

            ConsolidatedEvent meeting = incremental.stream().filter(e -> e.reports() == 2).findFirst().orElseThrow();
            EventMentionRef second = meeting.mentions().get(1);
            ConsolidatedEvent left = consolidation.split(meeting.id(), second.key(), "analyst", "two meetings");
            assertEquals(meeting.mentions().size() - 1, left.mentions().size());
            assertTrue(left.mentions().stream().noneMatch(m -> m.key().equals(second.key())));
            ConsolidatedEvent retyped = consolidation.retype(left.id(), EventType.COOPERATE, "analyst", null);
            assertEquals(EventType.COOPERATE, retyped.type());

            List<ConsolidatedEvent> corrected = events(store);
            consolidation.rebuild(n -> { });
            assertEquals(corrected, events(store), "the corrections hold through a rebuild");
            assertNotEquals(store.consolidation().findEventOf(second.articleId(), second.eventId()).orElseThrow().id(),
                    store.consolidation().findEventOf(meeting.mentions().get(0).articleId(),
                            meeting.mentions().get(0).eventId()).orElseThrow().id());

            ConsolidatedEvent merged = consolidation.merge(retyped.id(), store.consolidation()
                    .findEventOf(second.articleId(), second.eventId()).orElseThrow().id(), "analyst", "one after all");
            assertEquals(meeting.mentions().size(), merged.mentions().size());
        }
    }

    @Test
    void postgresqlKeepsTheSameRecordAsSqlite() throws SQLException {
        String url = System.getProperty("accord.test.postgres", "");
        assumeTrue(!url.isBlank(), "skipped: no PostgreSQL server; set -Daccord.test.postgres=jdbc:postgresql://"
                + "127.0.0.1:5432/db?user=...&password=... (.ci/run starts one)");
        String schema = "c" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE SCHEMA " + schema);
        }
        List<ConsolidatedEvent> postgres;
        try (FactStore store = PostgresFactStore.open(url + (url.contains("?") ? "&" : "?") + "currentSchema="
                + schema)) {
            postgres = ingest(store, analysed);
        }
        assertEquals(ingest("sqlite.db", analysed), postgres);
    }

    private List<ConsolidatedEvent> ingest(String file, List<ArticleFacts> facts) {
        try (FactStore store = SqliteFactStore.open(dir.resolve(file))) {
            return ingest(store, facts);
        }
    }

    private static List<ConsolidatedEvent> ingest(FactStore store, List<ArticleFacts> facts) {
        Ingestion batch = new Ingestion(store, a -> {
            throw new IllegalStateException("already analysed");
        }, Ingestion.Listener.SILENT);
        facts.forEach(batch::store);
        return events(store);
    }

    private static List<ConsolidatedEvent> events(FactStore store) {
        List<ConsolidatedEvent> events = new ArrayList<>();
        store.consolidation().forEachEvent(events::add);
        return events;
    }
}
