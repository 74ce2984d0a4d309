package dev.accord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One connection of a store and the statements prepared on it, kept by their SQL: the views run the same few dozen
 * for every article and request, which the database then parses once instead of each time. Used by one thread at a
 * time (the writer's under the store's lock, a reader's while {@link Readers} lends it); closing the connection
 * closes them.
 */
final class Statements {

    /** How many statements stay prepared: more than the upkeep and the queries use, fewer than a leak would. */
    private static final int PREPARED = 128;

    final Connection connection;
    private final String where;
    private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>(PREPARED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= PREPARED) {
                return false;
            }
            try {
                eldest.getValue().close();
            } catch (SQLException e) {
                throw new StoreException("cannot close a statement of the views in " + where + ": "
                        + e.getMessage(), e);
            }
            return true;
        }
    };

    Statements(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    /** The statement of {@code sql}, prepared on this connection the first time it is asked for. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            prepared.put(sql, s);
        }
        return s;
    }
}
