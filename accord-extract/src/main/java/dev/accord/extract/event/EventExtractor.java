package dev.accord.extract.event;

import dev.accord.extract.Analysis;
import dev.accord.extract.Extractor;
import dev.accord.extract.Slot;
import dev.accord.model.Actor;
import dev.accord.model.Agreement;
import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.Event;
import dev.accord.model.EventType;
import dev.accord.model.Provenance;
import dev.accord.model.Quote;
import dev.accord.model.Theme;
import dev.accord.model.TimeExpression;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.ParseSelection;
import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * PLOVER events and the agreements they sign, read from each sentence's dependency parse by a short
 * chain of named steps, each in its own class:
 * <ol>
 *   <li>{@link Triggers}: the verbs the lexicon codes; {@link Obligations}: "X said Y must ...";</li>
 *   <li>{@link Parties}: who acts and at whom;</li>
 *   <li>{@link ModalityAndAttribution}: negation, future, condition, and whose words it is;</li>
 *   <li>{@link DatesAndPlaces}: where and when;</li>
 *   <li>{@link Summits}: meetings held, with the parties of the format they are of;</li>
 *   <li>{@link Inheritance}: parties taken from the event a pronoun or a group noun points to;</li>
 *   <li>{@link Agreements}: the documents signed or promised, linked to their events.</li>
 * </ol>
 *
 * <p>Precision first: a trigger makes an event only with a subject (or a passive agent, or a summit's
 * members) that resolves to actors; a sentence yields only the events its verbs state. All parties to
 * one verb are one event.
 */
public final class EventExtractor implements Extractor {

    private final EventLexicon lexicon;
    private final Triggers triggers;
    private final ActorRegistry registry;
    private final Parties parties;
    private final Summits summits;
    private final Optional<EventTypeClassifier> classifier;

    /** The chain with the lexicon and the mined triggers, without a classifier. */
    public EventExtractor(ActorRegistry registry) {
        this(registry, true, Optional.empty());
    }

