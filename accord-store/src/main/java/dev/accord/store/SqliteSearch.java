package dev.accord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@link FactStore#search}: FTS5 for words, the actors and quotes tables for the filters. */
final class SqliteSearch {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SEARCHABLE = Pattern.compile("[\\p{L}\\p{N}]");
    private static final int SNIPPET_TOKENS = 12;
    /** Title matches count double in the ranking: a headline names what the article is about. */
    private static final String RANK = "bm25(article_search, 0.0, 2.0, 1.0)";

    /**
     * The filters, each skipped when its parameters are NULL; bound by {@link #bindFilters}. The casts let
     * PostgreSQL type a parameter that is only compared with NULL; the LIKE operator for speakers is the
     * database's case-insensitive one. Modalities are bound as one list, {@code ",FUTURE,NEGATED,"}, and
     * one event must have both the modality and the voice asked for.
     */
    static String filters(String like) {
        return "(CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM actors x WHERE x.article_id = a.id "
                + "AND (x.code = ? OR x.country = ?))) AND (CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM quotes q "
                + "WHERE q.article_id = a.id AND q.speaker_name " + like + " ? ESCAPE '\\')) "
                + "AND (CAST(? AS INTEGER) = 0 OR EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id "
                + "AND (CAST(? AS TEXT) IS NULL OR CAST(? AS TEXT) LIKE '%,' || v.modality || ',%') "
                + "AND (CAST(? AS INTEGER) IS NULL OR v.quoted = ?)))";
    }

    private static final String FILTERS = filters("LIKE");

    private SqliteSearch() {
    }

    static List<SearchHit> search(Connection connection, SearchQuery query) throws SQLException {
        String match = matchExpression(query.text());
        if (match != null) {
            return rankedHits(connection, match, query);
        }
        // The words were all punctuation, which the tokenizer drops: only the filters are left to go by.
        return query.filters() ? filteredHits(connection, query, FILTERS) : List.of();
    }

    /** Binds {@link #FILTERS} from parameter {@code first} on; returns the next parameter's index. */
    static int bindFilters(PreparedStatement s, int first, SearchQuery query) throws SQLException {
        String speaker = query.speaker() == null ? null
                : "%" + query.speaker().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        s.setString(first, query.actorCode());
        s.setString(first + 1, query.actorCode());
        s.setString(first + 2, query.actorCode());
        s.setString(first + 3, speaker);
        s.setString(first + 4, speaker);
        String modalities = query.modalities() == null ? null : query.modalities().stream().map(Enum::name)
                .sorted().collect(Collectors.joining(",", ",", ","));
        Integer quoted = switch (query.voice()) {
            case ANY -> null;
            case ARTICLE -> 0;
            case QUOTED -> 1;
        };
        s.setInt(first + 5, query.filtersEvents() ? 1 : 0);
        s.setString(first + 6, modalities);
        s.setString(first + 7, modalities);
        s.setObject(first + 8, quoted, Types.INTEGER);
        s.setObject(first + 9, quoted, Types.INTEGER);
        return first + 10;
    }

    private static List<SearchHit> rankedHits(Connection connection, String match, SearchQuery query)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT a.id, a.title, a.source, a.published, "
                + "snippet(article_search, 2, '«', '»', '…', ?), " + RANK + " AS rank "
                + "FROM article_search JOIN articles a ON a.id = article_search.article_id "
                + "WHERE article_search MATCH ? AND " + FILTERS + " ORDER BY rank, a.id LIMIT ?")) {
            s.setInt(1, SNIPPET_TOKENS);
            s.setString(2, match);
            s.setInt(bindFilters(s, 3, query), query.limit());
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

    /**
     * {@link FactStore#latest}: the latest matches, ranked by {@link TitleRank}. FTS5 numbers its rows in the order
     * they were stored (a batch's in id order) and reads a word's matches backwards in that order without ranking
     * them, so the window costs about as many steps as it has matches, titles included (bm25 would count each word's
     * matches in the whole store for its weight).
     */
    static WordMatches latest(Connection connection, String text, int window, boolean ranked) throws SQLException {
        String match = matchExpression(text);
        if (match == null) {
            return WordMatches.NONE;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT article_id, title FROM article_search "
                + "WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?")) {
            s.setString(1, match);
            s.setInt(2, window + 1);
            return matches(s, window, ranked ? new TitleRank(text) : null);
        }
    }

    /**
     * The first {@code window} rows of a query giving an article id and its title, and whether it had no more.
     *
     * @param rank how to score a match by its title; {@code null} scores every match 0
     */
    static WordMatches matches(PreparedStatement s, int window, TitleRank rank) throws SQLException {
        List<WordMatches.Match> found = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                found.add(new WordMatches.Match(rows.getString(1), rank == null ? 0 : rank.score(rows.getString(2))));
            }
        }
        return found.size() > window ? new WordMatches(found.subList(0, window), false)
                : new WordMatches(found, true);
    }

    /** As many parameters as {@code values}, for an IN list; the caller binds them with {@link #bindAll}. */
    static String marks(Collection<String> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    /**
     * Binds {@code values} from parameter {@code first} on, then reads each row's first column (an article id)
     * and second ({@code shown} makes it what is kept), by the first.
     */
    static Map<String, String> bindAll(PreparedStatement s, int first, Collection<String> values,
                                       UnaryOperator<String> shown) throws SQLException {
        int at = first;
        for (String v : values) {
            s.setString(at++, v);
        }
        Map<String, String> found = new HashMap<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                found.put(rows.getString(1), shown.apply(rows.getString(2)));
            }
        }
        return found;
    }

    /** {@link FactStore#snippets}, looked for among the {@value FactStore#SEARCH_WINDOW} latest matches. */
    static Map<String, String> snippets(Connection connection, String text, Collection<String> articleIds)
            throws SQLException {
        String match = matchExpression(text);
        if (match == null) {
            return Map.of();
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT article_id, "
                + "snippet(article_search, 2, '«', '»', '…', ?) FROM article_search WHERE article_search MATCH ? "
                + "AND rowid >= ? AND article_id IN (" + marks(articleIds) + ")")) {
            s.setInt(1, SNIPPET_TOKENS);
            s.setString(2, match);
            s.setLong(3, firstRanked(connection, match));
            return bindAll(s, 4, articleIds, UnaryOperator.identity());
        }
    }

    /** The row of the {@value FactStore#SEARCH_WINDOW}th latest match, or 0 when there are fewer matches. */
    private static long firstRanked(Connection connection, String match) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT rowid FROM article_search "
                + "WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?")) {
            s.setString(1, match);
            s.setInt(2, FactStore.SEARCH_WINDOW - 1);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    /** Articles passing the filters, newest first, when there are no words to rank by. */
    static List<SearchHit> filteredHits(Connection connection, SearchQuery query, String filters)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT a.id, a.title, a.source, a.published, a.text "
                + "FROM articles a WHERE " + filters + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT ?")) {
            s.setInt(bindFilters(s, 1, query), query.limit());
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
    static String matchExpression(String text) {
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
