package dev.accord.extract;

import dev.accord.extract.event.EventExtractor;
import dev.accord.model.Actor;
import dev.accord.model.Provenance;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Annotator;
import dev.accord.model.text.ParseSelection;
import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stage that parses the sentences the events read, once the actors are known: dependency parses
 * cost most of an article's time, and {@link EventExtractor#parseSelection} leaves out the sentences
 * that cannot yield an event. Its output is the annotation with those parses added; it makes no facts.
 *
 * <p>A sentence chosen only for a word that takes its parties from an earlier event ("they", "the
 * leaders") can yield an event only when one of the two sentences before it has one
 * ({@link EventExtractor#inheritingSelection}). So, with {@value #PARSE_AFTER_EVENTS} on (the default),
 * the sentences that name their parties are parsed first, and such a sentence is parsed once an event
 * is found in one of the two before it, until no more is; the events are those of every sentence
 * {@link EventExtractor#parseSelection} chooses.
 */
final class ParseStage implements Extractor {

    /**
     * The system property that, when "false", parses every sentence {@link EventExtractor#parseSelection}
     * chooses at once, for the same events.
     */
    static final String PARSE_AFTER_EVENTS = "accord.parse.inheritingAfterEvents";

    private final Annotator annotator;
    private final EventExtractor events;
    private final boolean afterEvents;

    ParseStage(Annotator annotator, EventExtractor events) {
        this.annotator = annotator;
        this.events = events;
        this.afterEvents = Boolean.parseBoolean(System.getProperty(PARSE_AFTER_EVENTS, "true"));
    }

    @Override
    public String stage() {
        return "parses";
    }

    @Override
    public List<Slot<?>> needs() {
        return List.of(Slot.ARTICLE, Slot.ANNOTATION, Slot.ENTITIES, Slot.TIMES, Slot.THEMES, Slot.ACTORS,
                Slot.QUOTES);
    }

    @Override
    public List<Slot<?>> provides() {
        return List.of(Slot.PARSES);
    }

    @Override
    public void extract(Analysis analysis, Provenance provenance) {
        AnnotatedText annotation = analysis.get(Slot.ANNOTATION);
        List<Actor> actors = analysis.get(Slot.ACTORS);
        if (!afterEvents) {
            analysis.put(Slot.PARSES, annotator.parse(annotation, events.parseSelection(actors)));
            return;
        }
        AnnotatedText parsed = annotator.parse(annotation, events.namedPartySelection(actors));
        ParseSelection inheriting = events.inheritingSelection();
        Set<Integer> waiting = new HashSet<>();
        for (Sentence s : parsed.sentences()) {
            if (s.dependencies().isEmpty() && inheriting.needsParse(words(parsed, s))) {
                waiting.add(s.index());
            }
        }
        while (mayInherit(parsed, waiting)) {
            Set<Integer> withEvents = events.sentencesWithEvents(analysis.get(Slot.ARTICLE), parsed,
                    analysis.get(Slot.ENTITIES), analysis.get(Slot.TIMES), analysis.get(Slot.THEMES), actors,
                    analysis.get(Slot.QUOTES));
            // Sentences are told apart by where their first word begins.
            Set<Integer> ready = new HashSet<>();
            for (Sentence s : parsed.sentences()) {
                if (waiting.contains(s.index())
                        && (withEvents.contains(s.index() - 1) || withEvents.contains(s.index() - 2))) {
                    waiting.remove(s.index());
                    ready.add(parsed.tokens().get(s.firstToken()).span().begin());
                }
            }
            if (ready.isEmpty()) {
                break;
            }
            parsed = annotator.parse(parsed, words -> ready.contains(words.get(0).span().begin()));
        }
        analysis.put(Slot.PARSES, parsed);
    }

    /**
     * Whether a waiting sentence has a parsed one among the two before it: only a parsed sentence has
     * events, so without one no waiting sentence can inherit, and the events need not be found.
     */
    private static boolean mayInherit(AnnotatedText annotated, Set<Integer> waiting) {
        List<Sentence> sentences = annotated.sentences();
        return waiting.stream().anyMatch(i -> i >= 1 && !sentences.get(i - 1).dependencies().isEmpty()
                || i >= 2 && !sentences.get(i - 2).dependencies().isEmpty());
    }

    private static List<Token> words(AnnotatedText annotated, Sentence s) {
        return annotated.tokens().subList(s.firstToken(), s.endToken());
    }
}
