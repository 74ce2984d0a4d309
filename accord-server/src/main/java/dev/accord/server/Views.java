package dev.accord.server;

import dev.accord.model.EventType;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.store.FactStore;
import dev.accord.store.ViewRows.AgreementRow;
import dev.accord.store.ViewRows.ArticleRow;
import dev.accord.store.ViewRows.EventRow;
import dev.accord.store.ViewRows.QuoteRow;
import dev.accord.store.ViewStore;
import dev.accord.store.ViewStore.ArticleFilter;
import dev.accord.store.ViewStore.Count;
import dev.accord.store.ViewStore.EventFilter;
import dev.accord.store.ViewStore.EventOrder;
import dev.accord.store.ViewStore.MonthCount;
import dev.accord.store.ViewStore.Page;
import dev.accord.store.WordMatches;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.YearMonth;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The read side of the API: each method answers one endpoint from the store's {@link ViewStore}, an indexed query
 * or a read of the counts it keeps, and, for words, the store's full-text search. Nothing here holds the store's
 * facts in memory, so the server starts at once and its answers do not slow down as the store grows. Everything
 * here sees curated facts, and counts each consolidated event once.
 */
final class Views {

    /**
     * The most articles a filtered list's facets count the keys of: the first of the list, or the latest stored of
     * a word search's kept matches, enough for facets to show where a search leads without reading the whole store.
     */
    private static final int SEARCH_CANDIDATES = 500;
    /** The most agreements a profile or a dyad lists; their count is given in full. */
    private static final int AGREEMENTS_SHOWN = 50;
    private static final int FACET_SIZE = 12;
    private static final int RECENT_EVENTS = 50;
    private static final int DYAD_EVENTS = 100;
    private static final int QUOTES_SHOWN = 50;

    private final FactStore store;
    private final ViewStore views;

    Views(FactStore store) {
        this.store = store;
        this.views = store.views();
    }

    /**
     * What the article and event views keep. {@code modality} and {@code voice} ("article" or "quoted")
     * apply to events only.
     */
    record Filter(String from, String to, String outlet, String language, String actor, String type, String theme,
                  String modality, String voice, String addedSince) {

        EventFilter events(String with) {
            return new EventFilter(from, to, outlet, language, type, actor, with, modality,
                    voice == null ? null : voice.equals("quoted"), addedSince);
        }

        ArticleFilter articles() {
            return new ArticleFilter(from, to, outlet, language, actor, type, theme, addedSince);
        }
    }

    /** The code as given when the store knows it as an actor or a state; a 400 naming it when not. */
    String known(String parameter, String code) {
        if (code != null && views.actor(code).isEmpty() && views.months(code, null).isEmpty()) {
            throw new ApiException(400, "bad_request", parameter + " is '" + code + "', which no stored article names; "
                    + "expected a state or IGO code (KAZ, SCO) or an actor id from /api/actors/suggest");
        }
        return code;
    }

    record Facet(String key, String label, long count) {
    }

    record Facets(List<Facet> actors, List<Facet> types, List<Facet> themes, List<Facet> outlets) {
    }

    /** One article of a list, with the names of its actors beside their keys and where it was published. */
    record ArticleItem(String id, String title, String published, String outlet, String url, String source,
                       String snippet, List<String> actors, List<String> actorNames, List<String> eventTypes,
                       List<String> themes, int events) {
    }

    /**
     * What a word search's total and facets were counted over, for the page to say so.
     *
     * @param matches how many of the words' latest stored matches were read ({@link FactStore#SEARCH_WINDOW} at
     *                most): the total counts those the filters keep, and ranking and sort by date order them
     * @param all     whether those are every match the store has; when false, older matches were not read, and the
     *                total is a floor
     * @param faceted of how many of the kept matches, the latest stored, the facets count the keys
     */
    record Window(int matches, boolean all, int faceted) {
    }

    /** A list of articles; {@code window} only for a word search. */
    record ArticlePage(List<ArticleItem> items, long total, int limit, int offset, Facets facets, Window window) {
    }

