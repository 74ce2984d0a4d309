package dev.accord.extract;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Agreement;
import dev.accord.model.Article;
import dev.accord.model.Attribution;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;
import dev.accord.model.EventType;
import dev.accord.model.Evidence;
import dev.accord.model.Modality;
import dev.accord.model.Provenance;
import dev.accord.model.Quote;
import dev.accord.model.Theme;
import dev.accord.model.TimeExpression;
import dev.accord.model.TimeType;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.registry.IgoInfo;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.ParseSelection;
import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * PLOVER events and the agreements they sign, read from each sentence's dependency parse.
 *
 * <p>Precision first: a trigger from the lexicon makes an event only with a subject (or a passive
 * agent, or a summit's members) that resolves to actors; a sentence yields only the events its verbs
 * state. All parties to one verb are one event. Each event carries its modality (negation, future,
 * condition), its attribution (the quote it sits in), its place and date, and the evidence of every
 * argument. Future cooperation is coded AGREE and future force THREATEN, as the PLOVER manual asks.
 */
public final class EventExtractor {

    private static final Set<String> NEGATIONS = WordList.set("negations");
    private static final Set<String> FUTURE_AUX = WordList.set("future-auxiliaries");
    private static final Set<String> HYPOTHETICAL_AUX = WordList.set("hypothetical-auxiliaries");
    private static final Set<String> INTENT_VERBS = WordList.set("intent-verbs");
    private static final Set<String> SPEECH_VERBS = WordList.set("speech-verbs");
    private static final Set<String> OBLIGATION_AUX = WordList.set("obligation-auxiliaries");
    private static final Set<String> SUMMIT_NOUNS = WordList.set("summit-nouns");
    private static final Set<String> HOLDING_VERBS = WordList.set("holding-verbs");
    private static final Set<String> AGREEMENT_NOUNS = WordList.set("agreement-nouns");
    /** Types whose clause object names who is to act: requests, accusations, rejections, threats. */
    private static final Set<EventType> SPEECH_ACT_TYPES = Set.of(EventType.REQUEST, EventType.ACCUSE,
            EventType.REJECT, EventType.THREATEN);
    /** Types that, negated, are a refusal. */
    private static final Set<EventType> COOPERATIVE = Set.of(EventType.AGREE, EventType.CONSULT, EventType.COOPERATE,
            EventType.AID, EventType.SUPPORT);
    private static final List<String> AGREEMENT_KINDS = WordList.list("agreement-kinds");
    /** Nouns that name the parties of an earlier event without naming them again. */
    private static final Set<String> GROUP_NOUNS = WordList.set("group-nouns");
    private static final Set<String> PLURAL_PRONOUNS = WordList.set("plural-pronouns");

    private final ActorRegistry registry;
    private final EventLexicon lexicon = EventLexicon.standard();

    public EventExtractor(ActorRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public String stage() {
        return "events";
    }

    /**
     * Whether a sentence can yield an event, and so needs its dependency parse: it holds a verb the
     * lexicon codes (alone or with a noun) or a summit noun. These are exactly the tokens every event
     * starts from ({@code verbEvent}, {@code summitEvents}), so skipping the other sentences loses no
     * event.
     */
    public boolean needsParse(List<Token> sentence) {
        for (Token t : sentence) {
            String lemma = lemma(t);
            if (SUMMIT_NOUNS.contains(lemma)
                    || t.pos().startsWith("VB") && (lexicon.forVerb(lemma, List.of()).isPresent()
                    || lexicon.isPairVerb(lemma))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences that can yield an event once the article's actors are known: those with a summit
     * noun (whose parties may be named anywhere in the article), and those with a trigger verb and
     * either an actor mentioned in the sentence or a subject that takes its actors from an earlier
     * event ("they", "the leaders"). An event's other actors are always mentioned in its sentence, so
     * the sentences left out hold none; they are about a third of those with a trigger.
     */
    public ParseSelection parseSelection(List<Actor> actors) {
        List<CharSpan> mentions = actors.stream().flatMap(a -> a.mentions().stream())
                .map(m -> m.evidence().span()).toList();
        return sentence -> {
            if (sentence.isEmpty() || !needsParse(sentence)) {
                return false;
            }
            CharSpan extent = new CharSpan(sentence.get(0).span().begin(), sentence.get(sentence.size() - 1).span().end());
            for (Token t : sentence) {
                String lemma = lemma(t);
                if (SUMMIT_NOUNS.contains(lemma) || PLURAL_PRONOUNS.contains(lemma) || lemma.equals("it")
                        || GROUP_NOUNS.contains(lemma)) {
                    return true;
                }
            }
            return mentions.stream().anyMatch(m -> m.begin() < extent.end() && extent.begin() < m.end());
        };
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The events and agreements of one article. */
    public record Result(List<Event> events, List<Agreement> agreements) {
    }

    public Result extract(Article article, AnnotatedText annotated, List<Entity> entities, List<TimeExpression> times,
                          List<Theme> themes, List<Actor> actors, List<Quote> quotes, Provenance provenance) {
        Context c = new Context(article, annotated, entities, times, themes, actors, quotes);
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            if (s.dependencies().isEmpty()) {
                continue;
            }
            ParseGraph g = new ParseGraph(s);
            List<Draft> inSentence = new ArrayList<>();
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                verbEvent(c, g, s, i, drafts).ifPresent(inSentence::add);
                obligation(c, g, s, i).ifPresent(inSentence::add);
            }
            summitEvents(c, g, s, inSentence);
            for (Draft d : inSentence) {
                inheritArguments(d, inSentence, drafts);
            }
            inSentence.removeIf(d -> d.actors.isEmpty());
            // "signed and issued the Tianjin Declaration" is one signing.
            List<Draft> kept = new ArrayList<>();
            for (Draft d : inSentence) {
                boolean repeat = d.agreementToken != null && kept.stream().anyMatch(k ->
                        d.agreementToken.equals(k.agreementToken) && k.trigger.type() == d.trigger.type());
                if (!repeat) {
                    kept.add(d);
                }
            }
            inSentence = kept;
            drafts.addAll(inSentence);
        }
        List<Agreement> agreements = agreements(c, drafts, provenance);
        List<Event> events = new ArrayList<>();
        for (Draft d : drafts) {
            events.add(d.build(c, provenance));
        }
        events.sort(Comparator.comparing(Event::trigger));
        return new Result(events, agreements);
    }

    /** What every step needs to see of the article. */
    private static final class Context {
        final Article article;
        final AnnotatedText annotated;
        final List<Entity> entities;
        final List<TimeExpression> times;
        final List<Theme> themes;
        final List<Quote> quotes;
        /** Every actor mention by its span. */
        final Map<CharSpan, Actor> mentions = new LinkedHashMap<>();
        final Map<CharSpan, ActorMention> mentionKinds = new LinkedHashMap<>();

        Context(Article article, AnnotatedText annotated, List<Entity> entities, List<TimeExpression> times,
                List<Theme> themes, List<Actor> actors, List<Quote> quotes) {
            this.article = article;
            this.annotated = annotated;
            this.entities = entities;
            this.times = times;
            this.themes = themes;
            this.quotes = quotes;
            for (Actor a : actors) {
                for (ActorMention m : a.mentions()) {
                    mentions.put(m.evidence().span(), a);
                    mentionKinds.put(m.evidence().span(), m);
                }
            }
        }

        Token token(int i) {
            return annotated.tokens().get(i);
        }

        String lemma(int i) {
            return EventExtractor.lemma(token(i));
        }
    }

    /** An actor in an event while the event is built. */
    private record Party(Actor actor, String sector, CharSpan span) {
    }

    /** An event while it is built. */
    private static final class Draft {
        EventLexicon.Trigger trigger;
        int sentence;
        int triggerToken;
        CharSpan triggerSpan;
        final List<Party> actors = new ArrayList<>();
        final List<Party> recipients = new ArrayList<>();
        boolean pronounSubject;
        EventPlace place;
        TimeExpression time;
        Modality modality = Modality.ASSERTED;
        String name;
        String agreement;
        Integer agreementToken;
        double confidence;

        void addActors(List<Party> parties) {
            for (Party p : parties) {
                if (actors.stream().noneMatch(a -> a.actor().id().equals(p.actor().id()))) {
                    actors.add(p);
                }
            }
        }

        Event build(Context c, Provenance provenance) {
            EventType type = trigger.type();
            String cameo = trigger.cameo();
            if (modality == Modality.FUTURE) {
                String recoded = futureCode(type, cameo);
                type = recoded.equals(cameo) ? type : recoded.startsWith("13") ? EventType.THREATEN : EventType.AGREE;
                cameo = recoded;
            } else if (modality == Modality.NEGATED && COOPERATIVE.contains(type)) {
                // "will not accept", "refused to meet": cooperation refused is a rejection (CAMEO 12).
                cameo = type == EventType.CONSULT ? "125" : "120";
                type = EventType.REJECT;
            }
            String mode = actors.size() + recipients.size() >= 3 && type == EventType.CONSULT && trigger.mode() == null
                    ? "multilateral" : trigger.mode();
            Attribution attribution = c.quotes.stream()
                    .filter(q -> q.parts().stream().anyMatch(p -> p.span().contains(triggerSpan)))
                    .findFirst().map(q -> new Attribution(q.id(), q.speaker())).orElse(Attribution.ARTICLE);
            EventDate date = time != null
                    ? new EventDate(time.value(), time.id(), time.evidence(), false)
                    : c.article.published() == null ? null
                    : new EventDate(c.article.published().toString(), null, null, true);
            // One argument per actor: "the United States and Israel" reaches Israel twice in the parse.
            Set<String> seen = new HashSet<>();
            actors.forEach(a -> seen.add(a.actor().id()));
            List<Party> others = recipients.stream().filter(r -> seen.add(r.actor().id())).toList();
            return new Event("e" + triggerSpan.begin(), type, mode, trigger.context(), cameo,
                    arguments(c, actors), arguments(c, others), Evidence.of(c.article, triggerSpan), place, date,
                    modality, attribution, agreement, name, Math.min(0.95, confidence), provenance);
        }

        private static List<EventArgument> arguments(Context c, List<Party> parties) {
            return parties.stream().map(p -> new EventArgument(p.actor().id(), code(p), Evidence.of(c.article, p.span())))
                    .toList();
        }

        /** ISO alpha-3 (or IGO code) and sector, as CAMEO writes actors: KAZGOV, CHN, SCO. */
        private static String code(Party p) {
            Actor a = p.actor();
            String base = a.kind() == ActorKind.STATE || a.kind() == ActorKind.IGO ? a.code() : a.country();
            if (base == null) {
                return null;
            }
            String sector = p.sector() != null ? p.sector() : a.kind() == ActorKind.STATE || a.kind() == ActorKind.IGO
                    ? null : a.sector();
            return "IGO".equals(sector) ? base : base + (sector == null ? "" : sector);
        }
    }

    /** Future cooperation is an intent to cooperate (AGREE); future force is a threat (THREATEN). */
    static String futureCode(EventType type, String cameo) {
        return switch (type) {
            case CONSULT -> "036";
            case COOPERATE -> cameo.startsWith("061") ? "0311" : "031";
            case AID -> "033";
            case SUPPORT -> "032";
            case CONCEDE, RETREAT -> "035";
            case SANCTION, COERCE -> "131";
            case ASSAULT, MOBILIZE -> "138";
            case PROTEST -> "133";
            default -> cameo;
        };
    }

    private Optional<Draft> verbEvent(Context c, ParseGraph g, Sentence s, int i, List<Draft> earlier) {
        Token t = c.token(i);
        if (!t.pos().startsWith("VB")) {
            return Optional.empty();
        }
        String lemma = c.lemma(i);
        List<String> argumentLemmas = new ArrayList<>();
        for (var d : g.children(i)) {
            if (d.relation().startsWith("obj") || d.relation().startsWith("obl") || d.relation().equals("nsubj:pass")
                    || d.relation().equals("compound:prt")) {
                // The lexicon writes some nouns as lemmas ("talk") and some as used ("sanctions", "ties").
                argumentLemmas.add(c.lemma(d.dependent()));
                argumentLemmas.add(c.token(d.dependent()).word().toLowerCase(Locale.ROOT));
                // "launched a mediation effort", "received a mission of observers": the noun's modifiers count.
                for (var m : g.children(d.dependent())) {
                    if (m.relation().equals("compound") || m.relation().equals("nmod:of")) {
                        argumentLemmas.add(c.lemma(m.dependent()));
                    }
                }
                if (d.relation().startsWith("obl:")) {
                    argumentLemmas.add(d.relation().substring(4));
                }
            }
        }
        Optional<EventLexicon.Trigger> trigger = lexicon.forVerb(lemma, argumentLemmas);
        if (trigger.isEmpty() || governedByTrigger(c, g, i)) {
            return Optional.empty();
        }
        Draft d = new Draft();
        d.trigger = trigger.get();
        d.sentence = s.index();
        d.triggerToken = i;
        d.triggerSpan = t.span();
        d.confidence = trigger.get().specific() ? 0.8 : 0.65;
        boolean passive = !g.children(i, "nsubj:pass").isEmpty() || !g.children(i, "aux:pass").isEmpty();
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
        for (var dep : g.children(i)) {
            String r = dep.relation();
            int a = dep.dependent();
            if (isRecipient(r) && !(r.equals("obj") && (passive || isTriggerNoun(d.trigger, c.lemma(a))))) {
                d.recipients.addAll(parties(c, g, a));
            }
            if (r.equals("obj") && isTriggerNoun(d.trigger, c.lemma(a))) {
                // "shared evidence with the U.S.": the noun's partner is the recipient.
                for (var n : g.children(a)) {
                    if (Set.of("nmod:with", "nmod:to", "nmod:against", "nmod:on").contains(n.relation())) {
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
            // "threatened to break relations with Russia", "offered to hand them over to Britain": the
            // action the trigger announces names whom it is aimed at.
            for (int x : g.children(i, "xcomp")) {
                if (!g.children(x, "nsubj:pass").isEmpty()) {
                    continue;
                }
                for (var dep : g.children(x)) {
                    if (isRecipient(dep.relation())) {
                        d.recipients.addAll(parties(c, g, dep.dependent()));
                    }
                }
            }
        }
        // "..., a state-owned Egyptian newspaper said.": whoever reports the event is not its target,
        // however the parser attached the report.
        int tail = reportingTail(c, s);
        if (t.span().end() <= tail) {
            d.recipients.removeIf(p -> p.span().begin() >= tail);
        }
        if (d.trigger.type() == EventType.CONSULT && "visit".equals(d.trigger.mode())) {
            visitedState(c, g, i).ifPresent(d.recipients::add);
        }
        d.modality = modality(c, g, i);
        if (d.modality != Modality.ASSERTED && d.modality != Modality.NEGATED && !COOPERATIVE.contains(d.trigger.type())
                && conditionalOnUnless(c, g, i)) {
            // "will withdraw its force unless a ceasefire is arranged": a harmful act held over a
            // condition is a threat (CAMEO 13).
            d.trigger = new EventLexicon.Trigger(d.trigger.verb(), d.trigger.noun(), "130", EventType.THREATEN, null,
                    d.trigger.context());
        }
        d.place = place(c, g, i);
        d.time = time(c, s, i);
        return Optional.of(d);
    }

    private static Optional<Party> antecedent(Context c, Sentence s, int pronoun) {
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
     * "X said Y must reach an agreement": a speaker who says another actor must or should act requests
     * it (CAMEO 10), even with no request verb.
     */
    private Optional<Draft> obligation(Context c, ParseGraph g, Sentence s, int speech) {
        if (!SPEECH_VERBS.contains(c.lemma(speech)) || !c.token(speech).pos().startsWith("VB")) {
            return Optional.empty();
        }
        for (int clause : g.children(speech, "ccomp")) {
            Optional<Integer> modal = g.children(clause, "aux").stream()
                    .filter(a -> OBLIGATION_AUX.contains(c.token(a).word().toLowerCase(Locale.ROOT))).findFirst();
            if (modal.isEmpty()) {
                continue;
            }
            Draft d = new Draft();
            d.trigger = new EventLexicon.Trigger(null, null, "100", EventType.REQUEST, null, null);
            d.sentence = s.index();
            d.triggerToken = modal.get();
            d.triggerSpan = c.token(modal.get()).span();
            d.confidence = 0.6;
            for (int subject : g.children(speech, "nsubj")) {
                d.addActors(parties(c, g, subject));
            }
            for (int subject : g.children(clause, "nsubj")) {
                d.recipients.addAll(parties(c, g, subject));
            }
            d.time = time(c, s, speech);
            if (!d.actors.isEmpty() && !d.recipients.isEmpty()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Where a sentence's closing report begins ("..., the UN refugee agency reported."): the sentence's
     * last comma, when it stands among its last ten words and a speech verb among its last three; the
     * sentence's end when there is none.
     */
    private static int reportingTail(Context c, Sentence s) {
        int last = s.endToken() - 1;
        while (last > s.firstToken() && !Character.isLetterOrDigit(c.token(last).word().charAt(0))) {
            last--;
        }
        for (int k = last; k > s.firstToken() && k >= last - 10; k--) {
            if (c.token(k).word().equals(",")) {
                for (int v = k + 1; v <= last; v++) {
                    if (SPEECH_VERBS.contains(c.lemma(v)) && (v == last || v + 2 >= last)) {
                        return c.token(k).span().begin();
                    }
                }
                break;
            }
        }
        return s.span().end();
    }

    /** Whether the verb has a clause introduced by "unless" ({@code advcl}, or enhanced {@code advcl:unless}). */
    private static boolean conditionalOnUnless(Context c, ParseGraph g, int verb) {
        return g.children(verb, "advcl").stream().anyMatch(clause -> g.children(clause, "mark").stream()
                .anyMatch(mark -> c.token(mark).word().equalsIgnoreCase("unless")));
    }

    /** Relations whose dependent is whom an event is aimed at. */
    private static boolean isRecipient(String relation) {
        return Set.of("obj", "iobj", "obl:with", "obl:to", "obl:on", "obl:against", "nmod:with").contains(relation);
    }

    private static boolean isTriggerNoun(EventLexicon.Trigger trigger, String lemma) {
        return trigger.noun() != null && trigger.noun().equals(lemma);
    }

    /** "agreed to cooperate": the inner verb belongs to the outer trigger, which codes the sentence. */
    private boolean governedByTrigger(Context c, ParseGraph g, int i) {
        for (var d : g.parents(i)) {
            if (d.governor() >= 0 && d.relation().equals("xcomp")
                    && lexicon.forVerb(c.lemma(d.governor()), List.of()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token names an agreement: a named document or an agreement noun. */
    private static boolean isAgreementArgument(Context c, int token) {
        CharSpan span = c.token(token).span();
        return documentAt(c, span).isPresent() || AGREEMENT_NOUNS.contains(c.lemma(token));
    }

    private static Optional<Entity> documentAt(Context c, CharSpan span) {
        return c.entities.stream().filter(e -> e.type() == EntityType.OTHER && "DOCUMENT".equals(e.tag()))
                .filter(e -> e.mentions().stream().anyMatch(m -> m.span().contains(span))).findFirst();
    }

    private static Optional<Entity> namedEventAt(Context c, CharSpan span) {
        return c.entities.stream().filter(e -> e.type() == EntityType.OTHER && "EVENT".equals(e.tag()))
                .filter(e -> e.mentions().stream().anyMatch(m -> m.span().contains(span))).findFirst();
    }

    /**
     * The actors a phrase names: the person it is about when a person's name heads it; otherwise every
     * actor named inside it ("Senior Hungarian and Romanian officials", "Leaders of China and
     * Kazakhstan"), with the sector its head noun gives ("officials" are GOV).
     */
    private static List<Party> parties(Context c, ParseGraph g, int head) {
        CharSpan headSpan = c.token(head).span();
        for (Map.Entry<CharSpan, Actor> m : c.mentions.entrySet()) {
            if (m.getKey().contains(headSpan) && m.getValue().kind() == ActorKind.PERSON) {
                return List.of(new Party(m.getValue(), null, m.getKey()));
            }
        }
        TreeSet<Integer> phrase = g.phrase(head);
        CharSpan extent = new CharSpan(c.token(phrase.first()).span().begin(), c.token(phrase.last()).span().end());
        String sector = headSector(c.lemma(head));
        List<Party> out = new ArrayList<>();
        for (Map.Entry<CharSpan, Actor> m : c.mentions.entrySet()) {
            CharSpan span = m.getKey();
            boolean inPhrase = extent.contains(span) && phrase.stream().anyMatch(t -> span.contains(c.token(t).span()));
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
    private static String headSector(String lemma) {
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
    private Optional<Party> visitedState(Context c, ParseGraph g, int verb) {
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

    /** Negation, future, intention and condition from the trigger's auxiliaries and governors. */
    private static Modality modality(Context c, ParseGraph g, int verb) {
        for (var d : g.children(verb)) {
            String w = c.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
                    && NEGATIONS.contains(w)) {
                return Modality.NEGATED;
            }
            if (d.relation().equals("mark") && (w.equals("if") || w.equals("unless"))) {
                return Modality.HYPOTHETICAL;
            }
        }
        for (var d : g.children(verb)) {
            String w = c.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.relation().startsWith("aux") && FUTURE_AUX.contains(w)) {
                return Modality.FUTURE;
            }
            if (d.relation().startsWith("aux") && w.equals("would") && reported(c, g, verb)) {
                // "they said they would boycott": reported speech puts "will" into "would".
                return Modality.FUTURE;
            }
            if (d.relation().startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) {
                return Modality.HYPOTHETICAL;
            }
        }
        for (var d : g.parents(verb)) {
            if (d.governor() >= 0 && d.relation().equals("xcomp") && INTENT_VERBS.contains(c.lemma(d.governor()))) {
                return Modality.FUTURE;
            }
            if (d.governor() >= 0 && d.relation().equals("xcomp")) {
                Modality outer = modality(c, g, d.governor());
                if (outer != Modality.ASSERTED) {
                    return outer;
                }
            }
        }
        return Modality.ASSERTED;
    }

    /** Whether the verb heads the clause a speech verb reports ("said they would ..."). */
    private static boolean reported(Context c, ParseGraph g, int verb) {
        return g.parents(verb).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("ccomp")
                && SPEECH_VERBS.contains(c.lemma(d.governor())));
    }

    /** The place named in the trigger's "in" or "at" phrase, a city before a state. */
    private static EventPlace place(Context c, ParseGraph g, int head) {
        List<Integer> heads = new ArrayList<>(g.children(head, "obl:in"));
        heads.addAll(g.children(head, "obl:at"));
        heads.addAll(g.children(head, "nmod:in"));
        for (int h : heads) {
            TreeSet<Integer> phrase = g.phrase(h);
            EventPlace best = null;
            for (Entity e : c.entities) {
                if (e.type() != EntityType.PLACE && e.type() != EntityType.STATE) {
                    continue;
                }
                for (Evidence m : e.mentions()) {
                    boolean inside = phrase.stream().anyMatch(t -> m.span().contains(c.token(t).span()));
                    if (inside && (best == null || e.type() == EntityType.PLACE && !"REGION".equals(e.tag()))) {
                        best = new EventPlace(e.id(), e.name(), m);
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** The calendar expression of the sentence nearest the trigger. */
    private static TimeExpression time(Context c, Sentence s, int head) {
        CharSpan trigger = c.token(head).span();
        return c.times.stream()
                .filter(t -> s.span().contains(t.evidence().span()))
                .filter(t -> t.type() == TimeType.DATE || t.type() == TimeType.INTERVAL || t.type() == TimeType.TIME)
                .filter(t -> !t.value().endsWith("_REF"))
                .min(Comparator.comparingInt(t -> Math.abs(t.evidence().span().begin() - trigger.begin())))
                .orElse(null);
    }

    /**
     * Summits and meetings named as the subject or object of a holding verb ("the 2nd China-Central Asia
     * Summit was held", "gathered ... for the SCO summit"): one multilateral CONSULT event whose actors
     * are the organisation or format it is of, or its member states where the text lists them.
     */
    private void summitEvents(Context c, ParseGraph g, Sentence s, List<Draft> inSentence) {
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
            List<Party> parties = summitParties(c, s, phrase, named);
            if (parties.isEmpty()) {
                continue;
            }
            Optional<Draft> existing = inSentence.stream().filter(d -> d.triggerToken == verbToken).findFirst();
            Draft d = existing.orElseGet(Draft::new);
            if (existing.isEmpty()) {
                d.trigger = lexicon.forNoun("summit").orElseThrow();
                d.sentence = s.index();
                d.triggerToken = verbToken;
                d.triggerSpan = c.token(verbToken).span();
                d.modality = modality(c, g, verbToken);
                d.place = place(c, g, verbToken);
                d.time = time(c, s, verbToken);
                inSentence.add(d);
            } else if (d.trigger.type() == EventType.CONSULT && d.trigger.mode() == null) {
                d.trigger = lexicon.forNoun("summit").orElseThrow();
            }
            // The summit's own parties replace whatever its subject ("leaders from Asia") would inherit.
            d.actors.clear();
            d.pronounSubject = false;
            d.addActors(parties);
            // An unnamed summit of an organisation is named after it: "Shanghai Cooperation Organization summit".
            d.name = named.map(Entity::name).orElse(parties.size() == 1 && parties.get(0).actor().kind() == ActorKind.IGO
                    ? parties.get(0).actor().name() + " " + c.lemma(noun) : null);
            d.confidence = 0.9;
        }
    }

    private List<Party> summitParties(Context c, Sentence s, TreeSet<Integer> phrase, Optional<Entity> named) {
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
    private static List<Party> listedMembers(Context c, Sentence s, IgoInfo igo) {
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

    /**
     * A signing with no subject of its own ("where the Astana Declaration was signed") is by the
     * parties of the summit in its sentence; "They signed" is by the parties of the last event before.
     */
    private static void inheritArguments(Draft d, List<Draft> inSentence, List<Draft> earlier) {
        Optional<Draft> source = Optional.empty();
        if (d.actors.isEmpty() && d.trigger.type() == EventType.SUPPORT && d.agreementToken != null) {
            source = inSentence.stream().filter(o -> o != d && !o.actors.isEmpty()).findFirst();
        }
        if (d.pronounSubject && source.isEmpty()) {
            // A plural subject names a group: the last event of a group (several parties, or an
            // organisation) within two sentences, else the event just before.
            for (int k = earlier.size() - 1; k >= 0 && source.isEmpty(); k--) {
                Draft o = earlier.get(k);
                boolean group = o.actors.size() >= 2 || o.actors.get(0).actor().kind() == ActorKind.IGO;
                if (d.sentence - o.sentence <= 2 && group) {
                    source = Optional.of(o);
                }
            }
            if (source.isEmpty() && !earlier.isEmpty() && d.sentence - earlier.get(earlier.size() - 1).sentence <= 1) {
                source = Optional.of(earlier.get(earlier.size() - 1));
            }
        }
        source.ifPresent(o -> {
            d.addActors(o.actors);
            if (d.place == null) {
                d.place = o.place;
            }
            if (d.time == null) {
                d.time = o.time;
            }
            if (d.name == null && o.name != null && d.trigger.type() == EventType.CONSULT) {
                d.name = o.name;
            }
        });
    }

    /** Named documents and agreement nouns, linked to the events that sign or promise them. */
    private List<Agreement> agreements(Context c, List<Draft> drafts, Provenance provenance) {
        Map<String, AgreementDraft> byId = new LinkedHashMap<>();
        for (Entity e : c.entities) {
            if (e.type() == EntityType.OTHER && "DOCUMENT".equals(e.tag())) {
                AgreementDraft a = byId.computeIfAbsent("agreement:" + e.id().substring(e.id().indexOf(':') + 1),
                        id -> new AgreementDraft(id, e.name()));
                a.mentions.addAll(e.mentions());
            }
        }
        for (Draft d : drafts) {
            if (d.agreementToken == null || d.trigger.type() != EventType.SUPPORT && d.trigger.type() != EventType.AGREE) {
                continue;
            }
            CharSpan span = c.token(d.agreementToken).span();
            Optional<Entity> doc = documentAt(c, span);
            AgreementDraft a = doc.map(e -> byId.get("agreement:" + e.id().substring(e.id().indexOf(':') + 1)))
                    .orElseGet(() -> byId.computeIfAbsent("agreement:" + c.lemma(d.agreementToken) + "-" + span.begin(),
                            id -> {
                                AgreementDraft fresh = new AgreementDraft(id, c.token(d.agreementToken).word());
                                fresh.mentions.add(Evidence.of(c.article, span));
                                return fresh;
                            }));
            d.agreement = a.id;
            a.events.add(d);
        }
        List<Agreement> out = new ArrayList<>();
        for (AgreementDraft a : byId.values()) {
            out.add(a.build(c, drafts, provenance));
        }
        return out;
    }

    private static final class AgreementDraft {
        final String id;
        final String name;
        final List<Evidence> mentions = new ArrayList<>();
        final List<Draft> events = new ArrayList<>();

        AgreementDraft(String id, String name) {
            this.id = id;
            this.name = name;
        }

        Agreement build(Context c, List<Draft> all, Provenance provenance) {
            Optional<Draft> signing = events.stream().filter(e -> e.trigger.type() == EventType.SUPPORT
                    && e.modality == Modality.ASSERTED).findFirst();
            Optional<Draft> main = signing.or(() -> events.stream().findFirst());
            String status = signing.isPresent() ? "SIGNED" : events.isEmpty() ? "MENTIONED" : "PROMISED";
            List<String> parties = new ArrayList<>();
            main.ifPresent(e -> {
                e.actors.forEach(p -> parties.add(p.actor().id()));
                e.recipients.stream().map(p -> p.actor().id()).filter(id -> !parties.contains(id)).forEach(parties::add);
            });
            EventDate date = main.map(e -> e.time).map(t -> new EventDate(t.value(), t.id(), t.evidence(), false))
                    .orElse(null);
            String signedAt = main.flatMap(e -> all.stream()
                    .filter(o -> o.name != null && o != e && o.sentence <= e.sentence && e.sentence - o.sentence <= 1)
                    .reduce((first, second) -> second)).map(o -> o.name).orElse(null);
            List<String> eventIds = events.stream().map(e -> "e" + e.triggerSpan.begin()).toList();
            List<Evidence> sorted = mentions.stream().sorted().toList();
            // Its topics: the themes named in the sentences that name or sign it.
            List<CharSpan> sentences = new ArrayList<>();
            sorted.forEach(m -> sentences.add(sentenceOf(c, m.span())));
            events.forEach(e -> sentences.add(sentenceOf(c, e.triggerSpan)));
            List<String> topics = c.themes.stream().filter(t -> sentences.stream().anyMatch(t::within))
                    .map(Theme::code).toList();
            return new Agreement(id, name, kindOf(name), status, parties, date, main.map(e -> e.place).orElse(null),
                    signedAt, topics, eventIds, sorted, provenance);
        }
    }

    private static CharSpan sentenceOf(Context c, CharSpan span) {
        return c.annotated.sentences().stream().map(Sentence::span).filter(s -> s.contains(span)).findFirst()
                .orElse(span);
    }

    static String kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String kind : AGREEMENT_KINDS) {
            if (lower.contains(kind)) {
                return kind.equals("communiqué") ? "communique" : kind;
            }
        }
        return "agreement";
    }
}
