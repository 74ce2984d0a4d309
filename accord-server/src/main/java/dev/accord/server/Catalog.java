package dev.accord.server;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Curation;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.Place;
import dev.accord.model.Theme;
import dev.accord.model.consolidated.ConsolidatedAgreement;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.ConsolidationChanges;
import dev.accord.model.consolidated.ConsolidationDelta;
import dev.accord.model.consolidated.MentionKeys;
import dev.accord.model.tables.FactTable.Actors;
import dev.accord.model.tables.FactTable.Agreements;
import dev.accord.model.tables.FactTable.Events;
import dev.accord.model.tables.FactTable.Quotes;
import dev.accord.server.Rows.ActorRow;
import dev.accord.server.Rows.AgreementRow;
import dev.accord.server.Rows.ArticleRow;
import dev.accord.server.Rows.EventRow;
import dev.accord.server.Rows.Participant;
import dev.accord.server.Rows.QuoteRow;
import dev.accord.store.FactStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The curated facts of every stored article, as small rows in memory: what the event, actor, dyad, quote,
 * agreement and map views read. The store stays the source of truth (full text, an article's facts,
 * corrections); the catalog is built from it at start and updated for each article that is added or
 * corrected, so every view shows the corrections.
 *
 * <p>Each value that is a column of the model's fact tables is read through that column
 * ({@link dev.accord.model.tables.FactTable}), so the views flatten facts as the Spark tables, the stores
 * and the exports do; the rest (profile keys, participants, months) is the views' own.
 */
final class Catalog {

