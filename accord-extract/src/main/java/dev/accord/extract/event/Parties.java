package dev.accord.extract.event;

import dev.accord.extract.WordList;
import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.EventType;
import dev.accord.model.Evidence;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event coder's step "arguments and parties": who acts (the trigger's subject or passive agent,
 * resolved to the article's actors, a pronoun to the state before it) and at whom (objects, "with" and
 * "to" phrases, the subject of a demand's clause, a visited capital's state), and the agreement an
 * event signs. Precision first: a subject that names no actor leaves the event without actors, to be
 * inherited or dropped.
 */
final class Parties {

    private static final Set<String> AGREEMENT_NOUNS = WordList.set("agreement-nouns");
    /** Nouns that name the parties of an earlier event without naming them again. */
    static final Set<String> GROUP_NOUNS = WordList.set("group-nouns");
    static final Set<String> PLURAL_PRONOUNS = WordList.set("plural-pronouns");
    /** Types whose clause object names who is to act: requests, accusations, rejections, threats. */
    private static final Set<EventType> SPEECH_ACT_TYPES = Set.of(EventType.REQUEST, EventType.ACCUSE,
            EventType.REJECT, EventType.THREATEN);
    /** Relations whose dependent is whom an event is aimed at. */
    private static final Set<String> RECIPIENT_RELATIONS = Set.of("obj", "iobj", "obl:with", "obl:to", "obl:on",
            "obl:against", "nmod:with");
    /** Types whose "from" phrase names who loses or is left: "confiscated ... from", "withdrew ... from". */
    private static final Set<EventType> FROM_TYPES = Set.of(EventType.COERCE, EventType.SANCTION, EventType.RETREAT);
    /** Relations by which a trigger noun names its partner ("shared evidence with the U.S."). */
    private static final Set<String> NOUN_PARTNER_RELATIONS = Set.of("nmod:with", "nmod:to", "nmod:against",
            "nmod:on");

    private final ActorRegistry registry;

    Parties(ActorRegistry registry) {
        this.registry = registry;
    }

    /** Fills in the draft's actors, recipients and agreement from the arcs of its trigger. */
    void apply(EventContext c, ParseGraph g, Sentence s, Draft d) {
        int i = d.triggerToken;
        subjects(c, g, s, d);
        boolean passive = !g.children(i, "nsubj:pass").isEmpty() || !g.children(i, "aux:pass").isEmpty();
        for (var dep : g.children(i)) {
            String r = dep.relation();
            int a = dep.dependent();
            boolean triggerNoun = isTriggerNoun(d.trigger, c.lemma(a));
            if (RECIPIENT_RELATIONS.contains(r) && !(r.equals("obj") && (passive || triggerNoun))
                    && !isTopic(c, d, r, a)) {
                d.recipients.addAll(parties(c, g, a));
            }
            if (r.equals("obl:in") && d.trigger.type() == EventType.PROTEST && c.lemma(a).equals("protest")) {
                // "staged a hunger strike in protest against violations by Algerian forces": a protest is
                // against its target (CAMEO 14), and PETRARCH2 codes "* (IN PROTEST)" as one (140, 141, 144).
                d.recipients.addAll(parties(c, g, a));
            }
            if (r.equals("obl:from") && FROM_TYPES.contains(d.trigger.type())) {
                // "confiscated weapons from armed groups", "withdrew its troops from Lebanon".
                d.recipients.addAll(parties(c, g, a));
            }
            if (r.equals("nsubj:pass") && !triggerNoun && !isAgreementArgument(c, a)) {
                // "A camp was attacked by militiamen": the passive subject is the one acted on.
                d.recipients.addAll(parties(c, g, a));
            }
            if (r.equals("obj") && triggerNoun) {
                // "shared evidence with the U.S.": the noun's partner is the recipient.
                for (var n : g.children(a)) {
                    if (NOUN_PARTNER_RELATIONS.contains(n.relation()) && !isTopic(c, d, n.relation(), n.dependent())) {
                        d.recipients.addAll(parties(c, g, n.dependent()));
                    }
                }
            }
            if (r.equals("ccomp") && SPEECH_ACT_TYPES.contains(d.trigger.type())) {
                // "demanded that the US cancel ...": who is to act is the recipient.
                for (int subject : g.children(a, "nsubj")) {
                    d.recipients.addAll(parties(c, g, subject));
                }
            }
            if ((r.equals("obj") || r.equals("nsubj:pass")) && isAgreementArgument(c, a)) {
                d.agreementToken = a;
                for (int with : g.children(a, "nmod:with")) {
                    d.recipients.addAll(parties(c, g, with));
                }
            }
        }
        if (d.recipients.isEmpty()) {
            announcedTarget(c, g, d);
        }
        if (d.recipients.isEmpty() && !ModalityAndAttribution.COOPERATIVE.contains(d.trigger.type())) {
            conditionTarget(c, g, d);
        }
        // "..., a state-owned Egyptian newspaper said.": whoever reports the event is not its target,
        // however the parser attached the report.
        int tail = reportingTail(c, s);
        if (d.triggerSpan.end() <= tail) {
            d.recipients.removeIf(p -> p.span().begin() >= tail);
        }
        if (d.trigger.type() == EventType.CONSULT && "visit".equals(d.trigger.mode())) {
            visitedState(c, g, i).ifPresent(d.recipients::add);
        }
    }

