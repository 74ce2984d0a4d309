package dev.accord.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies analysts' {@link Correction}s to the machine's facts: the one place where a correction
 * overrides the machine, so every view and export shows the same curated facts.
 *
 * <p>Corrections apply in the order they were made, so a later one about the same fact wins. A correction
 * that no longer fits (its event was rejected since, its actor is gone) changes nothing rather than
 * failing: the machine's output it was made against may have been re-derived.
 */
public final class Curation {

    /** The stage name curated facts carry in their provenance. */
    public static final String STAGE = "curation";

    /** The CAMEO root code of each PLOVER type, for events whose type a curator set. */
    private static final Map<EventType, String> CAMEO_ROOTS = cameoRoots();

    private Curation() {
    }

    /** The facts as the curators left them; {@code facts} itself when there are no corrections. */
    public static ArticleFacts apply(ArticleFacts facts, List<Correction> corrections) {
        Objects.requireNonNull(facts, "facts");
        if (corrections.isEmpty()) {
            return facts;
        }
        Map<String, Actor> actors = byId(facts.actors(), Actor::id);
        Map<String, Event> events = byId(facts.events(), Event::id);
        List<Correction> ordered = corrections.stream().sorted(Comparator.comparingLong(Correction::id)).toList();
        Set<String> rejected = new HashSet<>();
        for (Correction c : ordered) {
            if (!c.articleId().equals(facts.article().id())) {
                throw new IllegalArgumentException("correction " + c.id() + " is about article " + c.articleId()
                        + " but was applied to " + facts.article().id());
            }
            switch (c.action()) {
                case REJECT -> rejected.add(c.factId());
                case RETYPE -> events.computeIfPresent(c.factId(), (id, e) -> retyped(e, c));
                case SET_ACTORS -> events.computeIfPresent(c.factId(), (id, e) -> withActors(e, c, actors));
                case SET_DATE -> events.computeIfPresent(c.factId(), (id, e) -> redated(e, c));
                case ADD_EVENT -> added(facts.article(), c, actors).ifPresent(e -> events.put(e.id(), e));
            }
        }
        List<Event> curatedEvents = events.values().stream()
                .filter(e -> !rejected.contains(e.id()))
                .map(e -> withoutActors(e, rejected))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Event::trigger).thenComparing(Event::id))
                .toList();
        return new ArticleFacts(facts.schema(), facts.article(),
                keep(facts.entities(), Entity::id, rejected), keep(facts.times(), TimeExpression::id, rejected),
                keep(facts.places(), Place::id, rejected), keep(facts.themes(), Theme::code, rejected),
                keep(facts.actors(), Actor::id, rejected), keep(facts.quotes(), Quote::id, rejected),
                curatedEvents, keep(facts.agreements(), Agreement::id, rejected));
    }

    /**
     * Throws unless {@code correction} fits {@code facts}: the fact it names exists (an event, for the
     * event corrections), its actors are actors of the article and its trigger lies inside the text.
     * Stores call this before keeping a correction, so that a typo is refused instead of silently ignored.
     */
    public static void check(ArticleFacts facts, Correction correction) {
        Set<String> actorIds = facts.actors().stream().map(Actor::id).collect(Collectors.toSet());
        String where = "correction " + correction.action() + " of article " + facts.article().id();
        if (correction.action() == Correction.Action.REJECT) {
            if (!factIds(facts).contains(correction.factId())) {
                throw new IllegalArgumentException(where + " names fact " + correction.factId()
                        + "; expected the id of one of its facts");
            }
        } else if (correction.action() != Correction.Action.ADD_EVENT
                && facts.events().stream().noneMatch(e -> e.id().equals(correction.factId()))) {
            throw new IllegalArgumentException(where + " names event " + correction.factId()
                    + "; expected the id of one of its events");
        }
        for (String id : concat(correction.actors(), correction.recipients())) {
            if (!actorIds.contains(id)) {
                throw new IllegalArgumentException(where + " names actor " + id + "; expected one of "
                        + actorIds.stream().sorted().toList());
            }
        }
        CharSpan trigger = correction.trigger();
        if (trigger != null && (trigger.end() > facts.article().text().length() || trigger.length() == 0)) {
            throw new IllegalArgumentException(where + " has trigger " + trigger + "; expected words inside its "
                    + facts.article().text().length() + " characters of text");
        }
    }

    /** Every id of a fact in {@code facts} that a curator may reject; themes by their code. */
    private static Set<String> factIds(ArticleFacts facts) {
        Set<String> ids = new HashSet<>();
        facts.entities().forEach(x -> ids.add(x.id()));
        facts.times().forEach(x -> ids.add(x.id()));
        facts.places().forEach(x -> ids.add(x.id()));
        facts.themes().forEach(x -> ids.add(x.code()));
        facts.actors().forEach(x -> ids.add(x.id()));
        facts.quotes().forEach(x -> ids.add(x.id()));
        facts.events().forEach(x -> ids.add(x.id()));
        facts.agreements().forEach(x -> ids.add(x.id()));
        return ids;
    }

    private static Event retyped(Event e, Correction c) {
        return new Event(e.id(), c.type(), e.mode(), e.context(), CAMEO_ROOTS.get(c.type()), e.actors(),
                e.recipients(), e.trigger(), e.place(), e.date(), e.modality(), e.attribution(), e.agreement(),
                e.name(), 1.0, provenance(c));
    }

    private static Event withActors(Event e, Correction c, Map<String, Actor> actors) {
        List<EventArgument> who = arguments(c.actors(), actors);
        if (who.isEmpty()) {
            return e;
        }
        return new Event(e.id(), e.type(), e.mode(), e.context(), e.cameo(), who, arguments(c.recipients(), actors),
                e.trigger(), e.place(), e.date(), e.modality(), e.attribution(), e.agreement(), e.name(), 1.0,
                provenance(c));
    }

    private static Event redated(Event e, Correction c) {
        return new Event(e.id(), e.type(), e.mode(), e.context(), e.cameo(), e.actors(), e.recipients(), e.trigger(),
                e.place(), new EventDate(c.date(), null, null, false), e.modality(), e.attribution(), e.agreement(),
                e.name(), 1.0, provenance(c));
    }

    /** The event a curator added, with id {@code c} and the correction's number. */
    private static Optional<Event> added(Article article, Correction c, Map<String, Actor> actors) {
        List<EventArgument> who = arguments(c.actors(), actors);
        if (who.isEmpty() || c.trigger().end() > article.text().length()) {
            return Optional.empty();
        }
        EventDate date = c.date() == null ? null : new EventDate(c.date(), null, null, false);
        return Optional.of(new Event("c" + c.id(), c.type(), null, null, CAMEO_ROOTS.get(c.type()), who,
                arguments(c.recipients(), actors), Evidence.of(article, c.trigger()), null, date, Modality.ASSERTED,
                Attribution.ARTICLE, null, null, 1.0, provenance(c)));
    }

    /** The event without arguments naming rejected actors; empty when no actor is left. */
    private static Optional<Event> withoutActors(Event e, Set<String> rejected) {
        List<EventArgument> who = e.actors().stream().filter(a -> !rejected.contains(a.actor())).toList();
        if (who.isEmpty()) {
            return Optional.empty();
        }
        List<EventArgument> whom = e.recipients().stream().filter(a -> !rejected.contains(a.actor())).toList();
        if (who.size() == e.actors().size() && whom.size() == e.recipients().size()) {
            return Optional.of(e);
        }
        return Optional.of(new Event(e.id(), e.type(), e.mode(), e.context(), e.cameo(), who, whom, e.trigger(),
                e.place(), e.date(), e.modality(), e.attribution(), e.agreement(), e.name(), e.confidence(),
                e.provenance()));
    }

    /** Arguments for the actor ids that name an actor of the article, each with its first mention. */
    private static List<EventArgument> arguments(List<String> ids, Map<String, Actor> actors) {
        List<EventArgument> found = new ArrayList<>();
        for (String id : ids) {
            Actor a = actors.get(id);
            if (a != null) {
                String code = a.code() != null ? a.code() : a.country();
                found.add(new EventArgument(a.id(), code, a.mentions().get(0).evidence()));
            }
        }
        return found;
    }

    /** Curated facts name the curator and the correction, so an evaluation can tell them from the machine's. */
    private static Provenance provenance(Correction c) {
        return new Provenance(STAGE, AccordVersion.get(), Hashes.sha256Hex16(c.curator(), Long.toString(c.id())));
    }

    private static <T> Map<String, T> byId(List<T> facts, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        facts.forEach(f -> map.put(id.apply(f), f));
        return map;
    }

    private static <T> List<T> keep(List<T> facts, Function<T, String> id, Set<String> rejected) {
        return facts.stream().filter(f -> !rejected.contains(id.apply(f))).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<EventType, String> cameoRoots() {
        Map<EventType, String> roots = new EnumMap<>(EventType.class);
        String[][] pairs = {{"AGREE", "03"}, {"CONSULT", "04"}, {"SUPPORT", "05"}, {"CONCEDE", "08"},
                {"COOPERATE", "06"}, {"AID", "07"}, {"RETREAT", "08"}, {"REQUEST", "02"}, {"ACCUSE", "11"},
                {"REJECT", "12"}, {"THREATEN", "13"}, {"PROTEST", "14"}, {"SANCTION", "16"}, {"MOBILIZE", "15"},
                {"COERCE", "17"}, {"ASSAULT", "18"}};
        for (String[] p : pairs) {
            roots.put(EventType.valueOf(p[0]), p[1]);
        }
        return roots;
    }
}
