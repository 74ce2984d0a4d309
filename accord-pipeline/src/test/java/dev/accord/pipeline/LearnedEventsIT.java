package dev.accord.pipeline;

import dev.accord.extract.FactExtractor;
import dev.accord.extract.event.EventTypeClassifier;
import dev.accord.extract.event.EventTypeClassifier.Example;
import dev.accord.model.Article;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.EventType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learned classifier inside the whole chain, over the real encoder and parser, on sentences written
 * for this test: it codes a sentence no trigger coded when the main verb's subject is an actor, with or
 * without a recipient, as PLOVER records events whose target the text leaves unnamed; but a statement to
 * no one is no event, however sure the classifier is of its words.
 */
class LearnedEventsIT {

    private static final List<Example> WRITTEN = List.of(
            new Example("Chile sent tons of medicine and blankets to flood victims in Peru.", EventType.AID),
            new Example("Norway delivered food parcels and tents to refugees in Jordan.", EventType.AID),
            new Example("The Red Cross shipped emergency supplies to villages hit by the storm.", EventType.AID),
            new Example("Artillery shelled the border town overnight, killing four soldiers.", EventType.ASSAULT),
            new Example("Fighter jets bombed rebel positions outside the capital.", EventType.ASSAULT),
            new Example("Troops opened fire on a convoy near the frontier.", EventType.ASSAULT),
            new Example("Thousands marched through the capital to demand the minister's resignation.",
                    EventType.PROTEST),
            new Example("Students rallied outside parliament against the new tuition law.", EventType.PROTEST),
            new Example("Dock workers went on strike and blocked the port in protest.", EventType.PROTEST));

    private static final EventTypeClassifier CLASSIFIER = Extraction.classifier(WRITTEN);
    private static final FactExtractor EXTRACTOR = Extraction.extractor(true, Optional.of(CLASSIFIER));

    private static List<Event> events(String text) {
        return EXTRACTOR.analyze(Article.of("learned-test", null, LocalDate.of(2025, 3, 4), "en", text)).events();
    }

    @Test
    void anActorWithNoNamedTargetStillMakesTheLearnedEvent() {
        List<Event> events = events("Syrian troops pounded a hillside village for a second night.");
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals(EventType.ASSAULT, e.type(), e.toString());
        assertEquals(List.of("SYR"), e.actors().stream().map(EventArgument::code).map(c -> c.substring(0, 3)).toList());
        assertTrue(e.recipients().isEmpty(), e.recipients().toString());
    }

    @Test
    void aSubjectThatNamesNoActorMakesNoLearnedEvent() {
        assertTrue(events("Heavy guns pounded a hillside village for a second night.").isEmpty());
    }

    @Test
    void aStatementToNoOneIsNoEventHoweverSureTheClassifier() {
        String sentence = "\"We will march through the streets until the law falls,\" a Syrian union leader said "
                + "after the talks.";
        EventTypeClassifier.Guess guess = CLASSIFIER.guess(sentence);
        assertTrue(guess.probability() >= EventTypeClassifier.THRESHOLD, "the classifier would code it: " + guess);
        assertTrue(events(sentence).isEmpty(), events(sentence).toString());
    }
}