    /** The actors from the trigger's active subjects and passive agents. */
    private static void subjects(EventContext c, ParseGraph g, Sentence s, Draft d) {
        int i = d.triggerToken;
        for (int subject : g.children(i, "nsubj")) {
            if (g.relation(i, subject).equals("nsubj:pass")) {
                continue;
            }
            if (PLURAL_PRONOUNS.contains(c.lemma(subject)) || c.lemma(subject).equals("it")) {
                // "Hungary said it will support ...": the nearest state or organisation before, in the sentence.
                Optional<Party> antecedent = antecedent(c, s, subject);
                antecedent.ifPresent(p -> d.addActors(List.of(p)));
                d.pronounSubject = antecedent.isEmpty();
            }
            List<Party> named = parties(c, g, subject);
            if (named.isEmpty() && GROUP_NOUNS.contains(c.lemma(subject))) {
                // "The six leaders signed ...": the parties of the event just before.
                d.pronounSubject = true;
            }
            d.addActors(named);
        }
        for (int agent : g.children(i, "obl:agent")) {
            d.addActors(parties(c, g, agent));
        }
    }

    /**
     * "threatened to break relations with Russia", "offered to hand them over to Britain": the action
     * the trigger announces names whom it is aimed at.
     */
    private static void announcedTarget(EventContext c, ParseGraph g, Draft d) {
        for (int x : g.children(d.triggerToken, "xcomp")) {
            if (!g.children(x, "nsubj:pass").isEmpty()) {
                continue;
            }
            for (var dep : g.children(x)) {
                if (RECIPIENT_RELATIONS.contains(dep.relation())) {
                    d.recipients.addAll(parties(c, g, dep.dependent()));
                }
            }
        }
    }

    /**
     * "threatened to launch an offensive unless Baghdad accepted its conditions": a threat, or harm held
     * over a condition, is aimed at whoever the condition asks to act (CAMEO 13: a threat is conditional on
     * its target's behaviour).
     */
    private static void conditionTarget(EventContext c, ParseGraph g, Draft d) {
        for (int clause : conditions(c, g, d.triggerToken)) {
            for (int subject : g.children(clause, "nsubj")) {
                d.recipients.addAll(parties(c, g, subject));
            }
        }
    }

