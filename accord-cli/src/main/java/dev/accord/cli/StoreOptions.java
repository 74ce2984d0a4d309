package dev.accord.cli;

import dev.accord.store.FactStore;
import dev.accord.store.SqliteFactStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option every store command shares. */
final class StoreOptions {

    static final Path DEFAULT_DB = Path.of("accord-data", "accord.db");

    @Option(names = "--db", paramLabel = "FILE",
            description = "The SQLite store (default: ${DEFAULT-VALUE}).",
            defaultValue = "accord-data/accord.db")
    Path db;

    FactStore open() {
        return SqliteFactStore.open(db);
    }
}
