package dev.accord.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The databases store tests run against: SQLite always, PostgreSQL when the system property
 * {@value #PROPERTY} gives a JDBC URL of a real server (as {@code .ci/run} does). Each PostgreSQL store
 * gets a schema of its own, so tests do not see each other's articles.
 */
enum Backend {
    SQLITE, POSTGRES;

    static final String PROPERTY = "accord.test.postgres";

    /** Every backend, for {@code @MethodSource}; PostgreSQL tests skip themselves where no server is given. */
    static List<Backend> all() {
        return List.of(values());
    }

    /** A new, empty store in {@code dir} (SQLite) or in a new schema (PostgreSQL). */
    JdbcFactStore open(Path dir) {
        if (this == SQLITE) {
            return SqliteFactStore.open(dir.resolve("accord.db"));
        }
        String url = System.getProperty(PROPERTY, "");
        assumeTrue(!url.isBlank(), "skipped: no PostgreSQL server; set -D" + PROPERTY
                + "=jdbc:postgresql://127.0.0.1:5432/db?user=...&password=... (.ci/run starts one)");
        String schema = "t" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema at " + PostgresFactStore.redacted(url), e);
        }
        return PostgresFactStore.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }
}
