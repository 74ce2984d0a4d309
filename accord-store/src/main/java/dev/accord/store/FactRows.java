package dev.accord.store;

import dev.accord.model.ArticleFacts;
import dev.accord.model.tables.Column;
import dev.accord.model.tables.FactTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fact tables a store keeps beside each article's facts JSON: the model's {@link FactTable}s, cut down
 * to the columns search's filters read. The JSON stays the source of truth; these rows are derived from it
 * with the same rules the Spark tables and the exports use, and named as they are.
 */
final class FactRows {

    /** Named entities and times: what the first schema copied out for lookups. */
    static final List<FactTable<?>> MACHINE = List.of(
            FactTable.ENTITIES.select(List.of("article_id", "entity_id", "type", "name", "code", "mentions")),
            FactTable.TIMES.select(List.of("article_id", "time_id", "type", "value", "begin", "end")));

    /**
     * Actors, quotes and events, for the actor, speaker, modality and voice filters; rewritten with each
     * correction, so that search sees the facts as the curators left them.
     */
    static final List<FactTable<?>> CURATED = List.of(
            FactTable.ACTORS.select(List.of("article_id", "actor_id", "kind", "name", "code", "country", "sector",
                    "mentions")),
            FactTable.QUOTES.select(List.of("article_id", "quote_id", "kind", "speaker", "speaker_name", "official",
                    "text")),
            FactTable.EVENTS.select(List.of("article_id", "event_id", "type", "modality", "quoted")));

    private FactRows() {
    }

    /** Every table's rows for an article. */
    static void insert(Connection connection, List<FactTable<?>> tables, ArticleFacts facts) throws SQLException {
        insert(connection, tables, List.of(facts));
    }

    /** Every table's rows for many articles, in one batch a table. */
    static void insert(Connection connection, List<FactTable<?>> tables, List<ArticleFacts> articles)
            throws SQLException {
        for (FactTable<?> table : tables) {
            insert(connection, table, articles);
        }
    }

    /** Removes an article's rows from the tables. */
    static void delete(Connection connection, List<FactTable<?>> tables, String articleId) throws SQLException {
        for (FactTable<?> table : tables) {
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table.name()
                    + " WHERE article_id = ?")) {
                s.setString(1, articleId);
                s.executeUpdate();
            }
        }
    }

    private static void insert(Connection connection, FactTable<?> table, List<ArticleFacts> articles)
            throws SQLException {
        List<? extends Column<?>> columns = table.columns();
        // Quoted, because "begin" and "end" are SQL keywords.
        String names = columns.stream().map(c -> '"' + c.name() + '"').collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO " + table.name() + " (" + names
                + ") VALUES (" + marks + ")")) {
            for (ArticleFacts facts : articles) {
                for (List<Object> row : table.rows(facts)) {
                    for (int i = 0; i < row.size(); i++) {
                        bind(s, i + 1, columns.get(i), row.get(i));
                    }
                    s.addBatch();
                }
            }
            // One round trip for all rows: what makes storing fast on a server such as PostgreSQL.
            s.executeBatch();
        }
    }

    private static void bind(PreparedStatement s, int index, Column<?> column, Object value) throws SQLException {
        switch (column.type()) {
            case TEXT -> s.setString(index, (String) value);
            case INTEGER -> {
                if (value == null) {
                    s.setNull(index, Types.INTEGER);
                } else {
                    s.setInt(index, (Integer) value);
                }
            }
            // Both schemas keep truth as INTEGER 1 or 0, which both databases compare and index alike.
            case BOOLEAN -> s.setInt(index, Boolean.TRUE.equals(value) ? 1 : 0);
            default -> throw new IllegalStateException("column " + column.name() + " is " + column.type()
                    + "; the store keeps only TEXT, INTEGER and BOOLEAN columns");
        }
    }
}
