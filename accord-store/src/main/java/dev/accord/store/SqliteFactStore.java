package dev.accord.store;

import dev.accord.model.Article;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FactStore} in one SQLite file: the default store, which needs no server.
 *
 * <p>The file runs in write-ahead-log mode, so readers (the web page, a second {@code accord search}) do
 * not block an ingest; {@code synchronous=NORMAL} may lose the last commits on power loss but never
 * leaves half an article. Other processes writing at the same time are waited for up to five seconds. Reads go
 * through a few read-only connections of their own ({@link Readers}), which the log lets read while the one
 * writer connection writes.
 */
public final class SqliteFactStore extends JdbcFactStore {

    private final Path file;

    private SqliteFactStore(Path file, Connection connection, List<Connection> readers) {
        super(file.toString(), connection, readers, new TextSearch(SqliteSearch::latest, SqliteSearch::snippets));
        this.file = file;
    }

    /**
     * Opens the store in {@code file}, creating the file and its folders when missing and bringing an
     * older schema up to date.
     *
     * @throws IllegalArgumentException when the file exists but is not an SQLite database, or is one that
     *                                  Accord did not create
     * @throws StoreException           when the file was written by a newer Accord, or cannot be opened
     */
    public static SqliteFactStore open(Path file) {
        return open(file, Readers.DEFAULT);
    }

    /**
     * As {@link #open(Path)}, with {@code readers} read-only connections for reads that go on side by side.
     *
     * @throws IllegalArgumentException also when {@code readers} is below 1
     */
    public static SqliteFactStore open(Path file, int readers) {
        if (readers < 1) {
            throw new IllegalArgumentException("store " + file + " asked for " + readers + " reader connections; "
                    + "expected 1 or more");
        }
        Path path = file.toAbsolutePath().normalize();
        // The driver reads anything after '?' in its URL as connection options, not as part of the name.
        if (path.toString().contains("?")) {
            throw new IllegalArgumentException("store file " + path + " has a '?' in its name; expected a name "
                    + "without one");
        }
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of store " + path, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        // A writer takes the lock when its transaction begins, so busy_timeout can wait for another writer;
        // a deferred transaction that upgrades from reading to writing would fail at once instead.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
        } catch (SQLException e) {
            throw openFailure(path, e);
        }
        List<Connection> readerConnections = new ArrayList<>();
        try {
            try (Statement s = connection.createStatement()) {
                // First, because switching to WAL needs a lock that another process may hold for a moment.
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
            }
            int found = Migrations.migrate(connection, path.toString(), Migrations.Schema.SQLITE);
            // After the migration, so that a new file has its tables before a read-only connection opens it.
            SQLiteConfig reading = new SQLiteConfig();
            reading.setReadOnly(true);
            reading.setBusyTimeout(5000);
            for (int i = 0; i < readers; i++) {
                readerConnections.add(DriverManager.getConnection("jdbc:sqlite:" + path, reading.toProperties()));
            }
            SqliteFactStore store = new SqliteFactStore(path, connection, readerConnections);
            store.migratedFrom(found);
            return store;
        } catch (SQLException e) {
            readerConnections.forEach(r -> closeAfterFailure(r, e));
            closeAfterFailure(connection, e);
            throw openFailure(path, e);
        } catch (RuntimeException e) {
            readerConnections.forEach(r -> closeAfterFailure(r, e));
            closeAfterFailure(connection, e);
            throw e;
        }
    }

    /** The database file, as an absolute path. */
    public Path file() {
        return file;
    }

    @Override
    List<SearchHit> search(Connection connection, SearchQuery query) throws SQLException {
        return SqliteSearch.search(connection, query);
    }

    @Override
    void indexForSearch(Connection connection, List<Article> articles) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO article_search (article_id, title, text) VALUES (?, ?, ?)")) {
            for (Article article : articles) {
                s.setString(1, article.id());
                s.setString(2, article.title());
                s.setString(3, article.text());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Not waiting for the disk while loading: a process that dies loses nothing it committed, but a machine that
     * fails during a load may leave the file damaged, so a load is for a store that can be filled again.
     */
    @Override
    void loading(boolean on) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(on ? "PRAGMA synchronous=OFF" : "PRAGMA synchronous=NORMAL");
        }
    }

    /** GLOB, unlike LIKE, is case-sensitive and so can use the primary key index. */
    @Override
    String prefixMatch() {
        return "id GLOB ?";
    }

    @Override
    String prefixPattern(String prefix) {
        return prefix + "*";
    }

    private static RuntimeException openFailure(Path path, SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
            return new IllegalArgumentException(path + " is not an SQLite database; expected an Accord store or "
                    + "a path for a new one", e);
        }
        return new StoreException("cannot open the store " + path + ": " + e.getMessage(), e);
    }

}