    /** Articles the filter keeps: with words, best match first or newest first ({@code byDate}); else newest first. */
    ArticlePage articles(String words, Filter filter, boolean byDate, int limit, int offset) {
        ArticleFilter kept = filter.articles();
        if (words == null) {
            Page<ArticleRow> page = views.articles(kept, limit, offset);
            ViewStore.ArticleFacets f = views.facets(kept, FACET_SIZE, SEARCH_CANDIDATES);
            return new ArticlePage(items(page.items(), Map.of()), page.total(), limit, offset,
                    new Facets(labelled(f.actors()), plain(f.types()), plain(f.themes()), plain(f.outlets())), null);
        }
        // By date, no relevance is needed: the matches' titles are not scored.
        WordMatches matches = store.latest(words, FactStore.SEARCH_WINDOW, !byDate);
        ViewStore.SearchPage found = views.matches(matches, kept, byDate, limit, offset, FACET_SIZE,
                SEARCH_CANDIDATES);
        ViewStore.ArticleFacets f = found.facets();
        List<ArticleRow> shown = found.page().items();
        // Snippets for the page only: each costs a read of the article's text.
        Map<String, String> snippets = store.snippets(words, shown.stream().map(ArticleRow::id).toList());
        long total = found.page().total();
        return new ArticlePage(items(shown, snippets), total, limit, offset,
                new Facets(labelled(f.actors()), plain(f.types()), plain(f.themes()), plain(f.outlets())),
                new Window(matches.latest().size(), matches.all(), (int) Math.min(total, SEARCH_CANDIDATES)));
    }

    /** A page's articles, the names of all their actors read at once; {@code snippets} by article id. */
    private List<ArticleItem> items(List<ArticleRow> rows, Map<String, String> snippets) {
        Map<String, String> names = views.names(rows.stream().flatMap(a -> shownActors(a).stream()).toList());
        return rows.stream().map(a -> {
            List<String> actors = shownActors(a);
            return new ArticleItem(a.id(), a.title(), a.published(), a.outlet(), a.url(), a.source(),
                    snippets.get(a.id()), actors, actors.stream().map(k -> names.getOrDefault(k, k)).toList(),
                    a.eventTypes(), a.themes(), a.events());
        }).toList();
    }

    private static List<String> shownActors(ArticleRow a) {
        return a.actorKeys().stream().limit(8).toList();
    }

    /**
     * One PLOVER event type as the page shows it.
     *
     * @param side {@code cooperation}, {@code neutral} or {@code conflict}
     */
    record EventTypeItem(String type, int score, String side) {
    }

    /** The event types in PLOVER's order, from the model, so that the page repeats none of them. */
    static List<EventTypeItem> eventTypes() {
        return Stream.of(EventType.values()).map(t -> new EventTypeItem(t.name(), t.score(),
                t.side().name().toLowerCase(Locale.ROOT))).toList();
    }

    /** How events may be ordered. */
    enum Sort { date, latest, score, conflict }

    Page<EventRow> events(Filter filter, String with, Sort sort, int limit, int offset) {
        return views.events(filter.events(with), EventOrder.valueOf(sort.name().toUpperCase(Locale.ROOT)), limit,
                offset);
    }

    /** How many events the views count: consolidated events once each. */
    long eventCount() {
        return views.months(null, null).stream().mapToLong(MonthCount::events).sum();
    }

    /** Events of one month: how many of each type, and how many cooperate or conflict. */
    record Month(String month, long cooperation, long conflict, Map<EventType, Long> byType) {
    }

    record ActorSummary(String key, String name, String kind, long articles, long mentions) {
    }

    List<ActorSummary> actors(String query, int limit) {
        return views.actors(query, limit).stream().map(a -> new ActorSummary(a.key(), a.name(), a.kind(), a.articles(),
                a.mentions())).toList();
    }

    record ActorProfile(String key, String name, String kind, String country, long articles, long mentions,
                        long events, List<Month> months, List<Facet> partners, List<EventRow> recentEvents,
                        List<QuoteRow> quotes, List<AgreementRow> agreements) {
    }

