package dev.accord.store;

import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Fingerprint;
import dev.accord.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import static dev.accord.store.Samples.astana;
import static dev.accord.store.Samples.geneva;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Near-duplicates in a real SQLite file: found by fingerprint, stored once, every source kept. */
class SqliteDuplicatesTest {

    @TempDir
    Path dir;

    /** A signature of 32 hashes where the first {@code same} agree with {@link #base()}. */
    private static Fingerprint variant(String exact, int same) {
        int[] h = base().minHash();
        for (int i = same; i < h.length; i++) {
            h[i] = -i - 1;
        }
        return new Fingerprint(exact, h);
    }

    private static Fingerprint base() {
        int[] h = new int[32];
        Arrays.setAll(h, i -> i * 7919);
        return new Fingerprint("aaaa", h);
    }

    @Test
    void aStoredArticleIsFoundByAnExactCopyAndByANearOneButNotByAnotherText() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("a.db"))) {
            ArticleFacts facts = astana();
            store.put(facts, base());
            assertEquals(Optional.of(new FactStore.Duplicate(facts.article().id(), 1.0)),
                    store.findDuplicate(new Fingerprint("aaaa", variant("x", 0).minHash()), 0.5));
            assertEquals(Optional.of(new FactStore.Duplicate(facts.article().id(), 24 / 32.0)),
                    store.findDuplicate(variant("bbbb", 24), 0.5));
            assertEquals(Optional.empty(), store.findDuplicate(variant("cccc", 8), 0.5));
        }
    }

    @Test
    void aNearDuplicateIsRecordedOnceAsAnotherSourceOfTheStoredArticle() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("a.db"))) {
            ArticleFacts facts = astana();
            String id = facts.article().id();
            store.put(facts, base());
            Article reprint = Article.of("https://wire.example/astana", "Astana memo", null, "en", "Reprinted text.")
                    .withWeb("https://wire.example/astana", null, "Caspian Wire", null, null);
            assertTrue(store.addAppearance(id, Appearance.of(reprint, 0.8)));
            assertFalse(store.addAppearance(id, Appearance.of(reprint, 0.8)));
            List<Appearance> appearances = store.appearances(id);
            assertEquals(2, appearances.size());
            assertEquals(id, appearances.get(0).copyId());
            assertEquals("Caspian Wire", appearances.get(1).outlet());
            assertEquals(Optional.of(id), store.findStoredAs(reprint.id()));
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void anAppearanceOfAnUnknownArticleNamesIt() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("a.db"))) {
            NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> store.addAppearance(
                    "0123456789abcdef", Appearance.of(geneva().article(), 0.9)));
            assertTrue(e.getMessage().contains("0123456789abcdef"));
        }
    }

    @Test
    void problemsOfAnInputAndOfItsItemsAreForgottenTogether() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("a.db"))) {
            store.recordProblem(new Problem("feeds/a.rss", "malformed feed"));
            store.recordProblem(new Problem("feeds/a.rss#item2", "no content"));
            store.recordProblem(new Problem("feeds/a.rss:3", "broken line"));
            store.recordProblem(new Problem("feeds/a.rss2", "another input"));
            assertTrue(store.removeProblems("feeds/a.rss"));
            assertEquals(List.of(new Problem("feeds/a.rss2", "another input")), store.problems());
        }
    }

    @Test
    void aStoreFromBeforeSourcesIsMigratedWithEachArticleAsItsOwnSource() throws Exception {
        Path file = dir.resolve("old.db");
        ArticleFacts facts = astana();
        try (SqliteFactStore store = SqliteFactStore.open(file)) {
            store.put(facts);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            OldStores.dropUsers(s);
            s.executeUpdate("DROP TABLE watch_state");
            s.executeUpdate("DROP TABLE events");
            s.executeUpdate("DROP TABLE corrections");
            s.executeUpdate("DROP TABLE article_sources");
            s.executeUpdate("DROP TABLE fingerprint_bands");
            s.executeUpdate("DROP TABLE fingerprints");
            OldStores.dropViews(s);
            OldStores.dropConsolidation(s);
            OldStores.renameColumnsBack(s);
            s.executeUpdate("DELETE FROM schema_version WHERE version >= 3");
        }
        try (SqliteFactStore store = SqliteFactStore.open(file)) {
            assertEquals(List.of(Appearance.of(facts.article(), 1.0)), store.appearances(facts.article().id()));
        }
    }
}
