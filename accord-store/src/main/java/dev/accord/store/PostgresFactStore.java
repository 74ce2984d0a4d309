package dev.accord.store;

import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link FactStore} in a PostgreSQL database: the store a team shares. It behaves as
 * {@link SqliteFactStore} does, with the same numbered migrations written for PostgreSQL and full-text
 * search over a stored tsvector.
 *
 * <p>Selected by a JDBC URL, {@code jdbc:postgresql://host:5432/db?user=...&password=...}; the tables go
 * into the connection's current schema ({@code currentSchema=...} in the URL chooses another). Reads go through a
 * few read-only connections of their own ({@link Readers}), each statement seeing what was committed when it began.
 */
public final class PostgresFactStore extends JdbcFactStore {

    /** What a URL may show in messages: no query string (credentials) and no user info. */
    private static final Pattern CREDENTIALS = Pattern.compile("//[^/@]*@|\\?.*$");
    /** The schema a URL names for the tables, if it names one. */
    private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([^&]*)");

    private PostgresFactStore(String where, Connection connection, List<Connection> readers) {
        super(where, connection, readers, new TextSearch(PostgresSearch::latest, PostgresSearch::snippets));
    }

    /** Whether {@code location} names a PostgreSQL database rather than an SQLite file. */
    public static boolean isUrl(String location) {
        return location.startsWith("jdbc:postgresql:");
    }

    /**
     * Connects to the database at {@code url} and brings its schema up to date.
     *
     * @throws IllegalArgumentException when the URL is not a PostgreSQL JDBC URL, or the database has tables
     *                                  that are not an Accord store's
     * @throws StoreException           when the server cannot be reached or refuses the login, or the schema
     *                                  is newer than this Accord
     */
    public static PostgresFactStore open(String url) {
        return open(url, Readers.DEFAULT);
    }

    /**
     * As {@link #open(String)}, with {@code readers} read-only connections for reads that go on side by side.
     *
     * @throws IllegalArgumentException also when {@code readers} is below 1
     */
    public static PostgresFactStore open(String url, int readers) {
        if (readers < 1) {
            throw new IllegalArgumentException("store " + redacted(url) + " asked for " + readers + " reader "
                    + "connections; expected 1 or more");
        }
        if (!isUrl(url)) {
            throw new IllegalArgumentException("store URL " + redacted(url) + " is not a PostgreSQL JDBC URL; "
                    + "expected jdbc:postgresql://host:port/database?user=...&password=...");
        }
        String where = redacted(url);
        Connection connection;
        try {
            connection = DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the store " + where + ": " + e.getMessage(), e);
        }
        List<Connection> readerConnections = new ArrayList<>();
        try {
            requireSchema(connection, url, where);
            int found = Migrations.migrate(connection, where, Migrations.Schema.POSTGRES);
            for (int i = 0; i < readers; i++) {
                Connection reader = DriverManager.getConnection(url);
                readerConnections.add(reader);
                reader.setReadOnly(true);
            }
            PostgresFactStore store = new PostgresFactStore(where, connection, readerConnections);
            store.migratedFrom(found);
            return store;
        } catch (SQLException e) {
            readerConnections.forEach(r -> closeAfterFailure(r, e));
            closeAfterFailure(connection, e);
            throw new StoreException("cannot open the store " + where + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            readerConnections.forEach(r -> closeAfterFailure(r, e));
            closeAfterFailure(connection, e);
            throw e;
        }
    }

    /**
     * Fails with what to do when the connection has no current schema to put the tables in: the URL's
     * {@code currentSchema}, or every schema of the user's search_path, does not exist. PostgreSQL itself only
     * says "no schema has been selected to create in" at the first table.
     */
    private static void requireSchema(Connection connection, String url, String where) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT current_schema()")) {
            if (r.next() && r.getString(1) != null) {
                return;
            }
        }
        Matcher named = SCHEMA.matcher(url);
        String missing = named.find()
                ? "its schema " + URLDecoder.decode(named.group(1), StandardCharsets.UTF_8) + " (the URL's currentSchema) "
                + "does not exist"
                : "no schema on the user's search_path exists";
        throw new StoreException("cannot open the store " + where + ": " + missing + "; expected an existing schema "
                + "for its tables: create it first (CREATE SCHEMA name AUTHORIZATION the store's user) or name "
                + "another with currentSchema=name");
    }

    /** The URL without credentials, as messages show it. */
    public static String redacted(String url) {
        return CREDENTIALS.matcher(url).replaceAll(m -> m.group().startsWith("//") ? "//" : "");
    }

    @Override
    List<SearchHit> search(Connection connection, SearchQuery query) throws SQLException {
        return PostgresSearch.search(connection, query);
    }

    /** The tsvector is a generated column: storing the article indexed it. */
    @Override
    void indexForSearch(Connection connection, List<Article> articles) {
        // Nothing to do; see the method comment.
    }

    /** PostgreSQL's driver reads rows a few at a time only inside a transaction; otherwise it reads them all. */
    @Override
    public synchronized void forEach(Consumer<ArticleFacts> action) {
        inTransaction("read every article", () -> {
            super.forEach(action);
            return null;
        });
    }

    /**
     * PostgreSQL plans each query from statistics of the tables that autovacuum gathers in its own time; a query
     * made on the tables a load has just filled is planned as if they were empty (on 1,000,000 loaded events, an
     * actor's articles took 1.5 s at the median, and 10 ms once analysed). Each table of the store's schema is
     * analysed here, the schema alone: a plain {@code ANALYZE} would go over every table of the database.
     */
    @Override
    void loaded() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                     + " ORDER BY tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                s.execute("ANALYZE \"" + table.replace("\"", "\"\"") + "\"");
            }
        }
    }

    @Override
    String prefixMatch() {
        return "id LIKE ?";
    }

    @Override
    String prefixPattern(String prefix) {
        return prefix + "%";
    }
}
