package dev.accord.store;

import java.util.List;
import java.util.Objects;

/**
 * The latest stored matches of a word search: what {@link FactStore#latest} reads, however many articles the words
 * match in all, so that a search costs the same for a common word as for a rare one.
 *
 * @param latest the matches, newest stored first (ties by id, highest first), at most the window asked for
 * @param all    whether these are every match the store has; when false, older matches were not read
 */
public record WordMatches(List<Match> latest, boolean all) {

    /**
     * One matching article and its relevance to the words.
     *
     * @param score higher is better, the same in every database ({@link TitleRank}'s), 0 when not ranked
     */
    public record Match(String articleId, double score) {

        public Match {
            Objects.requireNonNull(articleId, "articleId");
        }
    }

    public WordMatches {
        latest = List.copyOf(latest);
    }

    /** No match at all: the words had no letter or digit, or no article has them all. */
    static final WordMatches NONE = new WordMatches(List.of(), true);
}
