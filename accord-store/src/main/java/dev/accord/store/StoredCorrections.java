package dev.accord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.accord.model.AccordJson;
import dev.accord.model.Correction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

    /**
     * A page of corrections by curator and day, newest first, and how many match. Days are compared as the
     * text of {@code made_at}, an ISO instant in UTC, so the indexes of {@code V9__users.sql} serve them.
     */
    static CorrectionAudit audit(Connection connection, String curator, LocalDate from, LocalDate to, int limit,
                                 int offset) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (curator != null) {
            conditions.add("curator = ?");
            values.add(curator);
        }
        if (from != null) {
            conditions.add("made_at >= ?");
            values.add(from.toString());
        }
        if (to != null) {
            conditions.add("made_at < ?");
            values.add(to.plusDays(1).toString());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        int total;
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM corrections" + where)) {
            bind(s, values);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                total = rows.getInt(1);
            }
        }
        List<Correction> items = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT correction FROM corrections" + where
                + " ORDER BY made_at DESC, id DESC LIMIT ? OFFSET ?")) {
            bind(s, values);
            s.setInt(values.size() + 1, limit);
            s.setInt(values.size() + 2, offset);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    items.add(parse(rows.getString(1)));
                }
            }
        }
        return new CorrectionAudit(items, total);
    }

    private static void bind(PreparedStatement s, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(i + 1, values.get(i));
        }
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
