package dev.accord.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code accord users} on a real SQLite file and, where one is given, a real PostgreSQL server. */
class UsersCommandTest {

    private static final String POSTGRES = "accord.test.postgres";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void addPrintsATokenOnceListNeverShowsItAndRevokeStopsIt(String backend) {
        String db = store(backend);
        String ana = "ana-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        String cyd = "cyd-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        Run added = Run.of("users", "add", ana, "--db", db);
        assertEquals(0, added.exitCode(), added.err());
        String token = added.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(token.matches("[0-9a-f]{64}"), added.out());

        Run again = Run.of("users", "add", ana, "--db", db);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().startsWith("accord users add: user " + ana + " already exists"), again.err());

        Run listed = Run.of("users", "list", "--db", db);
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().lines().anyMatch(l -> l.matches(ana + " +\\d{4}-\\d\\d-\\d\\dT\\S+Z +- +-")),
                listed.out());
        assertFalse(listed.out().contains(token), listed.out());

        Run revoked = Run.of("users", "revoke", ana, "--db", db);
        assertEquals(0, revoked.exitCode(), revoked.err());
        assertTrue(revoked.out().startsWith("Revoked user " + ana), revoked.out());
        assertTrue(Run.of("users", "list", "--db", db).out().lines()
                .anyMatch(l -> l.matches(ana + " +\\S+Z +\\d{4}-\\S+Z +-")));
        Run unknown = Run.of("users", "revoke", cyd, "--db", db);
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().startsWith("accord users revoke: no user " + cyd), unknown.err());
    }

    /**
     * An SQLite file of this test's, or the PostgreSQL database given: there each run adds users of new
     * names, so runs do not meet.
     */
    private String store(String backend) {
        if (backend.equals("sqlite")) {
            return dir.resolve("accord.db").toString();
        }
        String url = System.getProperty(POSTGRES, "");
        assumeTrue(!url.isBlank(), "skipped: no PostgreSQL server; set -D" + POSTGRES
                + "=jdbc:postgresql://127.0.0.1:5432/db?user=...&password=... (.ci/run starts one)");
        return url;
    }
}