    /**
     * The heads of the clauses that state the condition of the event at {@code trigger} ("unless
     * Baghdad accepted", "if talks fail"), of its own verb or of the action it announces.
     */
    static List<Integer> conditions(EventContext c, ParseGraph g, int trigger) {
        List<Integer> verbs = new ArrayList<>(List.of(trigger));
        verbs.addAll(g.children(trigger, "xcomp"));
        List<Integer> out = new ArrayList<>();
        for (int verb : verbs) {
            for (int clause : g.children(verb, "advcl")) {
                boolean condition = g.children(clause, "mark").stream().map(c::lemma)
                        .anyMatch(w -> w.equals("unless") || w.equals("if"));
                if (condition) {
                    out.add(clause);
                }
            }
        }
        return out;
    }

    /**
     * What a meeting is about is no party to it: "discussed the war in Ukraine" (an object that names
     * no actor by its head, or an "against" phrase), "held talks with China on trade" ("on", as for
     * any cooperation: "agreed on the border", "reached an agreement on the fate of Palestinian offices").
     */
    private static boolean isTopic(EventContext c, Draft d, String relation, int argument) {
        EventType type = d.trigger.type();
        if (relation.equals("obl:on") || relation.equals("nmod:on")) {
            return ModalityAndAttribution.COOPERATIVE.contains(type);
        }
        if (relation.equals("obl:against")) {
            // "discussed the war against Ukraine", however the parser attaches it: one meets with a partner.
            return type == EventType.CONSULT;
        }
        return relation.equals("obj") && type == EventType.CONSULT && !namesParty(c, argument);
    }

    /** Whether a noun is itself a party: an actor's mention, a noun for a part of a state, a group or a pronoun. */
    private static boolean namesParty(EventContext c, int head) {
        CharSpan span = c.token(head).span();
        String lemma = c.lemma(head);
        return c.mentions.keySet().stream().anyMatch(m -> m.contains(span)) || headSector(lemma) != null
                || GROUP_NOUNS.contains(lemma) || PLURAL_PRONOUNS.contains(lemma);
    }

