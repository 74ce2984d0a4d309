package dev.accord.store;

import dev.accord.store.ViewRows.AgreementRow;
import dev.accord.store.ViewRows.ArticleRow;
import dev.accord.store.ViewRows.EventRow;
import dev.accord.store.ViewRows.QuoteRow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of a store: what the server's views ask, each an indexed query or a read of aggregates that the
 * store keeps current in the transaction of every article, correction and consolidation delta, so that answers do
 * not slow down as the store grows. Every view sees curated facts, and counts each consolidated event and
 * agreement once. SQLite and PostgreSQL give the same answers, in the same order.
 */
public interface ViewStore {

    /** How events may be ordered: by date (undated last), newest first, most cooperative or most conflictual first. */
    enum EventOrder { DATE, LATEST, SCORE, CONFLICT }

    /**
     * What the event list keeps; {@code null} keeps everything.
     *
     * @param from       the earliest date, a prefix of an ISO date ({@code 2025}, {@code 2025-06}, {@code 2025-06-18})
     * @param to         the latest, compared at its own precision
     * @param actor      a profile key or state code that takes part
     * @param with       a second one that takes part too
     * @param voice      {@code true} for events a speaker states, {@code false} for the article's own
     * @param addedSince the earliest ingest instant (ISO 8601) of the event's first report
     */
    record EventFilter(String from, String to, String outlet, String language, String type, String actor,
                       String with, String modality, Boolean voice, String addedSince) {

        /** Whether only actors and the type narrow it, so that the kept aggregates give its count. */
        boolean counted() {
            return from == null && to == null && outlet == null && language == null && modality == null
                    && voice == null && addedSince == null;
        }
    }

    /**
     * What the article list keeps; {@code null} keeps everything.
     *
     * @param actor an actor key, or the state an article's actor belongs to
     * @param type  a PLOVER type of one of its events
     */
    record ArticleFilter(String from, String to, String outlet, String language, String actor, String type,
                         String theme, String addedSince) {

        boolean none() {
            return from == null && to == null && outlet == null && language == null && actor == null && type == null
                    && theme == null && addedSince == null;
        }
    }

    /** One page of a list, with how many the whole list holds. */
    record Page<T>(List<T> items, long total, int limit, int offset) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** A count of one key: an actor, partner, type, theme or outlet. */
    record Count(String key, long count) {
    }

    /** Counted events of one month ({@code null} for undated events) and type. */
    record MonthCount(String month, String type, long events) {
    }

    /** An actor profile's key, with the name the first article naming it gives and how often articles name it. */
    record ActorSummary(String key, String id, String name, String kind, String country, long articles,
                        long mentions) {
    }

    /**
     * An actor that autocomplete offers.
     *
     * @param matched the word of its name, code or mentions that the prefix matched
     */
    record Suggestion(String key, String name, String kind, String country, long articles, String matched) {
    }

    /** Counted events with a position, at one place, by type. */
    record PlaceCount(String place, double latitude, double longitude, String type, long events) {
    }

    /** Facet counts of articles: the most frequent actor keys, event types, themes and outlets. */
    record ArticleFacets(List<Count> actors, List<Count> types, List<Count> themes, List<Count> outlets) {
    }

    Page<EventRow> events(EventFilter filter, EventOrder order, int limit, int offset);

    /**
     * The events with a position inside a bounding box, among those the filter keeps, in date order (undated last).
     *
     * @param box west, south, east, north in degrees; west above east crosses the antimeridian
     */
    Page<EventRow> eventsIn(double[] box, EventFilter filter, int limit, int offset);

    /** The counted event with this id: a consolidated event's id, or {@code articleId#eventId}. */
    Optional<EventRow> event(String id);

    /** Counted events by month and type: of every event ({@code code} null), of an actor, or of a dyad. */
    List<MonthCount> months(String code, String partner);

    /** An actor's partners by state, most events first, then by key. */
    List<Count> partners(String code, int limit);

    /** How many partners {@link #partners} has for {@code code}. */
    long partnerCount(String code);

    Optional<ActorSummary> actor(String key);

    /**
     * The names of those of {@code keys} the store knows as actors, by key, in one read: a list's names without a
     * query for each. A key it does not know is left out.
     */
    Map<String, String> names(Collection<String> keys);

    /** Actors whose name or key holds {@code query} (every actor when null), most articles first, then by key. */
    List<ActorSummary> actors(String query, int limit);

    /**
     * Actors with a name, a code, a word of a name or a way articles name them that starts with {@code prefix}
     * (any case): whole-word matches first, then most articles, then by key.
     */
    List<Suggestion> suggest(String prefix, int limit);

    /** Counted events with a position, by place and type, among those the filter keeps. */
    List<PlaceCount> places(EventFilter filter);

    /**
     * Quotes by speaker name (unnamed last), then article and id, from the articles the filter keeps; its actor is
     * the speaker's key or the state an official speaks for.
     *
     * @param speaker a speaker's whole name or one word of it, or a speaker's key or the state an official speaks
     *                for, in any case; null for all
     */
    Page<QuoteRow> quotes(String speaker, ArticleFilter filter, int limit, int offset);

    /**
     * Every agreement a party is party to (every agreement when null), by name, each consolidated one once.
     *
     * @param with another party the agreements must have too; null for any
     */
    Page<AgreementRow> agreements(String party, String with, int limit, int offset);

    /** Articles, newest first (undated last), then by id. */
    Page<ArticleRow> articles(ArticleFilter filter, int limit, int offset);

    /** The rows of these articles, in the order given, less any the filter refuses. */
    List<ArticleRow> articles(List<String> ids, ArticleFilter filter);

    /**
     * A page of a word search and what it found in all.
     *
     * @param page   the articles shown, and in {@code total} how many of the matches the filter kept
     * @param facets of the kept matches, or of the latest of them where there are more than the sample asked for
     */
    record SearchPage(Page<ArticleRow> page, ArticleFacets facets) {
    }

    /**
     * Of a word search's matches, those the filter keeps: a page of them, best match first, or newest published
     * first with {@code byDate} (undated last), ties by id; the facets of the first {@code sample} kept in the
     * matches' order (the latest stored), the largest {@code size} of each. It reads the page's rows only, and the
     * dates and keys of the matches: as many as the window the matches were read in, not as many as the store has.
     */
    SearchPage matches(WordMatches matches, ArticleFilter filter, boolean byDate, int limit, int offset, int size,
                       int sample);

    /**
     * The facets of the articles the filter keeps: of every article from the kept counts when nothing filters,
     * else of the first {@code sample} articles in list order.
     */
    ArticleFacets facets(ArticleFilter filter, int size, int sample);
}