    private final Map<String, ArticleRow> articles = new ConcurrentHashMap<>();
    /** The consolidated events and agreements, by id, as the store keeps them. */
    private final Map<String, ConsolidatedEvent> consolidatedEvents = new ConcurrentHashMap<>();
    private final Map<String, ConsolidatedAgreement> consolidatedAgreements = new ConcurrentHashMap<>();
    /** Each actor key's name, as the first article read that names it gives it. */
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** Every event in {@link #BY_DATE} order, rebuilt on the first read after a change; null when stale. */
    private volatile EventIndex byDate;
    /** Every agreement, consolidated, by name; null when stale. */
    private volatile List<AgreementRow> agreements;

    /** The events the views count, in date order, and the consolidated ones by id. */
    private record EventIndex(List<EventRow> byDate, Map<String, EventRow> byId) {
    }

    /** Reads every article's curated facts and the record across articles from the store. */
    static Catalog load(FactStore store) {
        Catalog catalog = new Catalog();
        store.forEachCurated(catalog::update);
        store.consolidation().forEachEvent(e -> catalog.consolidatedEvents.put(e.id(), e));
        store.consolidation().agreements().forEach(a -> catalog.consolidatedAgreements.put(a.id(), a));
        return catalog;
    }

    /** Replaces what the catalog knows of an article by its curated facts. */
    void update(ArticleFacts facts) {
        ArticleRow row = row(facts);
        articles.put(row.id(), row);
        row.actors().forEach(a -> names.putIfAbsent(a.key(), a.name()));
        stale();
    }

    /** Takes in what consolidation changed: the consolidated events and agreements created, changed and replaced. */
    void update(ConsolidationChanges changes) {
        take(changes.events(), consolidatedEvents, ConsolidatedEvent::id);
        take(changes.agreements(), consolidatedAgreements, ConsolidatedAgreement::id);
        stale();
    }

    private static <T> void take(ConsolidationDelta<T> delta, Map<String, T> into, Function<T, String> id) {
        delta.replaced().keySet().forEach(into::remove);
        delta.removed().forEach(into::remove);
        delta.created().forEach(x -> into.put(id.apply(x), x));
        delta.changed().forEach(x -> into.put(id.apply(x), x));
    }

    private void stale() {
        byDate = null;
        agreements = null;
    }

    /** The consolidated event with this id. */
    Optional<ConsolidatedEvent> findConsolidated(String id) {
        return Optional.ofNullable(consolidatedEvents.get(id));
    }

    /** The row the views show for a consolidated event. */
    Optional<EventRow> findEvent(String id) {
        return Optional.ofNullable(events().byId().get(id));
    }

    /** The name of an actor key; the key itself when no article names it. */
    String name(String key) {
        return names.getOrDefault(key, key);
    }

    /**
     * Every event the views count, in date order (undated last), so that pages need no sorting of their own:
     * each consolidated event once, with its reports, and each article's event that no consolidated event
     * holds as an event of its own.
     */
    List<EventRow> eventsByDate() {
        return events().byDate();
    }

    private EventIndex events() {
        EventIndex events = byDate;
        if (events == null) {
            Map<String, EventRow> reports = new HashMap<>();
            articles.values().forEach(a -> a.events().forEach(e -> reports.put(
                    MentionKeys.of(e.articleId(), e.eventId()), e)));
            List<EventRow> rows = new ArrayList<>();
            Map<String, EventRow> byId = new HashMap<>();
            for (ConsolidatedEvent c : consolidatedEvents.values()) {
                List<EventRow> of = c.mentions().stream().map(m -> reports.remove(m.key()))
                        .filter(Objects::nonNull).toList();
                if (!of.isEmpty()) {
                    EventRow row = consolidated(c, of);
                    rows.add(row);
                    byId.put(c.id(), row);
                }
            }
            rows.addAll(reports.values());
            events = new EventIndex(rows.stream().sorted(BY_DATE).toList(), Map.copyOf(byId));
            byDate = events;
        }
        return events;
    }

    /** One row for a consolidated event, from the rows of its reports (sorted by key, as its mentions are). */
    private static EventRow consolidated(ConsolidatedEvent c, List<EventRow> reports) {
        EventRow first = reports.get(0);
        EventRow placed = c.placeFrom() == null ? first : reports.stream()
                .filter(r -> r.articleId().equals(c.placeFrom().articleId())
                        && r.eventId().equals(c.placeFrom().eventId())).findFirst().orElse(first);
        List<Participant> actors = union(reports, EventRow::actors, Set.of());
        List<Participant> recipients = union(reports, EventRow::recipients,
                actors.stream().map(Participant::key).collect(Collectors.toSet()));
        String date = c.date() == null ? null : c.date().value();
        return new EventRow(first.articleId(), first.articleTitle(), first.eventId(), c.type(), c.type().score(),
                first.mode(), date, month(date), actors, recipients, first.trigger(), placed.place(),
                placed.latitude(), placed.longitude(), c.modality().name(), c.quoted(),
                reports.stream().anyMatch(EventRow::curated), c.id(), c.reports(), c.outlets().size());
    }

    /** The participants of every row, each key once, in the order the rows give them, less {@code except}. */
    private static List<Participant> union(List<EventRow> rows, Function<EventRow, List<Participant>> side,
                                           Set<String> except) {
        Map<String, Participant> byKey = new LinkedHashMap<>();
        rows.forEach(r -> side.apply(r).forEach(p -> {
            if (!except.contains(p.key())) {
                byKey.putIfAbsent(p.key(), p);
            }
        }));
        return List.copyOf(byKey.values());
    }

    /**
     * Every agreement the views list, by name: each consolidated agreement once, with the number of articles
     * that name it, and each article's agreement that no consolidated one holds.
     */
    List<AgreementRow> agreements() {
        List<AgreementRow> all = agreements;
        if (all == null) {
            Map<String, AgreementRow> mentions = new HashMap<>();
            articles.values().forEach(a -> a.agreements().forEach(g -> mentions.put(
                    MentionKeys.of(g.articleId(), g.agreementId()), g)));
            List<AgreementRow> rows = new ArrayList<>();
            for (ConsolidatedAgreement c : consolidatedAgreements.values()) {
                List<AgreementRow> of = c.mentions().stream().map(m -> mentions.remove(m.key()))
                        .filter(Objects::nonNull).toList();
                if (!of.isEmpty()) {
                    Map<String, Participant> parties = new LinkedHashMap<>();
                    of.forEach(g -> g.parties().forEach(p -> parties.putIfAbsent(p.key(), p)));
                    AgreementRow first = of.get(0);
                    rows.add(new AgreementRow(first.articleId(), first.agreementId(), c.name(), c.kind(), c.status(),
                            List.copyOf(parties.values()), c.date() == null ? null : c.date().value(), c.id(),
                            c.reports()));
                }
            }
            rows.addAll(mentions.values());
            all = rows.stream().sorted(Comparator.comparing(AgreementRow::name).thenComparing(AgreementRow::articleId)
                    .thenComparing(AgreementRow::agreementId)).toList();
            agreements = all;
        }
        return all;
    }

    Optional<ArticleRow> find(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    Collection<ArticleRow> articles() {
        return articles.values();
    }

    /** The number of events the views count: consolidated events once each. */
    long eventCount() {
        return eventsByDate().size();
    }

    private static ArticleRow row(ArticleFacts facts) {
        String articleId = facts.article().id();
        Map<String, Actor> actors = facts.actors().stream().collect(Collectors.toMap(Actor::id, a -> a, (a, b) -> a));
        Map<String, Place> places = facts.places().stream().collect(Collectors.toMap(Place::id, p -> p, (a, b) -> a));
        List<EventRow> events = new ArrayList<>();
        for (Event e : facts.events()) {
            String date = Events.DATE.text(facts, e);
            Place place = e.place() == null ? null : places.get(e.place().entity());
            events.add(new EventRow(articleId, facts.article().title(), e.id(), e.type(),
                    Events.SCORE.integer(facts, e), Events.MODE.text(facts, e), date, month(date),
                    participants(e.actors(), actors), participants(e.recipients(), actors),
                    Events.TRIGGER.text(facts, e), Events.PLACE.text(facts, e),
                    place == null ? null : place.latitude(), place == null ? null : place.longitude(),
                    Events.MODALITY.text(facts, e), Events.QUOTED.bool(facts, e),
                    Curation.STAGE.equals(e.provenance().stage()), null, 1, facts.article().outlet() == null ? 0 : 1));
        }
        List<ActorRow> actorRows = facts.actors().stream()
                .map(a -> new ActorRow(key(a), a.id(), a.name(), a.kind(), a.country(),
                        Actors.MENTIONS.integer(facts, a)))
                .toList();
        List<QuoteRow> quotes = facts.quotes().stream().map(q -> {
            Actor speaker = q.speaker() == null ? null : actors.get(q.speaker());
            return new QuoteRow(articleId, q.id(), speaker == null ? null : key(speaker),
                    Quotes.SPEAKER_NAME.text(facts, q), Quotes.OFFICIAL.bool(facts, q), q.onBehalfOf(), q.kind().name(),
                    q.text());
        }).toList();
        List<AgreementRow> agreements = facts.agreements().stream()
                .map(g -> new AgreementRow(articleId, g.id(), g.name(), g.kind(), g.status(),
                        g.parties().stream().map(actors::get).filter(a -> a != null).map(Catalog::participant).toList(),
                        Agreements.DATE.text(facts, g), null, 1))
                .toList();
        return new ArticleRow(articleId, facts.article().title(),
                facts.article().published() == null ? null : facts.article().published().toString(),
                facts.article().outlet(), facts.article().source(),
                new ArrayList<>(actorRows.stream().map(ActorRow::key).collect(Collectors.toCollection(LinkedHashSet::new))),
                facts.themes().stream().map(Theme::code).toList(),
                events.stream().map(e -> e.type().name()).distinct().sorted().toList(),
                events, actorRows, quotes, agreements);
    }

    private static List<Participant> participants(List<EventArgument> arguments, Map<String, Actor> actors) {
        return arguments.stream().map(arg -> {
            Actor a = actors.get(arg.actor());
            return a == null ? new Participant(arg.actor(), arg.evidence().text(), stateOf(arg.code()))
                    : participant(a);
        }).toList();
    }

    private static Participant participant(Actor a) {
        return new Participant(key(a), a.name(), a.code() != null ? a.code() : a.country());
    }

    /** A state or IGO is opened by its code, anyone else by its actor id. */
    static String key(Actor a) {
        return (a.kind() == ActorKind.STATE || a.kind() == ActorKind.IGO) && a.code() != null ? a.code() : a.id();
    }

    /** The state part of a CAMEO-style code: {@code KAZGOV} acts for {@code KAZ}. */
    private static String stateOf(String cameoCode) {
        return cameoCode == null || cameoCode.length() < 3 ? cameoCode : cameoCode.substring(0, 3);
    }

    /** The month of a TIMEX3 date value of at least month granularity, else {@code null}. */
    static String month(String date) {
        return date != null && date.length() >= 7 && date.charAt(4) == '-' && Character.isDigit(date.charAt(5))
                ? date.substring(0, 7) : null;
    }

    /** Counts of {@code key} over {@code items}, largest first, then by key. */
    static <T> List<Map.Entry<String, Long>> counts(Collection<T> items, Function<T, ? extends Collection<String>> key,
                                                    int limit) {
        Map<String, Long> counts = items.stream().flatMap(i -> key.apply(i).stream())
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
    }

    /** Events in date order (undated last), then by article and id, for stable pages. */
    static final Comparator<EventRow> BY_DATE = Comparator
            .comparing(EventRow::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventRow::articleId).thenComparing(EventRow::eventId);
}