    Optional<ActorProfile> actor(String key) {
        return views.actor(key).map(a -> {
            List<MonthCount> counts = views.months(key, null);
            List<QuoteRow> quotes = views.quotes(null, new ArticleFilter(null, null, null, null, key, null, null, null),
                    QUOTES_SHOWN, 0).items();
            return new ActorProfile(key, a.name(), a.kind(), a.country(), a.articles(), a.mentions(),
                    counts.stream().mapToLong(MonthCount::events).sum(), months(counts),
                    labelled(views.partners(key, FACET_SIZE)),
                    views.events(new EventFilter(null, null, null, null, null, key, null, null, null, null),
                            EventOrder.LATEST, RECENT_EVENTS, 0).items(), quotes,
                    views.agreements(key, null, AGREEMENTS_SHOWN, 0).items());
        });
    }

    record Dyad(String a, String aName, String b, String bName, long events, double meanScore, long cooperation,
                long conflict, Map<EventType, Long> byType, List<Month> months, List<EventRow> recentEvents,
                List<AgreementRow> agreements) {
    }

    /** Events in which both take part, whoever acts; the mean score is PLOVER's, from +8 to −10. */
    Dyad dyad(String a, String b) {
        List<MonthCount> counts = views.months(a, b);
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        counts.forEach(c -> byType.merge(EventType.valueOf(c.type()), c.events(), Long::sum));
        long events = counts.stream().mapToLong(MonthCount::events).sum();
        double mean = events == 0 ? 0 : byType.entrySet().stream()
                .mapToDouble(t -> t.getKey().score() * (double) t.getValue()).sum() / events;
        List<AgreementRow> agreements = views.agreements(a, b, AGREEMENTS_SHOWN, 0).items();
        return new Dyad(a, name(a), b, name(b), events, Math.round(mean * 100) / 100.0,
                sum(byType, t -> t.score() > 0), sum(byType, t -> t.score() < 0), byType, months(counts),
                views.events(new EventFilter(null, null, null, null, null, a, b, null, null, null), EventOrder.LATEST,
                        DYAD_EVENTS, 0).items(), agreements);
    }

    /**
     * One line of a timeline: the counted events of every event ({@code actor} null), of an actor, or of a dyad.
     *
     * @param events    how many events each month of the axis has, 0 for none
     * @param meanScore each month's mean PLOVER cooperation–conflict score (+8 … −10), null for a month without
     *                  events
     * @param undated   how many events have no month, counted apart
     */
    record Series(String actor, String actorName, String with, String withName, long total, long undated,
                  List<Long> events, List<Double> meanScore) {
    }

    /** Timelines on one real month axis: every month from the first to the last that any of them has. */
    record Timeline(List<String> months, List<Series> series) {
    }

