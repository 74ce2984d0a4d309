package dev.accord.store;

import dev.accord.model.ArticleFacts;
import dev.accord.model.Correction;
import dev.accord.model.Curation;
import dev.accord.model.Fingerprint;
import dev.accord.model.Problem;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where Accord keeps the facts of the articles it has read, and finds them again.
 *
 * <p>Storing is idempotent: an article's id is a hash of its source and text, so reading the same input
 * twice stores it once, and an interrupted ingest can simply be run again. An article and its facts are
 * written together or not at all.
 *
 * <p>Ids may be given in full or, for {@link #find} and {@link #expect}, as a unique prefix of at least
 * {@value #MIN_PREFIX} hex digits, the way people copy ids from a terminal.
 *
 * <p>An instance is used from one thread at a time. Failures of the underlying database are thrown as
 * {@link StoreException}.
 */
public interface FactStore extends AutoCloseable {

    /** The fewest hex digits an id prefix may have; shorter ones would too often match many articles. */
    int MIN_PREFIX = 6;

    /** Whether an article with exactly this id is stored; prefixes are not expanded here. */
    boolean contains(String articleId);

    /**
     * Stores an article and its facts in one transaction.
     *
     * @return {@code true} when stored; {@code false}, changing nothing, when an article with the same id
     *         is already stored
     */
    boolean put(ArticleFacts facts);

    /**
     * Stores an article and its facts like {@link #put(ArticleFacts)}, with the fingerprint by which
     * {@link #findDuplicate} finds it for later near-duplicates, all in one transaction.
     */
    boolean put(ArticleFacts facts, Fingerprint fingerprint);

    /**
     * The stored article that {@code fingerprint}'s text is an exact or near copy of, the most similar
     * if several are.
     *
     * @param threshold the least estimated similarity that counts, in (0, 1]
     */
    Optional<Duplicate> findDuplicate(Fingerprint fingerprint, double threshold);

    /** A stored article found by {@link #findDuplicate}, with its estimated similarity. */
    record Duplicate(String articleId, double similarity) {
    }

    /**
     * Records that a stored article also appeared elsewhere, instead of storing the copy; recording the
     * same copy again changes nothing.
     *
     * @return whether the appearance was new
     * @throws NoSuchElementException when no article has that id
     */
    boolean addAppearance(String articleId, Appearance appearance);

    /** Every place an article appeared, the original first and then by source; empty for an unknown id. */
    List<Appearance> appearances(String articleId);

    /** The stored article that an article with this id is, or was recorded as a copy of. */
    Optional<String> findStoredAs(String copyId);

    /**
     * The facts of an article, equal to what was {@linkplain #put put}.
     *
     * @param articleId a full id, or a unique prefix of at least {@value #MIN_PREFIX} hex digits
     * @throws IllegalArgumentException when a prefix matches more than one article (the message lists them) or
     *                                  has fewer than {@value #MIN_PREFIX} digits
     */
    Optional<ArticleFacts> find(String articleId);

    /**
     * Like {@link #find}, for callers that were given an id and cannot go on without its article.
     *
     * @throws NoSuchElementException naming the id when no article matches
     */
    ArticleFacts expect(String articleId);

    /** Articles whose title or text has every word of the query, best first. */
    List<SearchHit> search(SearchQuery query);

    /**
     * How many of a word search's latest stored matches {@link #latest} reads at most: what its ranking, its order by
     * date and its total are made of, so that a search for a word in every article costs about what a search for a
     * word in 1,000 does.
     */
    int SEARCH_WINDOW = 1000;

    /**
     * The articles whose title or text has every word of {@code text}, the latest stored first, at most
     * {@code window} of them (at most {@link #SEARCH_WINDOW}); words as {@link SearchQuery} reads them, none with a
     * letter or digit finds nothing. Reading them costs about {@code window} matches however many the store has,
     * and so does ranking them ({@code ranked}, else every score is 0) by their titles, the same in every database.
     */
    WordMatches latest(String text, int window, boolean ranked);

    /**
     * A few words of each of these articles (found by {@link #latest} for the same words) around the words of
     * {@code text}, marked as in {@link SearchHit#snippet()}, by article id: what a page of a search shows, made
     * for that page only.
     */
    Map<String, String> snippets(String text, Collection<String> articleIds);

    /**
     * Gives every stored article's facts to {@code action}, ordered by publication date (undated first)
     * and then id, so that two exports of the same store are identical.
     */
    void forEach(Consumer<ArticleFacts> action);

    /** How many articles are stored. */
    int articleCount();

    /** Records an input that could not be read; recording the same input and reason again keeps one. */
    void recordProblem(Problem problem);

    /** Every recorded problem, ordered by input and then reason. */
    List<Problem> problems();

    /**
     * Forgets the problems of an input and of the items inside it ({@code input#item3}, {@code input:17}),
     * before it is read again or once it has been read successfully after all.
     *
     * @return whether any problem was recorded for it
     */
    boolean removeProblems(String input);

    /**
     * Keeps an analyst's correction beside the machine's facts, which stay as they were.
     *
     * @return the correction with the number the store gave it; numbers grow in the order corrections
     *         are made, which is the order {@link Curation} applies them
     * @throws NoSuchElementException   when no article has the correction's article id
     * @throws IllegalArgumentException when the correction does not fit the article's facts
     *                                  ({@link Curation#check})
     */
    Correction addCorrection(Correction correction);

    /** An article's corrections in the order they were made; empty for an unknown id. */
    List<Correction> corrections(String articleId);

    /** Every correction in the store, in the order they were made. */
    List<Correction> corrections();

    /**
     * The audit list: the corrections {@code curator} made (anyone's when null) on the UTC days from
     * {@code from} to {@code to}, both included (open-ended when null), newest first, a page at a time.
     */
    CorrectionAudit audit(String curator, LocalDate from, LocalDate to, int limit, int offset);

    /**
     * Where the store is, as its messages name it: a file path, or a JDBC URL without its credentials. A
     * server takes it out of the messages it shows, which must not tell a client the server's paths.
     */
    String location();

    /** The store's curators, each with a token of their own. */
    Users users();

    /** What {@code accord watch} kept of every URL it polled, by URL. */
    Map<String, WatchState> watchStates();

    /** Keeps what {@code accord watch} knows of one URL, replacing what was kept for it, in one write. */
    void putWatchState(WatchState state);

    /** What the views read: indexed queries and kept counts over the curated facts and the record across articles. */
    ViewStore views();

    /** The record across articles this store keeps: consolidated events, agreements and people. */
    ConsolidationStore consolidation();

    /**
     * Runs {@code work} on {@link #consolidation} in one transaction: what it keeps is kept whole, or nothing
     * of it when it throws.
     */
    <T> T consolidate(Function<ConsolidationStore, T> work);

    /** Like {@link #find}, with the article's corrections applied: what every view shows. */
    default Optional<ArticleFacts> findCurated(String articleId) {
        return find(articleId).map(f -> Curation.apply(f, corrections(f.article().id())));
    }

    /** Like {@link #forEach}, with each article's corrections applied: what every export writes. */
    default void forEachCurated(Consumer<ArticleFacts> action) {
        Map<String, List<Correction>> all = corrections().stream()
                .collect(Collectors.groupingBy(Correction::articleId));
        forEach(f -> action.accept(Curation.apply(f, all.getOrDefault(f.article().id(), List.of()))));
    }

    /** Closes the store; it cannot be used afterwards. */
    @Override
    void close();
}
