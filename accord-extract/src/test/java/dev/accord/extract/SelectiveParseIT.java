package dev.accord.extract;

import dev.accord.extract.event.EventExtractor;
import dev.accord.model.Actor;
import dev.accord.model.Article;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.ParseSelection;
import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsing only the sentences that can hold an event, with the real pipeline. */
class SelectiveParseIT {

    private static final String TEXT = "The weather in Lima was mild on Friday. Peru and Chile signed a fisheries "
            + "agreement there. The harbour and its boats were old.";
    private static final LocalDate DATE = LocalDate.of(2025, 3, 7);

    private final EventExtractor events = new EventExtractor(ActorRegistry.standard());

    @Test
    void onlyTheSentenceWithAnEventVerbIsParsedAndItsArcsAreThoseOfAFullParse() {
        AnnotatedText full = CoreNlpAnnotator.shared().annotate(TEXT, DATE);
        AnnotatedText lean = CoreNlpAnnotator.shared().annotate(TEXT, DATE, events::needsParse);
        assertEquals(full.tokens(), lean.tokens());
        assertEquals(full.mentions(), lean.mentions());
        assertEquals(3, lean.sentences().size());
        assertTrue(lean.sentences().get(0).dependencies().isEmpty());
        assertEquals(full.sentences().get(1).dependencies(), lean.sentences().get(1).dependencies());
        assertFalse(lean.sentences().get(1).dependencies().isEmpty());
        assertTrue(lean.sentences().get(2).dependencies().isEmpty());
    }

    @Test
    void aSentenceNeedsAParseForAnEventVerbOrASummitNounAndNotOtherwise() {
        AnnotatedText a = CoreNlpAnnotator.shared().annotate(TEXT + " The summit was held in May.", DATE);
        List<Boolean> needs = a.sentences().stream().map(s -> events.needsParse(tokens(a, s))).toList();
        assertEquals(List.of(false, true, false, true), needs);
    }

    @Test
    void parsingChosenSentencesAfterwardsGivesTheArcsOfAParseOfEverySentence() {
        AnnotatedText full = CoreNlpAnnotator.shared().annotate(TEXT, DATE);
        AnnotatedText unparsed = CoreNlpAnnotator.shared().annotate(TEXT, DATE, ParseSelection.NONE);
        assertTrue(unparsed.sentences().stream().allMatch(s -> s.dependencies().isEmpty()));
        AnnotatedText later = CoreNlpAnnotator.shared().parse(unparsed, events::needsParse);
        assertEquals(full.sentences().get(1).dependencies(), later.sentences().get(1).dependencies());
        assertTrue(later.sentences().get(0).dependencies().isEmpty());
        assertTrue(later.sentences().get(2).dependencies().isEmpty());
    }

    @Test
    void onceTheActorsAreKnownATriggerWithNoActorNearItNeedsNoParse() {
        String text = "Peru and Chile signed a fisheries agreement. Fishermen signed a petition about the harbour. "
                + "They signed it in Lima. The summit was held in May.";
        Article article = Article.of("fisheries.txt", null, DATE, "en", text);
        List<Actor> actors = new FactExtractor(CoreNlpAnnotator.shared()).analyze(article).actors();
        AnnotatedText a = CoreNlpAnnotator.shared().annotate(text, DATE, ParseSelection.NONE);
        ParseSelection chosen = events.parseSelection(actors);
        List<Boolean> needs = a.sentences().stream().map(s -> chosen.needsParse(tokens(a, s))).toList();
        assertEquals(List.of(true, false, true, true), needs);
    }

    private static List<Token> tokens(AnnotatedText a, Sentence s) {
        return a.tokens().subList(s.firstToken(), s.endToken());
    }
}