    private static Optional<Party> antecedent(EventContext c, Sentence s, int pronoun) {
        CharSpan at = c.token(pronoun).span();
        Map.Entry<CharSpan, Actor> best = null;
        for (Map.Entry<CharSpan, Actor> m : c.mentions.entrySet()) {
            ActorKind kind = m.getValue().kind();
            if (s.span().contains(m.getKey()) && m.getKey().end() <= at.begin()
                    && (kind == ActorKind.STATE || kind == ActorKind.IGO || kind == ActorKind.ORGANIZATION)
                    && (best == null || m.getKey().begin() > best.getKey().begin())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(m -> new Party(m.getValue(), c.mentionKinds.get(m.getKey()).sector(),
                at));
    }

    /**
     * Where a sentence's closing report begins ("..., the UN refugee agency reported."): the sentence's
     * last comma, when it stands among its last ten words and a speech verb among its last three; the
     * sentence's end when there is none.
     */
    static int reportingTail(EventContext c, Sentence s) {
        int last = s.endToken() - 1;
        while (last > s.firstToken() && !Character.isLetterOrDigit(c.token(last).word().charAt(0))) {
            last--;
        }
        for (int k = last; k > s.firstToken() && k >= last - 10; k--) {
            if (c.token(k).word().equals(",")) {
                for (int v = k + 1; v <= last; v++) {
                    if (ModalityAndAttribution.SPEECH_VERBS.contains(c.lemma(v)) && (v == last || v + 2 >= last)) {
                        return c.token(k).span().begin();
                    }
                }
                break;
            }
        }
        return s.span().end();
    }

    private static boolean isTriggerNoun(EventLexicon.Trigger trigger, String lemma) {
        return trigger.noun() != null && trigger.noun().equals(lemma);
    }

    /** Whether the token names an agreement: a named document or an agreement noun. */
    private static boolean isAgreementArgument(EventContext c, int token) {
        CharSpan span = c.token(token).span();
        return Agreements.documentAt(c, span).isPresent() || AGREEMENT_NOUNS.contains(c.lemma(token));
    }

    /**
     * The actors a phrase names: the person it is about when a person's name heads it; otherwise the
     * actors named nearest its head, with the sector its head noun gives ("officials" are GOV). Nearest:
     * by the head and its own modifiers ("Senior Hungarian and Romanian officials", "Poland's
     * parliament", "the Turkish and Greek sides of the island of Cyprus": not Cyprus; "Pakistan, a key
     * U.S. ally": not the United States), else one prepositional phrase or appositive down ("Leaders of
     * China and Kazakhstan", "rebels in Darfur"). An actor named deeper is what a topic is about, not a
     * party: "cancelled restrictions on the use of the Russian language".
     */
    static List<Party> parties(EventContext c, ParseGraph g, int head) {
        CharSpan headSpan = c.token(head).span();
        for (Map.Entry<CharSpan, Actor> m : c.mentions.entrySet()) {
            if (m.getKey().contains(headSpan) && m.getValue().kind() == ActorKind.PERSON) {
                return List.of(new Party(m.getValue(), null, m.getKey()));
            }
        }
        TreeSet<Integer> whole = g.phrase(head);
        List<Party> near = named(c, head, g.phrase(head, 0), whole);
        return near.isEmpty() ? named(c, head, g.phrase(head, 1), whole) : near;
    }

    /**
     * The actors of the phrase {@code whole} headed by {@code head} whose mentions hold a word of
     * {@code near}; a mention inside a longer one of the phrase is left to it.
     */
    private static List<Party> named(EventContext c, int head, TreeSet<Integer> near, TreeSet<Integer> whole) {
        CharSpan extent = new CharSpan(c.token(whole.first()).span().begin(), c.token(whole.last()).span().end());
        String sector = headSector(c.lemma(head));
        List<Party> out = new ArrayList<>();
        for (Map.Entry<CharSpan, Actor> m : c.mentions.entrySet()) {
            CharSpan span = m.getKey();
            boolean inPhrase = extent.contains(span) && near.stream().anyMatch(t -> span.contains(c.token(t).span()));
            boolean nested = c.mentions.keySet().stream()
                    .anyMatch(o -> !o.equals(span) && o.contains(span) && extent.contains(o));
            if (inPhrase && !nested && out.stream().noneMatch(p -> p.actor().id().equals(m.getValue().id()))) {
                String mentionSector = c.mentionKinds.get(span).sector();
                out.add(new Party(m.getValue(), mentionSector != null ? mentionSector : sector, span));
            }
        }
        return out;
    }

    /** The sector a head noun gives the states that modify it. */
    static String headSector(String lemma) {
        return switch (lemma) {
            case "official", "leader", "government", "minister", "diplomat", "authority", "president",
                 "delegation", "envoy", "administration", "ministry", "spokesman", "spokeswoman",
                 "spokesperson", "foreign" -> "GOV";
            case "troop", "army", "military", "force", "soldier", "navy" -> "MIL";
            case "police" -> "COP";
            case "lawmaker", "parliament", "legislator" -> "LEG";
            case "court", "judge" -> "JUD";
            case "company", "firm", "business" -> "BUS";
            default -> null;
        };
    }

    /** "visited Kazakhstan", "visited Astana": the host state is the recipient. */
    private Optional<Party> visitedState(EventContext c, ParseGraph g, int verb) {
        for (int o : g.children(verb, "obj")) {
            CharSpan span = c.token(o).span();
            for (Entity e : c.entities) {
                for (Evidence m : e.mentions()) {
                    if (m.span().contains(span) && e.type() == EntityType.PLACE) {
                        Optional<String> iso = registry.findStateByCapital(e.name()).map(si -> si.iso3());
                        Optional<Actor> state = iso.flatMap(code -> c.mentions.values().stream()
                                .filter(a -> code.equals(a.code()) && a.kind() == ActorKind.STATE).findFirst());
                        if (state.isPresent()) {
                            return Optional.of(new Party(state.get(), null, m.span()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
