package dev.accord.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A store's read-only connections, lent one to a thread at a time, so that requests read at once, side by side,
 * instead of waiting for the writer's lock. Each sees what was committed before its statement began: SQLite's
 * write-ahead log and PostgreSQL's read-committed statements both give a reader the latest committed state
 * without waiting for a writer.
 */
final class Readers {

    /**
     * How many readers a store opens unless told otherwise: on a 2-core machine 2, 4 and 8 gave the same figures
     * within the noise of the machine's load (the README's API rows), and two a core keeps a core busy while a
     * reader waits for the disk or the database server.
     */
    static final int DEFAULT = 4;

    private final String where;
    private final List<Statements> all = new ArrayList<>();
    private final BlockingQueue<Statements> idle;

    /** Readers over {@code connections}, which it closes when closed; {@code where} names the store in messages. */
    Readers(List<Connection> connections, String where) {
        if (connections.isEmpty()) {
            throw new IllegalArgumentException("a store needs at least one reader connection; " + where
                    + " was given none");
        }
        this.where = where;
        this.idle = new ArrayBlockingQueue<>(connections.size());
        for (Connection c : connections) {
            Statements s = new Statements(c, where);
            all.add(s);
            idle.add(s);
        }
    }

    /** A reader for the caller alone, waiting while every reader is lent; to be given back with {@link #give}. */
    Statements take(String what) {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection to " + what + " in " + where, e);
        }
    }

    void give(Statements reader) {
        idle.add(reader);
    }

    /** Closes every reader, lent or not: the store is closing, so no read is to go on. */
    void close() throws SQLException {
        SQLException failure = null;
        for (Statements s : all) {
            try {
                s.connection.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