    /** The timelines of pairs ({@code {actor, with}}, either may be null), for comparing them on one chart. */
    Timeline timeline(List<String[]> pairs) {
        List<List<MonthCount>> counts = pairs.stream().map(p -> views.months(p[0], p[1])).toList();
        // The axis needs only the first and last month; a dyad at a million events has thousands of counts.
        String first = null;
        String last = null;
        for (List<MonthCount> line : counts) {
            for (MonthCount c : line) {
                if (c.month() != null) {
                    first = first == null || c.month().compareTo(first) < 0 ? c.month() : first;
                    last = last == null || c.month().compareTo(last) > 0 ? c.month() : last;
                }
            }
        }
        List<String> axis = new ArrayList<>();
        if (first != null) {
            YearMonth end = YearMonth.parse(last);
            for (YearMonth m = YearMonth.parse(first); !m.isAfter(end); m = m.plusMonths(1)) {
                axis.add(m.toString());
            }
        }
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Map<String, long[]> byMonth = new LinkedHashMap<>();
            long undated = 0;
            for (MonthCount c : counts.get(i)) {
                if (c.month() == null) {
                    undated += c.events();
                } else {
                    long[] n = byMonth.computeIfAbsent(c.month(), k -> new long[2]);
                    n[0] += c.events();
                    n[1] += c.events() * EventType.valueOf(c.type()).score();
                }
            }
            List<Long> events = axis.stream().map(m -> byMonth.containsKey(m) ? byMonth.get(m)[0] : 0L).toList();
            List<Double> score = axis.stream().map(m -> byMonth.containsKey(m)
                    ? Math.round(100.0 * byMonth.get(m)[1] / byMonth.get(m)[0]) / 100.0 : null).toList();
            String a = pairs.get(i)[0];
            String b = pairs.get(i)[1];
            series.add(new Series(a, a == null ? null : name(a), b, b == null ? null : name(b),
                    events.stream().mapToLong(Long::longValue).sum() + undated, undated, events, score));
        }
        return new Timeline(axis, series);
    }

    /** A partner of an actor: a state (a person counts for the state it acts for), or an actor of no state. */
    record Partner(String key, String name, long events) {
    }

    Page<Partner> partners(String key, int limit, int offset) {
        List<Count> shown = slice(views.partners(key, limit + offset), offset, limit);
        Map<String, String> names = views.names(shown.stream().map(Count::key).toList());
        return new Page<>(shown.stream().map(c -> new Partner(c.key(), names.getOrDefault(c.key(), c.key()),
                c.count())).toList(), views.partnerCount(key), limit, offset);
    }

    List<ViewStore.Suggestion> suggest(String prefix, int limit) {
        return views.suggest(prefix, limit);
    }

    Page<QuoteRow> quotes(String speaker, Filter filter, int limit, int offset) {
        return views.quotes(speaker, filter.articles(), limit, offset);
    }

    /** Every agreement a party is party to, each consolidated agreement once; every agreement without a party. */
    Page<AgreementRow> agreements(String party, int limit, int offset) {
        return views.agreements(party, null, limit, offset);
    }

    /**
     * One report of a consolidated event: an article's event, with the words that state it there.
     *
     * @param begin where the words begin in the article's text (UTF-16 code units)
     * @param end   where they end, exclusive
     */
    record Report(String articleId, String articleTitle, String published, String outlet, String eventId,
                  String trigger, int begin, int end, double confidence) {
    }

    /** A consolidated event with every report of it, in the order of their keys. */
    record Reports(EventRow event, List<Report> reports) {
    }

    /** The reports of a consolidated event; empty for an id no consolidated event has. */
    Optional<Reports> reports(String id) {
        Optional<EventRow> row = views.event(id);
        Optional<ConsolidatedEvent> event = store.consolidation().findEvent(id);
        if (row.isEmpty() || event.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = event.get().mentions().stream().map(m -> m.articleId()).distinct().toList();
        Map<String, String> titles = new LinkedHashMap<>();
        views.articles(ids, new ArticleFilter(null, null, null, null, null, null, null, null))
                .forEach(a -> titles.put(a.id(), a.title()));
        return Optional.of(new Reports(row.get(), event.get().mentions().stream().map(m -> new Report(m.articleId(),
                titles.get(m.articleId()), m.published() == null ? null : m.published().toString(), m.outlet(),
                m.eventId(), m.trigger().text(), m.trigger().span().begin(), m.trigger().span().end(),
                m.confidence())).toList()));
    }

    record PlacePoint(String name, double latitude, double longitude, long events, long cooperation, long conflict) {
    }

    /** Where events happened, one point per place name and position. */
    List<PlacePoint> places(Filter filter) {
        Map<String, List<ViewStore.PlaceCount>> byPlace = new LinkedHashMap<>();
        views.places(filter.events(null)).forEach(p -> byPlace.computeIfAbsent(p.place() + "|" + p.latitude() + "|"
                + p.longitude(), k -> new ArrayList<>()).add(p));
        return byPlace.values().stream().map(ps -> {
            Map<EventType, Long> byType = new EnumMap<>(EventType.class);
            ps.forEach(p -> byType.merge(EventType.valueOf(p.type()), p.events(), Long::sum));
            ViewStore.PlaceCount first = ps.get(0);
            return new PlacePoint(first.place().isEmpty() ? null : first.place(), first.latitude(), first.longitude(),
                    byType.values().stream().mapToLong(Long::longValue).sum(), sum(byType, t -> t.score() > 0),
                    sum(byType, t -> t.score() < 0));
        }).toList();
    }

    /**
     * A cluster of places on the map: the places of one cell of a grid as fine as the zoom level, at their
     * event-weighted centre.
     *
     * @param places how many places it holds
     * @param name   the place with the most events in it
     */
    record Cluster(String name, double latitude, double longitude, long places, long events, long cooperation,
                   long conflict) {
    }

    /**
     * The map at a zoom level (0 the whole world, each level halving a cell's side) within a bounding box: places
     * clustered on a grid of 8 cells across a tile, so that the answer stays small however many events there are.
     */
    List<Cluster> map(Filter filter, int zoom, double[] box) {
        double cell = 360.0 / (8 << zoom);
        Map<String, List<PlacePoint>> byCell = new TreeMap<>();
        for (PlacePoint p : places(filter)) {
            if (p.latitude() >= box[1] && p.latitude() <= box[3] && (box[0] <= box[2]
                    ? p.longitude() >= box[0] && p.longitude() <= box[2]
                    : p.longitude() >= box[0] || p.longitude() <= box[2])) {
                byCell.computeIfAbsent((long) Math.floor((p.latitude() + 90) / cell) + ":"
                        + (long) Math.floor((p.longitude() + 180) / cell), k -> new ArrayList<>()).add(p);
            }
        }
        return byCell.values().stream().map(ps -> {
            long events = ps.stream().mapToLong(PlacePoint::events).sum();
            PlacePoint top = ps.stream().max(Comparator.comparingLong(PlacePoint::events)).orElseThrow();
            double lat = ps.stream().mapToDouble(p -> p.latitude() * p.events()).sum() / Math.max(1, events);
            double lon = ps.stream().mapToDouble(p -> p.longitude() * p.events()).sum() / Math.max(1, events);
            return new Cluster(top.name(), events == 0 ? top.latitude() : lat, events == 0 ? top.longitude() : lon,
                    ps.size(), events, ps.stream().mapToLong(PlacePoint::cooperation).sum(),
                    ps.stream().mapToLong(PlacePoint::conflict).sum());
        }).sorted(Comparator.comparingLong(Cluster::events).reversed()).toList();
    }

    /** The events the filter keeps inside a bounding box, in date order: the list beside the map. */
    Page<EventRow> eventsIn(double[] box, Filter filter, int limit, int offset) {
        return views.eventsIn(box, filter.events(null), limit, offset);
    }

    /** The name of an actor key, as the first article naming it gives it; the key itself when none does. */
    String name(String key) {
        return views.names(List.of(key)).getOrDefault(key, key);
    }

    private static List<Month> months(List<MonthCount> counts) {
        Map<String, Map<EventType, Long>> byMonth = new TreeMap<>();
        counts.stream().filter(c -> c.month() != null).forEach(c -> byMonth.computeIfAbsent(c.month(),
                k -> new EnumMap<>(EventType.class)).merge(EventType.valueOf(c.type()), c.events(), Long::sum));
        return byMonth.entrySet().stream().map(m -> new Month(m.getKey(), sum(m.getValue(), t -> t.score() > 0),
                sum(m.getValue(), t -> t.score() < 0), m.getValue())).toList();
    }

    private static long sum(Map<EventType, Long> byType, Predicate<EventType> side) {
        return byType.entrySet().stream().filter(t -> side.test(t.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    private List<Facet> labelled(List<Count> counts) {
        Map<String, String> names = views.names(counts.stream().map(Count::key).toList());
        return counts.stream().map(c -> new Facet(c.key(), names.getOrDefault(c.key(), c.key()), c.count())).toList();
    }

    private static List<Facet> plain(List<Count> counts) {
        return counts.stream().map(c -> new Facet(c.key(), c.key(), c.count())).toList();
    }

    private static <T> List<T> slice(List<T> all, int offset, int limit) {
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    }
}
