package dev.accord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@link FactStore#search} in PostgreSQL: the articles' stored tsvector for words, the same filters as
 * SQLite. Every word must occur ({@code plainto_tsquery} joins them with AND and reads no operators), titles
 * weigh more than text, and the snippet marks matched words with « » as SQLite's does.
 */
final class PostgresSearch {

    private static final String FILTERS = SqliteSearch.filters("ILIKE");
    private static final String HEADLINE = "StartSel=«, StopSel=», MaxWords=12, MinWords=4, MaxFragments=1, "
            + "FragmentDelimiter=…";

    private PostgresSearch() {
    }

    /**
     * A headline marked as SQLite marks it: PostgreSQL marks each part of a hyphenated word
     * ("«China»-«Kazakhstan»"), SQLite, and so the page, the word as written.
     */
    private static String wordsAsWritten(String headline) {
        return headline.replace("»-«", "-");
    }

    /**
     * {@link FactStore#latest}: the latest stored matches, ranked by {@link TitleRank} as in SQLite. The planner walks
     * the articles newest first (index {@code articles_stored}), testing each one's tsvector, for a word common enough
     * to fill the window soon, and takes a rarer word's few matches from the GIN index.
     */
    static WordMatches latest(Connection connection, String text, int window, boolean ranked) throws SQLException {
        if (SqliteSearch.matchExpression(text) == null) {
            return WordMatches.NONE;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT a.id, a.title FROM articles a "
                + "WHERE a.search @@ plainto_tsquery('simple', ?) ORDER BY a.stored_at DESC, a.id DESC LIMIT ?")) {
            s.setString(1, text);
            s.setInt(2, window + 1);
            return SqliteSearch.matches(s, window, ranked ? new TitleRank(text) : null);
        }
    }

    /** {@link FactStore#snippets}: a headline of each article's text, as {@link #search} makes. */
    static Map<String, String> snippets(Connection connection, String text, Collection<String> articleIds)
            throws SQLException {
        if (SqliteSearch.matchExpression(text) == null) {
            return Map.of();
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT a.id, ts_headline('simple', a.text, q, ?) "
                + "FROM articles a, plainto_tsquery('simple', ?) q WHERE a.search @@ q AND a.id IN ("
                + SqliteSearch.marks(articleIds) + ")")) {
            s.setString(1, HEADLINE);
            s.setString(2, text);
            return SqliteSearch.bindAll(s, 3, articleIds, PostgresSearch::wordsAsWritten);
        }
    }

    static List<SearchHit> search(Connection connection, SearchQuery query) throws SQLException {
        if (SqliteSearch.matchExpression(query.text()) == null) {
            // No word has a letter or digit: only the filters are left to go by, as in SQLite.
            return query.filters() ? SqliteSearch.filteredHits(connection, query, FILTERS) : List.of();
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT a.id, a.title, a.source, a.published, "
                + "ts_headline('simple', a.text, q, ?), ts_rank(a.search, q) AS rank "
                + "FROM articles a, plainto_tsquery('simple', ?) q "
                + "WHERE a.search @@ q AND " + FILTERS + " ORDER BY rank DESC, a.id LIMIT ?")) {
            s.setString(1, HEADLINE);
            s.setString(2, query.text());
            s.setInt(SqliteSearch.bindFilters(s, 3, query), query.limit());
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    hits.add(new SearchHit(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), wordsAsWritten(rows.getString(5)), rows.getDouble(6)));
                }
            }
            return List.copyOf(hits);
        }
    }
}
