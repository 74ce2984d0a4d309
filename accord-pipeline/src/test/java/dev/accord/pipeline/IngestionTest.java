package dev.accord.pipeline;

import dev.accord.ingest.Inputs;
import dev.accord.ingest.Sources;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.store.SqliteFactStore;
import dev.accord.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ingestion's decisions on a real SQLite store, with an analyser that finds no facts (what it finds is
 * the extractors' business; what is stored, skipped, recorded or refused is this class's).
 */
class IngestionTest {

    private static final String WATER = "Kyrgyzstan and Tajikistan signed a protocol in Bishkek on Thursday on the "
            + "shared use of reservoirs in the Fergana valley, after a year of talks between their water agencies. "
            + "Engineers from both sides will inspect the dams together before the spring floods, and a joint "
            + "commission will meet every quarter to settle how much water each country releases in summer.";
    private static final String RAIL = "Armenia and Georgia agreed in Tbilisi to restore the rail link through the "
            + "Debed gorge, and their transport ministers said freight trains could run again by the autumn.";

    @TempDir
    Path dir;

    private static ArticleFacts noFacts(Article a) {
        return new ArticleFacts(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    @Test
    void aNewArticleIsStoredACopyRecordedARepeatSkipped() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("a.db"))) {
            List<Outcome> seen = new ArrayList<>();
            Ingestion batch = new Ingestion(store, IngestionTest::noFacts, new Ingestion.Listener() {
                @Override
                public void outcome(Outcome outcome) {
                    seen.add(outcome);
                }
            });
            Article water = Article.of("water.txt", "Water", null, "en", WATER);
            Article reprint = Article.of("wire.txt", "Water deal", null, "en", "TASHKENT — " + WATER);
            assertInstanceOf(Outcome.Stored.class, batch.ingest(water));
            Outcome copy = batch.ingest(reprint);
            assertEquals(water.id(), ((Outcome.Copy) copy).original());
            assertEquals(water.id(), ((Outcome.Already) batch.ingest(water)).storedAs());
            assertEquals(water.id(), ((Outcome.Already) batch.ingest(reprint)).storedAs());
            assertEquals(List.of(1, 2, 1), List.of(batch.stored(), batch.already(), batch.copies()));
            assertEquals(4, seen.size(), "the listener hears every outcome");
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void aShortTextIsACopyOnlyWithTheSameWordsUnderTheSameTitle() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("s.db"))) {
            Ingestion batch = new Ingestion(store, IngestionTest::noFacts, Ingestion.Listener.SILENT);
            // A page whose reader kept little beyond a banner: the banner is most of what two such pages share.
            String banner = "This site uses cookies to improve your experience. ";
            Article first = Article.of("site/a", "Ministers meet", null, "en", banner + RAIL);
            Article second = Article.of("site/b", "Dam talks", null, "en", banner + RAIL.replace("autumn", "spring"));
            assertInstanceOf(Outcome.Stored.class, batch.ingest(first));
            assertInstanceOf(Outcome.Stored.class, batch.ingest(second), "a short text never swallows another");
            Article same = Article.of("site/c", "Ministers meet", null, "en", banner + RAIL);
            assertEquals(first.id(), ((Outcome.Copy) batch.ingest(same)).original());
            assertEquals(2, store.articleCount());
        }
    }

    @Test
    void aSkippedNearDuplicateIsNamedInTheProblemsWithTheArticleItWasTakenFor() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("n.db"))) {
            Ingestion batch = new Ingestion(store, IngestionTest::noFacts, Ingestion.Listener.SILENT);
            Article water = Article.of("water.txt", "Water", null, "en", WATER);
            batch.ingest(water);
            batch.ingest(Article.of("wire.txt", "Water deal", null, "en", "BISHKEK — " + WATER));
            assertEquals(1, store.problems().size());
            assertEquals("wire.txt", store.problems().get(0).input());
            assertTrue(store.problems().get(0).reason().startsWith("near-duplicate of the stored article "
                    + water.id() + " ("), store.problems().get(0).reason());
            assertEquals(List.of(), batch.problems(), "a near-duplicate is not a failure of the batch");
        }
    }

    @Test
    void anArticleTheAnalyserCannotReadIsAProblemAndTheBatchGoesOn() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("b.db"))) {
            Ingestion batch = new Ingestion(store, a -> {
                if (a.text().contains("Armenia")) {
                    throw new IllegalStateException("no parse");
                }
                return noFacts(a);
            }, Ingestion.Listener.SILENT);
            Outcome failed = batch.ingest(Article.of("rail.txt", null, null, "en", RAIL));
            assertInstanceOf(Outcome.Failed.class, failed);
            assertInstanceOf(Outcome.Stored.class, batch.ingest(Article.of("water.txt", null, null, "en", WATER)));
            assertEquals(1, store.problems().size());
            assertTrue(store.problems().get(0).reason().startsWith("analysis failed (java.lang.IllegalStateException: "
                    + "no parse)"), store.problems().get(0).reason());
            assertEquals("rail.txt", store.problems().get(0).input());
        }
    }

    @Test
    void aStoreThatFailsStopsTheBatchWithItsOwnErrorAndNoProblemIsInvented() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("a-water.txt"), "Water\n\n" + WATER + "\n", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("b-rail.txt"), "Rail\n\n" + RAIL + "\n", StandardCharsets.UTF_8);
        SqliteFactStore store = SqliteFactStore.open(dir.resolve("c.db"));
        List<Article> analysed = new ArrayList<>();
        Ingestion batch = new Ingestion(store, a -> {
            analysed.add(a);
            // The store goes away while the first article is analysed: storing it must fail, loudly.
            store.close();
            return noFacts(a);
        }, Ingestion.Listener.SILENT);
        Inputs.Expansion inputs = Inputs.expand(List.of(inbox.toString()));
        assertThrows(StoreException.class, () -> batch.read(inputs.inputs(), new Sources(null),
                Sources.Options.NONE));
        assertEquals(1, analysed.size(), "the batch stopped at the failure");
        assertEquals(List.of(), batch.problems(), "the store's failure is not a problem of an input");
    }
}
