package dev.accord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code accord ingest} killed with SIGKILL in the middle of a batch, then run again: the rerun
 * finishes the batch, with every article stored exactly once and none lost. The command runs as a
 * real child process on the test's classpath, since a kill inside this JVM would end the test too.
 */
class KillAndRerunIT {

    /** Articles in the batch; CoreNLP analyses several short ones a second. */
    private static final int ARTICLES = 36;
    /** The batch is killed once this many are stored, well before the end. */
    private static final int KILL_AFTER = 6;

    private static final String[] WORDS = ("Kazakhstan Uzbekistan Mongolia Georgia Armenia Kenya Peru Chile Norway "
            + "Finland Vietnam Laos Egypt Jordan ministers officials traders farmers engineers delegates signed "
            + "opened discussed postponed financed inspected questioned welcomed a new railway bridge pipeline "
            + "customs post grain deal water treaty loan schedule port on Monday Tuesday Friday in the capital "
            + "near the border after long talks despite protests with support from lenders for the first time")
            .split(" ");

    @TempDir
    Path dir;

    @Test
    void aBatchKilledMidwayIsFinishedByARerunWithEveryArticleStoredOnce() throws Exception {
        Path batch = dir.resolve("batch.jsonl");
        Files.write(batch, articles());
        Path db = dir.resolve("accord.db");

        Process first = start(db, batch);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        int storedAtKill;
        while ((storedAtKill = count(db, "articles")) < KILL_AFTER && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(first.isAlive(), "the first run ended before it could be killed; stored " + storedAtKill);
        first.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
        int afterKill = count(db, "articles");
        assertTrue(afterKill >= KILL_AFTER && afterKill < ARTICLES, "stored " + afterKill + " before the kill");

        Process second = start(db, batch);
        assertTrue(second.waitFor(10, TimeUnit.MINUTES), "the rerun did not finish");
        String out = Files.readString(dir.resolve("out-" + second.pid() + ".txt"));
        assertEquals(0, second.exitValue(), out);
        assertTrue(out.contains("Stored " + (ARTICLES - afterKill) + " new articles, " + afterKill
                + " already stored, 0 failed"), out);

        assertEquals(ARTICLES, count(db, "articles"));
        assertEquals(ARTICLES, count(db, "article_search"));
        assertEquals(ARTICLES, count(db, "article_sources"));
        assertEquals(ARTICLES, count(db, "fingerprints"));
        assertEquals(0, count(db, "problems"));
    }

    /** Short articles of shuffled words: each different enough from the others not to be a near-duplicate. */
    private static List<String> articles() {
        Random random = new Random(9);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder text = new StringBuilder();
            for (int sentence = 0; sentence < 3; sentence++) {
                for (int w = 0; w < 12; w++) {
                    text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                text.append(". ");
            }
            lines.add("{\"id\": \"kill-" + i + "\", \"title\": \"Batch article " + i + "\", \"published\": "
                    + "\"2025-06-18\", \"text\": \"" + text.toString().strip() + "\"}");
        }
        return lines;
    }

    private Process start(Path db, Path batch) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx3g", "-Xss4m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--no-fetch", "--db", db.toString(), batch.toString());
        pb.redirectErrorStream(true);
        File log = Files.createTempFile(dir, "run", ".txt").toFile();
        pb.redirectOutput(log);
        Process p = pb.start();
        Files.move(log.toPath(), dir.resolve("out-" + p.pid() + ".txt"));
        return p;
    }

    private static int count(Path db, String table) throws SQLException {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=5000");
            try (ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (SQLException e) {
            // The schema is created by the child's first open; until then there is nothing to count.
            if (e.getMessage().contains("no such table")) {
                return 0;
            }
            throw e;
        }
    }
}
