package dev.accord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code watch_state} table ({@code V7__watch.sql}), in SQL both databases accept. Kept apart from
 * {@link JdbcFactStore}, which only wraps these calls in its error handling, because the watch's state is
 * not facts: nothing else in the store reads it.
 */
final class WatchStateTable {

    private WatchStateTable() {
    }

    static Map<String, WatchState> read(Connection connection) throws SQLException {
        Map<String, WatchState> states = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT url, etag, last_modified, next_poll, failures FROM watch_state ORDER BY url");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                states.put(rows.getString(1), new WatchState(rows.getString(1), rows.getString(2), rows.getString(3),
                        Instant.parse(rows.getString(4)), rows.getInt(5)));
            }
        }
        return states;
    }

    /** One statement, so a crash leaves either the old row or the new one. */
    static void put(Connection connection, WatchState state) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO watch_state (url, etag, last_modified, "
                + "next_poll, failures) VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
                + "last_modified = excluded.last_modified, next_poll = excluded.next_poll, "
                + "failures = excluded.failures")) {
            s.setString(1, state.url());
            s.setString(2, state.etag());
            s.setString(3, state.lastModified());
            s.setString(4, state.nextPoll().toString());
            s.setInt(5, state.failures());
            s.executeUpdate();
        }
    }
}
