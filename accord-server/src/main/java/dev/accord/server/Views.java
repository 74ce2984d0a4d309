package dev.accord.server;

import dev.accord.model.EventType;
import dev.accord.server.Rows.ActorRow;
import dev.accord.server.Rows.AgreementRow;
import dev.accord.server.Rows.ArticleRow;
import dev.accord.server.Rows.EventRow;
import dev.accord.server.Rows.Participant;
import dev.accord.server.Rows.QuoteRow;
import dev.accord.store.FactStore;
import dev.accord.store.SearchHit;
import dev.accord.store.SearchQuery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The read side of the API: each method answers one endpoint from the {@link Catalog} (and, for words, the
 * store's full-text search). Everything here sees curated facts only.
 */
final class Views {

    /**
     * The most articles full-text search hands over for filtering and facets: the best matches, enough for
     * facets to show where a search leads without making every search read the whole store.
     */
    private static final int SEARCH_CANDIDATES = 500;
    /** The most agreements a profile or a dyad lists; their count is given in full. */
    private static final int AGREEMENTS_SHOWN = 50;
    private static final int FACET_SIZE = 12;

    private final FactStore store;
    private final Catalog catalog;

    Views(FactStore store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** Filters shared by articles and events; blank ones are {@code null}. */
    /**
     * What the article and event views keep. {@code modality} and {@code voice} ("article" or "quoted")
     * apply to events only.
     */
    record Filter(String from, String to, String outlet, String actor, String type, String theme, String modality,
                  String voice) {

        boolean accepts(EventRow e) {
            return (modality == null || modality.equals(e.modality()))
                    && (voice == null || e.quoted() == voice.equals("quoted"));
        }

        boolean dateIn(String date) {
            return (from == null || date != null && date.compareTo(from) >= 0)
                    && (to == null || date != null && date.substring(0, Math.min(date.length(), to.length()))
                    .compareTo(to) <= 0);
        }

        boolean accepts(ArticleRow a) {
            return dateIn(a.published()) && (outlet == null || outlet.equalsIgnoreCase(a.outlet()))
                    && (actor == null || a.actorKeys().contains(actor)
                    || a.actors().stream().anyMatch(r -> actor.equals(r.country())))
                    && (type == null || a.eventTypes().contains(type)) && (theme == null || a.themes().contains(theme));
        }
    }

    record Facet(String key, String label, long count) {
    }

    record Facets(List<Facet> actors, List<Facet> types, List<Facet> themes, List<Facet> outlets) {
    }

    record ArticleItem(String id, String title, String published, String outlet, String source, String snippet,
                       List<String> actors, List<String> eventTypes, List<String> themes, int events) {
    }

    record Page<T>(long total, int offset, int limit, List<T> items) {
    }

    record ArticlePage(long total, int offset, int limit, List<ArticleItem> items, Facets facets) {
    }

    ArticlePage articles(String words, Filter filter, int limit, int offset) {
        List<ArticleItem> found = new ArrayList<>();
        List<ArticleRow> rows = new ArrayList<>();
        if (words != null) {
            for (SearchHit hit : store.search(new SearchQuery(words, null, SEARCH_CANDIDATES))) {
                catalog.find(hit.articleId()).filter(filter::accepts).ifPresent(a -> {
                    rows.add(a);
                    found.add(item(a, hit.snippet()));
                });
            }
        } else {
            catalog.articles().stream().filter(filter::accepts)
                    .sorted(Comparator.comparing(ArticleRow::published, Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(ArticleRow::id))
                    .forEach(a -> {
                        rows.add(a);
                        found.add(item(a, null));
                    });
        }
        Facets facets = new Facets(labelled(Catalog.counts(rows, ArticleRow::actorKeys, FACET_SIZE)),
                plain(Catalog.counts(rows, ArticleRow::eventTypes, FACET_SIZE)),
                plain(Catalog.counts(rows, ArticleRow::themes, FACET_SIZE)),
                plain(Catalog.counts(rows, a -> a.outlet() == null ? List.of() : List.of(a.outlet()), FACET_SIZE)));
        return new ArticlePage(found.size(), offset, limit, slice(found, offset, limit), facets);
    }

    private static ArticleItem item(ArticleRow a, String snippet) {
        return new ArticleItem(a.id(), a.title(), a.published(), a.outlet(), a.source(), snippet,
                a.actorKeys().stream().limit(8).toList(), a.eventTypes(), a.themes(), a.events().size());
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
        Predicate<EventRow> keep = e -> filter.dateIn(e.date())
                && (filter.actor() == null || e.involves(filter.actor()))
                && (with == null || e.involves(with))
                && (filter.type() == null || e.type().name().equals(filter.type())) && filter.accepts(e);
        List<EventRow> all = catalog.eventsByDate().stream().filter(keep).toList();
        List<EventRow> ordered = switch (sort) {
            case date -> all;
            case latest -> latestFirst(all);
            case score -> all.stream().sorted(Comparator.comparingInt(EventRow::score).reversed()).toList();
            case conflict -> all.stream().sorted(Comparator.comparingInt(EventRow::score)).toList();
        };
        return new Page<>(all.size(), offset, limit, slice(ordered, offset, limit));
    }

    /** Dated events newest first, then the undated ones, from a list in date order. */
    private static List<EventRow> latestFirst(List<EventRow> byDate) {
        List<EventRow> dated = new ArrayList<>(byDate.stream().filter(e -> e.date() != null).toList());
        Collections.reverse(dated);
        dated.addAll(byDate.stream().filter(e -> e.date() == null).toList());
        return dated;
    }

    /** Events of one month: how many of each type, and how many cooperate or conflict. */
    record Month(String month, long cooperation, long conflict, Map<EventType, Long> byType) {
    }

    record ActorSummary(String key, String name, String kind, long articles, long mentions) {
    }

    List<ActorSummary> actors(String query, int limit) {
        String q = query == null ? null : query.toLowerCase(Locale.ROOT);
        Map<String, List<ActorRow>> byKey = new LinkedHashMap<>();
        catalog.articles().forEach(a -> a.actors().forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                .add(r)));
        return byKey.values().stream()
                .map(rs -> new ActorSummary(rs.get(0).key(), rs.get(0).name(), rs.get(0).kind().name(), rs.size(),
                        rs.stream().mapToLong(ActorRow::mentions).sum()))
                .filter(s -> q == null || s.name().toLowerCase(Locale.ROOT).contains(q)
                        || s.key().toLowerCase(Locale.ROOT).contains(q))
                .sorted(Comparator.comparingLong(ActorSummary::articles).reversed().thenComparing(ActorSummary::key))
                .limit(limit).toList();
    }

    record ActorProfile(String key, String name, String kind, String country, long articles, long mentions,
                        long events, List<Month> months, List<Facet> partners, List<EventRow> recentEvents,
                        List<QuoteRow> quotes, List<AgreementRow> agreements) {
    }

    Optional<ActorProfile> actor(String key) {
        List<ActorRow> rows = catalog.articles().stream().flatMap(a -> a.actors().stream())
                .filter(r -> r.key().equals(key)).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ActorRow first = rows.get(0);
        List<EventRow> events = catalog.eventsByDate().stream().filter(e -> e.involves(key)).toList();
        List<Facet> partners = labelled(Catalog.counts(events, e -> Stream.concat(e.actors().stream(),
                e.recipients().stream()).filter(p -> !p.is(key)).map(Participant::key).distinct().toList(), FACET_SIZE));
        List<QuoteRow> quotes = catalog.articles().stream().flatMap(a -> a.quotes().stream())
                .filter(q -> key.equals(q.speakerKey()) || key.equals(q.onBehalfOf())).limit(50).toList();
        return Optional.of(new ActorProfile(key, first.name(), first.kind().name(), first.country(), rows.size(),
                rows.stream().mapToLong(ActorRow::mentions).sum(), events.size(), months(events), partners,
                events.subList(Math.max(0, events.size() - 50), events.size()), quotes,
                agreements(key).stream().limit(AGREEMENTS_SHOWN).toList()));
    }

    record Dyad(String a, String aName, String b, String bName, long events, double meanScore, long cooperation,
                long conflict, Map<EventType, Long> byType, List<Month> months, List<EventRow> recentEvents,
                List<AgreementRow> agreements) {
    }

    /** Events in which both take part, whoever acts; the mean score is PLOVER's, from +8 to −10. */
    Dyad dyad(String a, String b) {
        List<EventRow> events = catalog.eventsByDate().stream().filter(e -> e.involves(a) && e.involves(b)).toList();
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        events.forEach(e -> byType.merge(e.type(), 1L, Long::sum));
        double mean = events.stream().mapToInt(EventRow::score).average().orElse(0);
        List<AgreementRow> agreements = agreements(a).stream()
                .filter(g -> g.parties().stream().anyMatch(p -> p.is(b))).limit(AGREEMENTS_SHOWN).toList();
        return new Dyad(a, name(a), b, name(b), events.size(), Math.round(mean * 100) / 100.0,
                events.stream().filter(e -> e.score() > 0).count(), events.stream().filter(e -> e.score() < 0).count(),
                byType, months(events), events.subList(Math.max(0, events.size() - 100), events.size()), agreements);
    }

    List<QuoteRow> quotes(String speaker, int limit) {
        String s = speaker == null ? null : speaker.toLowerCase(Locale.ROOT);
        return catalog.articles().stream().flatMap(a -> a.quotes().stream())
                .filter(q -> s == null || q.speakerName() != null && q.speakerName().toLowerCase(Locale.ROOT).contains(s)
                        || s.equalsIgnoreCase(q.speakerKey()) || s.equalsIgnoreCase(q.onBehalfOf()))
                .sorted(Comparator.comparing(QuoteRow::speakerName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(QuoteRow::articleId).thenComparing(QuoteRow::quoteId))
                .limit(limit).toList();
    }

    /** Every agreement a party is party to, each consolidated agreement once; every agreement without a party. */
    List<AgreementRow> agreements(String party) {
        return catalog.agreements().stream()
                .filter(g -> party == null || g.parties().stream().anyMatch(p -> p.is(party))).toList();
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
        return catalog.findEvent(id).flatMap(row -> catalog.findConsolidated(id).map(c -> new Reports(row,
                c.mentions().stream().map(m -> new Report(m.articleId(),
                        catalog.find(m.articleId()).map(ArticleRow::title).orElse(null),
                        m.published() == null ? null : m.published().toString(), m.outlet(), m.eventId(),
                        m.trigger().text(), m.trigger().span().begin(), m.trigger().span().end(), m.confidence()))
                        .toList())));
    }

    record PlacePoint(String name, double latitude, double longitude, long events, long cooperation, long conflict) {
    }

    /** Where events happened, one point per place name and position. */
    List<PlacePoint> places(Filter filter) {
        Map<String, List<EventRow>> byPlace = new TreeMap<>();
        catalog.eventsByDate().stream()
                .filter(e -> e.latitude() != null && e.longitude() != null && filter.dateIn(e.date())
                        && (filter.actor() == null || e.involves(filter.actor()))
                        && (filter.type() == null || e.type().name().equals(filter.type())))
                .forEach(e -> byPlace.computeIfAbsent(e.place() + "|" + e.latitude() + "|" + e.longitude(),
                        k -> new ArrayList<>()).add(e));
        return byPlace.values().stream().map(es -> new PlacePoint(es.get(0).place(), es.get(0).latitude(),
                es.get(0).longitude(), es.size(), es.stream().filter(e -> e.score() > 0).count(),
                es.stream().filter(e -> e.score() < 0).count())).toList();
    }

    /** The name of an actor key, as the first article naming it gives it; the key itself when none does. */
    String name(String key) {
        return catalog.name(key);
    }

    private static List<Month> months(List<EventRow> events) {
        Map<String, List<EventRow>> byMonth = new TreeMap<>();
        events.stream().filter(e -> e.month() != null)
                .forEach(e -> byMonth.computeIfAbsent(e.month(), k -> new ArrayList<>()).add(e));
        return byMonth.entrySet().stream().map(m -> {
            Map<EventType, Long> byType = new EnumMap<>(EventType.class);
            m.getValue().forEach(e -> byType.merge(e.type(), 1L, Long::sum));
            return new Month(m.getKey(), m.getValue().stream().filter(e -> e.score() > 0).count(),
                    m.getValue().stream().filter(e -> e.score() < 0).count(), byType);
        }).toList();
    }

    private List<Facet> labelled(List<Map.Entry<String, Long>> counts) {
        return counts.stream().map(c -> new Facet(c.getKey(), name(c.getKey()), c.getValue())).toList();
    }

    private static List<Facet> plain(List<Map.Entry<String, Long>> counts) {
        return counts.stream().map(c -> new Facet(c.getKey(), c.getKey(), c.getValue())).toList();
    }

    private static <T> List<T> slice(List<T> all, int offset, int limit) {
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    }
}
