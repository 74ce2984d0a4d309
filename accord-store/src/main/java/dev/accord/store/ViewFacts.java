package dev.accord.store;

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
import dev.accord.model.tables.FactTable.Actors;
import dev.accord.model.tables.FactTable.Agreements;
import dev.accord.model.tables.FactTable.Events;
import dev.accord.model.tables.FactTable.Quotes;
import dev.accord.store.ViewRows.ActorRow;
import dev.accord.store.ViewRows.AgreementRow;
import dev.accord.store.ViewRows.ArticleRow;
import dev.accord.store.ViewRows.EventRow;
import dev.accord.store.ViewRows.Participant;
import dev.accord.store.ViewRows.QuoteRow;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The view rows of one article's curated facts, and of a consolidated event or agreement from the rows of its
 * reports. Each value that is a column of the model's fact tables is read through that column, so the views
 * flatten facts as the Spark tables, the stores and the exports do; the rest (profile keys, participants,
 * months) is the views' own.
 */
final class ViewFacts {

    private ViewFacts() {
    }

    static ArticleRow article(ArticleFacts facts) {
        List<String> keys = facts.actors().stream().map(ViewFacts::key).distinct().toList();
        return new ArticleRow(facts.article().id(), facts.article().title(),
                facts.article().published() == null ? null : facts.article().published().toString(),
                facts.article().outlet(), facts.article().url(), facts.article().source(), facts.article().language(),
                keys, facts.themes().stream().map(Theme::code).toList(),
                facts.events().stream().map(e -> e.type().name()).distinct().sorted().toList(), facts.events().size());
    }

    static List<EventRow> events(ArticleFacts facts) {
        String articleId = facts.article().id();
        Map<String, Actor> actors = actors(facts);
        Map<String, Place> places = facts.places().stream().collect(Collectors.toMap(Place::id, p -> p, (a, b) -> a));
        return facts.events().stream().map(e -> {
            String date = Events.DATE.text(facts, e);
            Place place = e.place() == null ? null : places.get(e.place().entity());
            return new EventRow(articleId, facts.article().title(), e.id(), e.type(),
                    Events.SCORE.integer(facts, e), Events.MODE.text(facts, e), date, month(date),
                    participants(e.actors(), actors), participants(e.recipients(), actors),
                    Events.TRIGGER.text(facts, e), Events.PLACE.text(facts, e),
                    place == null ? null : place.latitude(), place == null ? null : place.longitude(),
                    Events.MODALITY.text(facts, e), Events.QUOTED.bool(facts, e),
                    Curation.STAGE.equals(e.provenance().stage()), null, 1,
                    facts.article().outlet() == null ? 0 : 1, facts.article().outlet(), facts.article().url());
        }).toList();
    }

    static List<ActorRow> actorRows(ArticleFacts facts) {
        return facts.actors().stream().map(a -> new ActorRow(key(a), a.id(), a.name(), a.kind(), a.country(),
                Actors.MENTIONS.integer(facts, a))).toList();
    }

    static List<QuoteRow> quotes(ArticleFacts facts) {
        Map<String, Actor> actors = actors(facts);
        return facts.quotes().stream().map(q -> {
            Actor speaker = q.speaker() == null ? null : actors.get(q.speaker());
            return new QuoteRow(facts.article().id(), q.id(), speaker == null ? null : key(speaker),
                    Quotes.SPEAKER_NAME.text(facts, q), Quotes.OFFICIAL.bool(facts, q), q.onBehalfOf(),
                    q.kind().name(), q.text());
        }).toList();
    }

    static List<AgreementRow> agreements(ArticleFacts facts) {
        Map<String, Actor> actors = actors(facts);
        return facts.agreements().stream().map(g -> new AgreementRow(facts.article().id(), g.id(), g.name(),
                g.kind(), g.status(), g.parties().stream().map(actors::get).filter(a -> a != null)
                .map(ViewFacts::participant).toList(), Agreements.DATE.text(facts, g), null, 1)).toList();
    }

    /** One row for a consolidated event, from the rows of its reports (sorted by key, as its mentions are). */
    static EventRow consolidated(ConsolidatedEvent c, List<EventRow> reports) {
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
                reports.stream().anyMatch(EventRow::curated), c.id(), c.reports(), c.outlets().size(), first.outlet(),
                first.url());
    }

    /** One row for a consolidated agreement, from the rows of the mentions it holds, sorted by key. */
    static AgreementRow consolidated(ConsolidatedAgreement c, List<AgreementRow> mentions) {
        Map<String, Participant> parties = new LinkedHashMap<>();
        mentions.forEach(g -> g.parties().forEach(p -> parties.putIfAbsent(p.key(), p)));
        AgreementRow first = mentions.get(0);
        return new AgreementRow(first.articleId(), first.agreementId(), c.name(), c.kind(), c.status(),
                List.copyOf(parties.values()), c.date() == null ? null : c.date().value(), c.id(), c.reports());
    }

    /** Each actor's autocomplete terms, as (term, key): name, code, words of the name and mention texts, lower case. */
    static List<String[]> terms(ArticleFacts facts) {
        Set<List<String>> terms = new LinkedHashSet<>();
        for (Actor a : facts.actors()) {
            String key = key(a);
            Stream.concat(Stream.of(a.name(), a.code(), key), Stream.concat(Stream.of(a.name().split("[\\s\\-]+")),
                            a.mentions().stream().map(m -> m.evidence().text())))
                    .filter(t -> t != null && !t.isBlank() && t.length() <= 80)
                    .forEach(t -> terms.add(List.of(t.strip().toLowerCase(Locale.ROOT), key)));
        }
        return terms.stream().map(t -> new String[] {t.get(0), t.get(1)}).toList();
    }

    /** Every key and state an event's participants give: what the actor and dyad filters match. */
    static Set<String> codes(EventRow e) {
        Set<String> codes = new LinkedHashSet<>();
        Stream.concat(e.actors().stream(), e.recipients().stream()).forEach(p -> {
            codes.add(p.key());
            if (p.state() != null) {
                codes.add(p.state());
            }
        });
        return codes;
    }

    /** The partners of {@code code} in an event, each by the state it acts for (or its key where none is known). */
    static Set<String> partners(EventRow e, String code) {
        return Stream.concat(e.actors().stream(), e.recipients().stream()).filter(p -> !p.is(code))
                .map(p -> p.state() != null ? p.state() : p.key()).filter(p -> !p.equals(code))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A state or IGO is opened by its code, anyone else by its actor id. */
    static String key(Actor a) {
        return (a.kind() == ActorKind.STATE || a.kind() == ActorKind.IGO) && a.code() != null ? a.code() : a.id();
    }

    /** The month of a TIMEX3 date value of at least month granularity, else {@code null}. */
    static String month(String date) {
        return date != null && date.length() >= 7 && date.charAt(4) == '-' && Character.isDigit(date.charAt(5))
                ? date.substring(0, 7) : null;
    }

    private static Map<String, Actor> actors(ArticleFacts facts) {
        return facts.actors().stream().collect(Collectors.toMap(Actor::id, a -> a, (a, b) -> a));
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

    /** The state part of a CAMEO-style code: {@code KAZGOV} acts for {@code KAZ}. */
    private static String stateOf(String cameoCode) {
        return cameoCode == null || cameoCode.length() < 3 ? cameoCode : cameoCode.substring(0, 3);
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
}
