package dev.accord.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a store's schema up to the version this code knows, from numbered scripts on the classpath, and
 * records each applied script in {@code schema_version}. SQLite and PostgreSQL have the same numbered
 * scripts, each written in its database's SQL, so both stores always have the same schema version.
 */
final class Migrations {

    /** Where each database's scripts are, and how to list the tables a database already has. */
    enum Schema {
        SQLITE("/dev/accord/store/sqlite/",
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"),
        POSTGRES("/dev/accord/store/postgres/",
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                        + "ORDER BY table_name");

        final String folder;
        final String tables;

        Schema(String folder, String tables) {
            this.folder = folder;
            this.tables = tables;
        }
    }

    /**
     * Every script, in order; script n is named {@code V<n>__<what>.sql}. A schema change is a new
     * script, never an edit of a released one, because stores in the field have already run it.
     */
    static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__actors_quotes.sql", "V3__sources.sql",
            "V4__corrections.sql", "V5__events.sql", "V6__fact_table_columns.sql", "V7__watch.sql",
            "V8__consolidation.sql", "V9__users.sql", "V10__views.sql",
            "V11__view_order.sql", "V12__search_latest.sql");

    /** The first version with the views' tables, which a store migrated from before it derives from its facts. */
    static final int VIEWS = 10;

    /**
     * The last version that changed what the views' tables hold: a store migrated from before it derives them anew
     * from its facts.
     */
    static final int VIEWS_CHANGED = 11;

    private Migrations() {
    }

    /** The schema version a store has once migrated. */
    static int supportedVersion() {
        return SCRIPTS.size();
    }

    /**
     * Applies the scripts newer than the store's version in one transaction, so a failure leaves the
     * file at the version it had.
     *
     * @throws IllegalArgumentException when the file is an SQLite database of something else
     * @return the version the store had before
     * @throws StoreException           when the file comes from a newer Accord
     */
    static int migrate(Connection connection, String file, Schema schema) throws SQLException {
        connection.setAutoCommit(false);
        try {
            int found = currentVersion(connection, file, schema);
            if (found > supportedVersion()) {
                throw new StoreException(file + " has schema version " + found + " but this Accord supports up to "
                        + supportedVersion() + "; open it with the newer Accord that wrote it");
            }
            for (int version = found + 1; version <= supportedVersion(); version++) {
                apply(connection, version, schema);
            }
            connection.commit();
            return found;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static int currentVersion(Connection connection, String file, Schema schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery(schema.tables)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        if (!tables.contains("schema_version")) {
            // Adding Accord's tables to somebody else's database would be hard to undo.
            if (!tables.isEmpty()) {
                throw new IllegalArgumentException(file + " is a database but not an Accord store (it has "
                        + "tables " + tables + " and no schema_version); expected an Accord store or a new file");
            }
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, "
                        + "applied_at TEXT NOT NULL)");
            }
            return 0;
        }
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void apply(Connection connection, int version, Schema schema) throws SQLException {
        String script = SCRIPTS.get(version - 1);
        if (!script.startsWith("V" + version + "__")) {
            throw new IllegalStateException("migration " + schema.folder + script + " is listed as version " + version
                    + "; expected its name to start with V" + version + "__");
        }
        try (Statement s = connection.createStatement()) {
            // Both drivers run every statement of a script given at once (sqlite3_exec; PostgreSQL's simple query).
            s.executeUpdate(read(schema.folder + script));
        }
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
            s.setInt(1, version);
            s.setString(2, script);
            s.setString(3, Instant.now().toString());
            s.executeUpdate();
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("migration " + script + " is not on the classpath; "
                        + "the accord-store jar is incomplete");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + script, e);
        }
    }
}
