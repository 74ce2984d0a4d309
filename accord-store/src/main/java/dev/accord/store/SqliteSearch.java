package dev.accord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@link FactStore#search} over the tables of {@code V1__init.sql}: FTS5 for words, entities for actors. */
final class SqliteSearch {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SEARCHABLE = Pattern.compile("[\\p{L}\\p{N}]");
    private static final int SNIPPET_TOKENS = 12;
    /** Title matches count double in the ranking: a headline names what the article is about. */
    private static final String RANK = "bm25(article_search, 0.0, 2.0, 1.0)";

    private SqliteSearch() {
    }

    static List<SearchHit> search(Connection connection, SearchQuery query) throws SQLException {
        String match = matchExpression(query.text());
        if (match != null) {
            return rankedHits(connection, match, query.actorCode(), query.limit());
        }
        // The words were all punctuation, which the tokenizer drops: only an actor code is left to go by.
        return query.actorCode() == null ? List.of() : actorHits(connection, query.actorCode(), query.limit());
    }

    private static List<SearchHit> rankedHits(Connection connection, String match, String actorCode, int limit)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT a.id, a.title, a.source, a.published, "
                + "snippet(article_search, 2, '«', '»', '…', ?), " + RANK + " AS rank "
                + "FROM article_search JOIN articles a ON a.id = article_search.article_id "
                + "WHERE article_search MATCH ? AND (? IS NULL OR EXISTS "
                + "(SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.code = ?)) "
                + "ORDER BY rank, a.id LIMIT ?")) {
            s.setInt(1, SNIPPET_TOKENS);
            s.setString(2, match);
            s.setString(3, actorCode);
            s.setString(4, actorCode);
            s.setInt(5, limit);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    // bm25 is lower for better matches; hits report higher-is-better.
                    hits.add(new SearchHit(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), -rows.getDouble(6)));
                }
            }
            return List.copyOf(hits);
        }
    }

    /** Articles naming an actor, newest first, when there are no words to rank by. */
    private static List<SearchHit> actorHits(Connection connection, String actorCode, int limit)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT a.id, a.title, a.source, a.published, a.text "
                + "FROM articles a WHERE EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.code = ?) "
                + "ORDER BY a.published DESC, a.id LIMIT ?")) {
            s.setString(1, actorCode);
            s.setInt(2, limit);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    hits.add(new SearchHit(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), leadingWords(rows.getString(5)), 0.0));
                }
            }
            return List.copyOf(hits);
        }
    }

    /**
     * An FTS5 query that requires every word of {@code text}, or {@code null} when no word has a letter or
     * digit. Each word becomes a quoted phrase, so "China-Kazakhstan", "SCO's", "NOT" or "title:x" are
     * searched as written instead of being read as FTS5 operators.
     */
    private static String matchExpression(String text) {
        String match = WHITESPACE.splitAsStream(text)
                .map(word -> word.replace("\"", ""))
                .filter(word -> SEARCHABLE.matcher(word).find())
                .map(word -> '"' + word + '"')
                .collect(Collectors.joining(" "));
        return match.isEmpty() ? null : match;
    }

    private static String leadingWords(String text) {
        String[] words = WHITESPACE.split(text.strip(), SNIPPET_TOKENS + 1);
        if (words.length <= SNIPPET_TOKENS) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.asList(words).subList(0, SNIPPET_TOKENS)) + "…";
    }
}
