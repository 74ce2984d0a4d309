package dev.accord.extract.event;

import dev.accord.extract.WordList;
import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.EventType;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.registry.IgoInfo;
import dev.accord.model.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event coder's step "summits": a summit or meeting named as the subject or object of a holding
 * verb ("the 2nd China-Central Asia Summit was held", "gathered ... for the SCO summit") is one
 * multilateral CONSULT event whose actors are the organisation or format it is of, or its member
 * states where the text lists them. Multi-party events keep their list of actors: a summit of six
 * states is one event, not fifteen dyads.
 */
final class Summits {

    static final Set<String> SUMMIT_NOUNS = WordList.set("summit-nouns");
    private static final Set<String> HOLDING_VERBS = WordList.set("holding-verbs");

    private final ActorRegistry registry;
    private final EventLexicon.Trigger summit;

    Summits(ActorRegistry registry, EventLexicon lexicon) {
        this.registry = registry;
        this.summit = lexicon.forNoun("summit").orElseThrow(() -> new IllegalStateException(
                "events.tsv has no trigger '~summit'; expected one, as the summits are coded by it"));
    }

    /** Adds the sentence's summits to {@code inSentence}, or makes the verb's own event the summit. */
    void apply(EventContext c, ParseGraph g, Sentence s, List<Draft> inSentence) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!SUMMIT_NOUNS.contains(c.lemma(i))) {
                continue;
            }
            int noun = i;
            // The parser may hang "summit" below the organisation's name ("the SCO summit"): climb nouns.
            int top = noun;
            Optional<Integer> verb = Optional.empty();
            for (int step = 0; step < 3 && verb.isEmpty(); step++) {
                int below = top;
                verb = g.parents(below).stream()
                        .filter(d -> d.governor() >= 0 && HOLDING_VERBS.contains(c.lemma(d.governor())))
                        .map(d -> d.governor()).findFirst();
                if (verb.isEmpty()) {
                    Optional<Integer> up = g.parents(below).stream().map(d -> d.governor())
                            .filter(gov -> gov >= 0 && c.token(gov).pos().startsWith("NN")).findFirst();
                    if (up.isEmpty()) {
                        break;
                    }
                    top = up.get();
                }
            }
            if (verb.isEmpty()) {
                continue;
            }
            int verbToken = verb.get();
            Optional<Entity> named = namedEventAt(c, c.token(noun).span());
            TreeSet<Integer> phrase = g.phrase(top);
            phrase.addAll(g.phrase(noun));
            List<Party> parties = between(c, g, noun);
            if (parties.isEmpty()) {
                parties = parties(c, s, phrase, named);
            }
            if (parties.isEmpty()) {
                continue;
            }
            Optional<Draft> existing = inSentence.stream().filter(d -> d.triggerToken == verbToken).findFirst();
            Draft d = existing.orElseGet(() -> new Draft(summit, s.index(), verbToken, c.token(verbToken).span()));
            if (existing.isEmpty()) {
                d.modality = ModalityAndAttribution.modality(c, g, verbToken);
                DatesAndPlaces.apply(c, g, s, d);
                inSentence.add(d);
            } else if (d.trigger.mined() || d.trigger.type() == EventType.CONSULT && d.trigger.mode() == null) {
                // The summit's frame outranks a trigger mined from PETRARCH's verbs ("took place"), as the
                // lexicon outranks them everywhere.
                d.trigger = summit;
            }
            // The summit's own parties replace whatever its subject ("leaders from Asia") would inherit.
            d.actors.clear();
            d.pronounSubject = false;
            d.addActors(parties);
            // An unnamed summit of an organisation is named after it: "Shanghai Cooperation Organization summit".
            boolean ofOrganisation = parties.size() == 1 && parties.get(0).actor().kind() == ActorKind.IGO;
            d.name = named.map(Entity::name).orElse(ofOrganisation ? parties.get(0).actor().name() + " " + c.lemma(noun)
                    : null);
            d.confidence = 0.9;
        }
    }

    /**
     * "a summit between Japan and the European Union", "talks between the two governments": a meeting
     * noun's {@code between} phrase names its parties, whatever format they belong to. Two at least, as
     * the preposition says.
     */
    private static List<Party> between(EventContext c, ParseGraph g, int noun) {
        List<Party> out = new ArrayList<>();
        for (int partner : g.children(noun, "nmod:between")) {
            for (Party p : Parties.parties(c, g, partner)) {
                if (out.stream().noneMatch(o -> o.actor().id().equals(p.actor().id()))) {
                    out.add(p);
                }
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    private List<Party> parties(EventContext c, Sentence s, TreeSet<Integer> phrase, Optional<Entity> named) {
        Optional<IgoInfo> igo = Optional.empty();
        CharSpan igoSpan = null;
        for (int t : phrase) {
            for (Map.Entry<CharSpan, Actor> m : c.mentions.entrySet()) {
                if (m.getKey().contains(c.token(t).span()) && m.getValue().kind() == ActorKind.IGO && igo.isEmpty()) {
                    igo = registry.findIgo(m.getValue().code());
                    igoSpan = m.getKey();
                }
            }
        }
        if (igo.isEmpty() && named.isPresent()) {
            String name = named.get().name();
            for (int end = name.length(); end > 0 && igo.isEmpty(); end = name.lastIndexOf(' ', end - 1)) {
                for (int begin = 0; begin < end && igo.isEmpty(); begin = nextWord(name, begin)) {
                    igo = registry.findIgoByName(name.substring(begin, end).strip());
                }
            }
            igoSpan = named.get().mentions().get(0).span();
        }
        if (igo.isEmpty()) {
            return List.of();
        }
        List<Party> members = listedMembers(c, s, igo.get());
        if (!members.isEmpty()) {
            return members;
        }
        IgoInfo found = igo.get();
        Optional<Actor> actor = c.mentions.values().stream().filter(a -> found.code().equals(a.code())).findFirst();
        CharSpan span = igoSpan;
        return actor.map(a -> List.of(new Party(a, null, span))).orElse(List.of());
    }

    private static int nextWord(String s, int from) {
        int space = s.indexOf(' ', from);
        return space < 0 ? s.length() : space + 1;
    }

    /**
     * "The six countries -- China, Kazakhstan, ..." in this sentence or the next: when the text lists
     * the format's member states, they are the parties.
     */
    private static List<Party> listedMembers(EventContext c, Sentence s, IgoInfo igo) {
        List<Sentence> window = c.annotated.sentences().subList(s.index(), Math.min(s.index() + 2,
                c.annotated.sentences().size()));
        for (Sentence w : window) {
            List<Party> states = new ArrayList<>();
            for (Map.Entry<CharSpan, Actor> m : c.mentions.entrySet()) {
                Actor a = m.getValue();
                if (w.span().contains(m.getKey()) && a.kind() == ActorKind.STATE && igo.members().contains(a.code())
                        && states.stream().noneMatch(p -> p.actor().id().equals(a.id()))) {
                    states.add(new Party(a, null, m.getKey()));
                }
            }
            if (states.size() >= 3 && states.size() == igo.members().size()) {
                return states;
            }
        }
        return List.of();
    }

    private static Optional<Entity> namedEventAt(EventContext c, CharSpan span) {
        return c.entities.stream().filter(e -> e.type() == EntityType.OTHER && "EVENT".equals(e.tag()))
                .filter(e -> e.mentions().stream().anyMatch(m -> m.span().contains(span))).findFirst();
    }
}