    /**
     * The chain with Accord's lexicon, the triggers mined from PETRARCH2's dictionary when {@code mined}
     * (and it is found), and a learned classifier that codes the parsed sentences where no trigger makes
     * an event ({@link #learned}).
     */
    public EventExtractor(ActorRegistry registry, boolean mined, Optional<EventTypeClassifier> classifier) {
        Objects.requireNonNull(registry, "registry");
        this.lexicon = mined ? EventLexicon.standard() : EventLexicon.own();
        this.triggers = new Triggers(lexicon);
        this.registry = registry;
        this.parties = new Parties(registry);
        this.summits = new Summits(registry, lexicon);
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /**
     * What a user should be told about the event lexicon: that PETRARCH2's verb dictionary was not found
     * and the lexicon alone codes events; empty when it was found.
     */
    public static Optional<String> lexiconNote() {
        return Optional.ofNullable(EventLexicon.note());
    }

    /** What this coder was built from (the mined dictionary, the classifier), for the configuration hash. */
    public String fingerprint() {
        return lexicon.fingerprint() + ";" + classifier.map(EventTypeClassifier::fingerprint).orElse("classifier=none");
    }

    @Override
    public String stage() {
        return "events";
    }

    @Override
    public List<Slot<?>> needs() {
        return List.of(Slot.ARTICLE, Slot.PARSES, Slot.ENTITIES, Slot.TIMES, Slot.THEMES, Slot.ACTORS, Slot.QUOTES);
    }

    @Override
    public List<Slot<?>> provides() {
        return List.of(Slot.EVENTS, Slot.AGREEMENTS);
    }

    /** Reads the parsed annotation: the sentences {@link #parseSelection} chose carry their parses. */
    @Override
    public void extract(Analysis analysis, Provenance provenance) {
        Result r = extract(analysis.get(Slot.ARTICLE), analysis.get(Slot.PARSES), analysis.get(Slot.ENTITIES),
                analysis.get(Slot.TIMES), analysis.get(Slot.THEMES), analysis.get(Slot.ACTORS),
                analysis.get(Slot.QUOTES), provenance);
        analysis.put(Slot.EVENTS, r.events());
        analysis.put(Slot.AGREEMENTS, r.agreements());
    }

    /**
     * Whether a sentence can yield an event, and so needs its dependency parse: it holds a verb the
     * lexicon codes (alone or with a noun) or a summit noun. These are exactly the tokens every event
     * starts from, so skipping the other sentences loses no event.
     */
    public boolean needsParse(List<Token> sentence) {
        return triggers.mayTrigger(sentence);
    }

    /**
     * The sentences that can yield an event once the article's actors are known: those with a summit
     * noun (whose parties may be named anywhere in the article), and those with a trigger verb and
     * either an actor mentioned in the sentence or a subject that takes its actors from an earlier
     * event ("they", "the leaders"). An event's other actors are always mentioned in its sentence, so
     * the sentences left out hold none; they are about a third of those with a trigger.
     */
    public ParseSelection parseSelection(List<Actor> actors) {
        ParseSelection named = namedPartySelection(actors);
        ParseSelection inheriting = inheritingSelection();
        return sentence -> named.needsParse(sentence) || inheriting.needsParse(sentence);
    }

    /**
     * The sentences of {@link #parseSelection} whose events can have parties of their own: a trigger
     * and a summit noun, or a trigger and an actor mentioned in the sentence.
     */
    public ParseSelection namedPartySelection(List<Actor> actors) {
        List<CharSpan> mentions = actors.stream().flatMap(a -> a.mentions().stream())
                .map(m -> m.evidence().span()).toList();
        return sentence -> {
            if (sentence.isEmpty() || !needsParse(sentence)) {
                return false;
            }
            if (sentence.stream().anyMatch(t -> Summits.SUMMIT_NOUNS.contains(EventContext.lemma(t)))) {
                return true;
            }
            CharSpan extent = new CharSpan(sentence.get(0).span().begin(),
                    sentence.get(sentence.size() - 1).span().end());
            return mentions.stream().anyMatch(m -> m.begin() < extent.end() && extent.begin() < m.end());
        };
    }

    /**
     * The sentences with a trigger and a word whose event may take its parties from an earlier one
     * ({@link Inheritance}): a plural pronoun, "it" or a group noun. One that {@link #namedPartySelection}
     * leaves out names no actor and no summit, so its events can only take parties from an event of
     * one of the two sentences before it: it needs its parse only when one of those has an event
     * ({@link #sentencesWithEvents}).
     */
    public ParseSelection inheritingSelection() {
        return sentence -> !sentence.isEmpty() && needsParse(sentence) && sentence.stream()
                .map(EventContext::lemma)
                .anyMatch(lemma -> Parties.PLURAL_PRONOUNS.contains(lemma) || lemma.equals("it")
                        || Parties.GROUP_NOUNS.contains(lemma));
    }

    /** The indices of the sentences of {@code annotated} that {@link #extract} gives an event. */
    public Set<Integer> sentencesWithEvents(Article article, AnnotatedText annotated, List<Entity> entities,
                                            List<TimeExpression> times, List<Theme> themes, List<Actor> actors,
                                            List<Quote> quotes) {
        EventContext c = new EventContext(article, annotated, entities, times, themes, actors, quotes, registry);
        Set<Integer> out = new TreeSet<>();
        drafts(c).forEach(d -> out.add(d.sentence));
        return out;
    }

    /** The events and agreements of one article. */
    public record Result(List<Event> events, List<Agreement> agreements) {
    }

    public Result extract(Article article, AnnotatedText annotated, List<Entity> entities, List<TimeExpression> times,
                          List<Theme> themes, List<Actor> actors, List<Quote> quotes, Provenance provenance) {
        EventContext c = new EventContext(article, annotated, entities, times, themes, actors, quotes, registry);
        List<Draft> drafts = drafts(c);
        List<Agreement> agreements = Agreements.apply(c, drafts, provenance);
        List<Event> events = new ArrayList<>();
        for (Draft d : drafts) {
            events.add(d.build(c, provenance));
        }
        events.sort(Comparator.comparing(Event::trigger));
        return new Result(events, agreements);
    }

    /** The drafts of the parsed sentences, in text order. */
    private List<Draft> drafts(EventContext c) {
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : c.annotated.sentences()) {
            if (!s.dependencies().isEmpty()) {
                drafts.addAll(sentence(c, new ParseGraph(s), s, drafts));
            }
        }
        return drafts;
    }

    /**
     * A sentence reports one event in PETRARCH's frame: its main verb's. So a trigger mined from the
     * dictionary codes a sentence only when none of Accord's own lexicon does, and of several mined ones
     * only the highest in the parse stays (the others sit in its clauses: "demanded that ... be freed").
     * And as PETRARCH codes an event only between a source and a target, a mined (or learned) trigger
     * needs both: an actor and a recipient, coded or not; and its subject must be
     * the actor itself, not a thing an actor has ("China's vision matches ..."): the subject's head is
     * an actor's mention or a noun for a part of a state ("minister", "army").
     */
    private static void keepOneMined(EventContext c, ParseGraph g, List<Draft> inSentence) {
        inSentence.removeIf(d -> d.trigger.mined()
                && (d.recipients.isEmpty() || !subjectIsActor(c, g, d.triggerToken)));
        if (inSentence.stream().anyMatch(d -> !d.trigger.mined())) {
            inSentence.removeIf(d -> d.trigger.mined());
            return;
        }
        inSentence.stream().filter(d -> inSentence.stream().noneMatch(o -> o != d
                        && g.dominates(o.triggerToken, d.triggerToken)))
                .findFirst()
                .ifPresent(top -> inSentence.removeIf(d -> d != top));
    }

