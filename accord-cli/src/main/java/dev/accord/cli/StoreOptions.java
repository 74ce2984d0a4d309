package dev.accord.cli;

import dev.accord.store.FactStore;
import dev.accord.store.PostgresFactStore;
import dev.accord.store.SqliteFactStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option every store command shares: an SQLite file or a PostgreSQL JDBC URL. */
final class StoreOptions {

    static final Path DEFAULT_DB = Path.of("accord-data", "accord.db");

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "The store: an SQLite file (default: ${DEFAULT-VALUE}) or a shared PostgreSQL database, "
                    + "jdbc:postgresql://host:5432/db?user=...&password=...",
            defaultValue = "accord-data/accord.db")
    String db;

    FactStore open() {
        return PostgresFactStore.isUrl(db) ? PostgresFactStore.open(db) : SqliteFactStore.open(Path.of(db));
    }

    /** The store as messages name it: a PostgreSQL URL without its credentials. */
    String where() {
        return PostgresFactStore.isUrl(db) ? PostgresFactStore.redacted(db) : db;
    }
}
