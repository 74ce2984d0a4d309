package dev.accord.pipeline;

import dev.accord.extract.event.EventTypeClassifier;
import dev.accord.extract.event.EventTypeClassifier.Example;
import dev.accord.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event classifier over the real all-MiniLM-L6-v2 encoder, on sentences written for this test. */
class EventTypeClassifierTest {

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

    @Test
    void learnsTypesFromWrittenSentencesAndCodesNewOnes() {
        EventTypeClassifier classifier = Extraction.classifier(WRITTEN);
        assertEquals(EventType.AID, classifier.guess("Japan flew water purifiers and tents to earthquake survivors.")
                .type());
        assertEquals(EventType.ASSAULT, classifier.guess("Warplanes struck militant camps near the border.").type());
        EventTypeClassifier.Guess protest = classifier.guess("Crowds demonstrated in the square against the government.");
        assertEquals(EventType.PROTEST, protest.type());
        assertTrue(protest.probability() > 1.0 / 3, "better than chance over three types: " + protest.probability());
        assertTrue(classifier.fingerprint().contains("all-MiniLM-L6-v2"), classifier.fingerprint());
    }

    @Test
    void oneTypeIsNothingToLearnAndSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Extraction.classifier(WRITTEN.subList(0, 3)));
        assertTrue(e.getMessage().contains("at least two types"), e.getMessage());
    }
}
