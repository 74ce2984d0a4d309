package dev.accord.server;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Curation;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.Place;
import dev.accord.model.Theme;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** Each actor key's name, as the first article read that names it gives it. */
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** Every event in {@link #BY_DATE} order, rebuilt on the first read after a change; null when stale. */
    private volatile List<EventRow> byDate;

    /** Reads every article's curated facts from the store. */
    static Catalog load(FactStore store) {
        Catalog catalog = new Catalog();
        store.forEachCurated(catalog::update);
        return catalog;
    }

    /** Replaces what the catalog knows of an article by its curated facts. */
    void update(ArticleFacts facts) {
        ArticleRow row = row(facts);
        articles.put(row.id(), row);
        row.actors().forEach(a -> names.putIfAbsent(a.key(), a.name()));
        byDate = null;
    }

    /** The name of an actor key; the key itself when no article names it. */
    String name(String key) {
        return names.getOrDefault(key, key);
    }

    /** Every event, in date order (undated last), so that pages need no sorting of their own. */
    List<EventRow> eventsByDate() {
        List<EventRow> events = byDate;
        if (events == null) {
            events = articles.values().stream().flatMap(a -> a.events().stream()).sorted(BY_DATE).toList();
            byDate = events;
        }
        return events;
    }

    Optional<ArticleRow> find(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    Collection<ArticleRow> articles() {
        return articles.values();
    }

    /** The number of events in the catalog. */
    long eventCount() {
        return articles.values().stream().mapToLong(a -> a.events().size()).sum();
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
                    Curation.STAGE.equals(e.provenance().stage())));
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
                        Agreements.DATE.text(facts, g)))
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
