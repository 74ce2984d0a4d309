package dev.accord.store;

import dev.accord.model.Problem;
import dev.accord.model.ArticleFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import static dev.accord.store.Samples.astana;
import static dev.accord.store.Samples.geneva;
import static dev.accord.store.Samples.undated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteFactStoreTest {

    @TempDir
    Path dir;

    @Test
    void storedFactsComeBackEqual() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("accord.db"))) {
            ArticleFacts facts = astana();
            assertTrue(store.put(facts));
            assertTrue(store.contains(facts.article().id()));
            assertEquals(Optional.of(facts), store.find(facts.article().id()));
            assertEquals(facts, store.expect(facts.article().id()));
        }
    }

    @Test
    void undatedUntitledArticlesComeBackEqual() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("accord.db"))) {
            store.put(undated());
            assertEquals(undated(), store.expect(undated().article().id()));
        }
    }

    @Test
    void storingTheSameArticleTwiceKeepsOne() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("accord.db"))) {
            assertTrue(store.put(astana()));
            assertFalse(store.put(astana()));
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void aFailedPutLeavesNothingOfTheArticle() throws SQLException {
        ArticleFacts facts = astana();
        // Two entities with one id break the entities table's key after the article row is written.
        ArticleFacts broken = new ArticleFacts(facts.article(),
                List.of(facts.entities().get(0), facts.entities().get(0)), facts.times(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        Path file = dir.resolve("accord.db");
        try (SqliteFactStore store = SqliteFactStore.open(file)) {
            StoreException e = assertThrows(StoreException.class, () -> store.put(broken));
            assertTrue(e.getMessage().contains(facts.article().id()), e.getMessage());
            assertFalse(store.contains(facts.article().id()));
            assertEquals(0, store.articleCount());
        }
        assertEquals(0, count(file, "entities"));
        assertEquals(0, count(file, "times"));
        assertEquals(0, count(file, "article_search"));
    }

    @Test
    void theDatabaseRunsInWalMode() throws SQLException {
        Path file = dir.resolve("accord.db");
        SqliteFactStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("PRAGMA journal_mode")) {
            rows.next();
            assertEquals("wal", rows.getString(1));
        }
    }

    @Test
    void openingCreatesMissingFolders() {
        Path file = dir.resolve("a/b/accord.db");
        SqliteFactStore.open(file).close();
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void forEachVisitsUndatedArticlesFirstThenByDateThenId() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("accord.db"))) {
            LocalDate day = LocalDate.of(2025, 7, 1);
            List.of(astana(), Samples.withId("bbbbbb0000000000", day), geneva(), undated(),
                    Samples.withId("aaaaaa0000000000", day)).forEach(store::put);
            List<String> order = new ArrayList<>();
            store.forEach(f -> order.add(f.article().id()));
            assertEquals(List.of(undated().article().id(), geneva().article().id(), "aaaaaa0000000000",
                    "bbbbbb0000000000", astana().article().id()), order);
        }
    }

    @Test
    void aProblemRecordedTwiceIsKeptOnce() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("accord.db"))) {
            store.recordProblem(new Problem("b.html", "no text after removing markup"));
            store.recordProblem(new Problem("a.warc", "truncated record at byte 812"));
            store.recordProblem(new Problem("b.html", "no text after removing markup"));
            assertEquals(List.of(new Problem("a.warc", "truncated record at byte 812"),
                    new Problem("b.html", "no text after removing markup")), store.problems());
        }
    }

    @Test
    void removingTheProblemsOfAnInputKeepsTheOthers() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("accord.db"))) {
            store.recordProblem(new Problem("a.txt", "not UTF-8"));
            store.recordProblem(new Problem("a.txt", "empty"));
            store.recordProblem(new Problem("b.txt", "empty"));
            assertTrue(store.removeProblems("a.txt"));
            assertFalse(store.removeProblems("a.txt"));
            assertEquals(List.of(new Problem("b.txt", "empty")), store.problems());
        }
    }

    @Test
    void reopeningAFileKeepsItsDataAndDoesNotMigrateAgain() throws SQLException {
        Path file = dir.resolve("accord.db");
        try (SqliteFactStore store = SqliteFactStore.open(file)) {
            store.put(astana());
            store.recordProblem(new Problem("a.txt", "empty"));
        }
        List<String> before = schemaVersions(file);
        try (SqliteFactStore store = SqliteFactStore.open(file)) {
            assertEquals(1, store.articleCount());
            assertEquals(astana(), store.expect(astana().article().id()));
            assertEquals(List.of(new Problem("a.txt", "empty")), store.problems());
        }
        assertEquals(Migrations.supportedVersion(), before.size());
        assertEquals(before, schemaVersions(file));
    }

    @Test
    void aFileThatIsNotSqliteIsRejectedByName() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "These are notes about the summit, not a database. ".repeat(20));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SqliteFactStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
    }

    @Test
    void anSqliteDatabaseOfSomethingElseIsRejected() throws SQLException {
        Path file = dir.resolve("other.db");
        execute(file, "CREATE TABLE recipes (name TEXT)");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SqliteFactStore.open(file));
        assertTrue(e.getMessage().contains("recipes"), e.getMessage());
        assertTrue(e.getMessage().contains("not an Accord store"), e.getMessage());
    }

    @Test
    void aStoreFromANewerAccordIsRejectedWithBothVersions() throws SQLException {
        Path file = dir.resolve("accord.db");
        SqliteFactStore.open(file).close();
        execute(file, "INSERT INTO schema_version VALUES (99, 'V99__future.sql', '2030-01-01T00:00:00Z')");
        StoreException e = assertThrows(StoreException.class, () -> SqliteFactStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());
        assertTrue(e.getMessage().contains("supports up to " + Migrations.supportedVersion()), e.getMessage());
    }

    @Test
    void expectingAMissingIdNamesItAndHowToListIds() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("accord.db"))) {
            NoSuchElementException e = assertThrows(NoSuchElementException.class,
                    () -> store.expect("0123456789abcdef"));
            assertTrue(e.getMessage().contains("0123456789abcdef"), e.getMessage());
            assertTrue(e.getMessage().contains("accord search"), e.getMessage());
            assertEquals(Optional.empty(), store.find("0123456789abcdef"));
        }
    }

    @Test
    void aUniqueIdPrefixFindsTheArticle() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("accord.db"))) {
            store.put(astana());
            store.put(geneva());
            String id = astana().article().id();
            assertEquals(astana(), store.expect(id.substring(0, 6)));
            IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                    () -> store.find(id.substring(0, 5)));
            assertTrue(tooShort.getMessage().contains("at least 6 hex digits"), tooShort.getMessage());
            assertFalse(store.contains(id.substring(0, 6)));
        }
    }

    @Test
    void anAmbiguousIdPrefixNamesTheCandidates() {
        try (SqliteFactStore store = SqliteFactStore.open(dir.resolve("accord.db"))) {
            store.put(Samples.withId("abcdef0000000001", null));
            store.put(Samples.withId("abcdef0000000002", null));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.find("abcdef"));
            assertTrue(e.getMessage().contains("abcdef0000000001, abcdef0000000002"), e.getMessage());
            assertEquals("abcdef0000000002", store.expect("abcdef0000000002").article().id());
        }
    }

    private static List<String> schemaVersions(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, script, applied_at FROM schema_version ORDER BY version")) {
            while (r.next()) {
                rows.add(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        return rows;
    }

    private static int count(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
