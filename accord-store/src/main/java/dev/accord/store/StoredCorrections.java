package dev.accord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.accord.model.AccordJson;
import dev.accord.model.Correction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads corrections back from the JSON column both stores keep them in. */
final class StoredCorrections {

    private StoredCorrections() {
    }

    /**
     * The corrections a query selects (one column, the JSON), in its order.
     *
     * @param articleId bound to the query's one parameter, or {@code null} when it has none
     */
    static List<Correction> read(Connection connection, String sql, String articleId) throws SQLException {
        List<Correction> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (articleId != null) {
                s.setString(1, articleId);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(parse(rows.getString(1)));
                }
            }
        }
        return List.copyOf(found);
    }

    private static Correction parse(String json) {
        try {
            return AccordJson.mapper().readValue(json, Correction.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored correction cannot be read: " + e.getOriginalMessage()
                    + "; expected Accord's JSON of a Correction, got " + json, e);
        }
    }
}