    /**
     * A sentence the lexicon makes no event of, coded by the classifier when it is sure enough: the
     * event's trigger is the sentence's main verb (its parse's root), whose subject must name an actor,
     * as for any trigger.
     */
    private Optional<Draft> learned(EventContext c, ParseGraph g, Sentence s) {
        if (classifier.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> root = s.dependencies().stream().filter(d -> d.governor() < 0).map(d -> d.dependent())
                .filter(i -> c.token(i).pos().startsWith("VB")).findFirst();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        // The parties come first: the sentence is encoded only when its main verb has an actor and a
        // recipient, as the encoder costs more than the rest of the chain.
        int i = root.get();
        Draft d = new Draft(new EventLexicon.Trigger(c.lemma(i), null, ROOT_CODES.get(EventType.CONSULT),
                EventType.CONSULT, null, null, true), s.index(), i, c.token(i).span());
        parties.apply(c, g, s, d);
        if (d.actors.isEmpty() || d.recipients.isEmpty() || !subjectIsActor(c, g, i)) {
            return Optional.empty();
        }
        EventTypeClassifier.Guess guess = classifier.get().guess(
                c.article.text().substring(s.span().begin(), s.span().end()));
        if (guess.probability() < EventTypeClassifier.THRESHOLD) {
            return Optional.empty();
        }
        d.trigger = new EventLexicon.Trigger(c.lemma(i), null, ROOT_CODES.get(guess.type()), guess.type(), null, null,
                true);
        // Who is the recipient depends on the type ("demanded that X ...": X), so the parties are read again.
        d.actors.clear();
        d.recipients.clear();
        parties.apply(c, g, s, d);
        if (d.actors.isEmpty() || d.recipients.isEmpty()) {
            return Optional.empty();
        }
        d.confidence = 0.6 * guess.probability();
        ModalityAndAttribution.apply(c, g, d);
        DatesAndPlaces.apply(c, g, s, d);
        return Optional.of(d);
    }

    /** Each PLOVER type's most general CAMEO code, for events the classifier codes by type alone. */
    private static final Map<EventType, String> ROOT_CODES = Map.ofEntries(
            Map.entry(EventType.AGREE, "030"), Map.entry(EventType.CONSULT, "040"),
            Map.entry(EventType.SUPPORT, "050"), Map.entry(EventType.COOPERATE, "060"),
            Map.entry(EventType.AID, "070"), Map.entry(EventType.CONCEDE, "080"),
            Map.entry(EventType.RETREAT, "084"), Map.entry(EventType.REQUEST, "100"),
            Map.entry(EventType.ACCUSE, "110"), Map.entry(EventType.REJECT, "120"),
            Map.entry(EventType.THREATEN, "130"), Map.entry(EventType.PROTEST, "140"),
            Map.entry(EventType.MOBILIZE, "150"), Map.entry(EventType.SANCTION, "160"),
            Map.entry(EventType.COERCE, "170"), Map.entry(EventType.ASSAULT, "190"));

    private static boolean subjectIsActor(EventContext c, ParseGraph g, int verb) {
        for (int subject : g.children(verb, "nsubj")) {
            CharSpan head = c.token(subject).span();
            boolean mention = c.mentions.keySet().stream().anyMatch(m -> m.contains(head));
            if (!mention && Parties.headSector(c.lemma(subject)) == null
                    && !Parties.PLURAL_PRONOUNS.contains(c.lemma(subject))
                    && !Parties.GROUP_NOUNS.contains(c.lemma(subject))) {
                return false;
            }
        }
        return true;
    }

    /** The drafts of one parsed sentence, given those of the sentences before. */
    private List<Draft> sentence(EventContext c, ParseGraph g, Sentence s, List<Draft> earlier) {
        List<Draft> inSentence = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            triggers.verb(c, g, s, i).ifPresent(d -> {
                parties.apply(c, g, s, d);
                ModalityAndAttribution.apply(c, g, d);
                DatesAndPlaces.apply(c, g, s, d);
                inSentence.add(d);
            });
            Obligations.request(c, g, s, i).ifPresent(inSentence::add);
        }
        summits.apply(c, g, s, inSentence);
        for (Draft d : inSentence) {
            Inheritance.apply(d, inSentence, earlier);
            Inheritance.carryDate(c, s, d, earlier);
        }
        inSentence.removeIf(d -> d.actors.isEmpty());
        // "threatened to launch an offensive unless Baghdad accepted its conditions": the condition is
        // what the threat asks of its target, not an event of its own.
        inSentence.removeIf(d -> inSentence.stream().anyMatch(o -> o != d
                && Parties.conditions(c, g, o.triggerToken).contains(d.triggerToken)));
        keepOneMined(c, g, inSentence);
        if (inSentence.isEmpty()) {
            learned(c, g, s).ifPresent(inSentence::add);
        }
        return Agreements.distinctSignings(inSentence);
    }
}
