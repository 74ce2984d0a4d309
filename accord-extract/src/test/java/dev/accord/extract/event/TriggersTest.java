package dev.accord.extract.event;

import dev.accord.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriggersTest {

    private final Triggers triggers = new Triggers(EventLexicon.standard());

    @Test
    void aBareVerbOfTheLexiconIsATriggerWithItsCode() {
        Written w = Written.sentence("Armenia met Azerbaijan .", "NNP VBD NNP .", "- meet - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 2).arc("punct", 1, 3);
        Draft d = triggers.verb(w.context(), w.graph(0), w.sentence(0), w.token(1)).orElseThrow();
        assertEquals(EventType.CONSULT, d.trigger.type());
        assertEquals("040", d.trigger.cameo());
        assertEquals(0.65, d.confidence);
        assertEquals("met", w.article().text().substring(d.triggerSpan.begin(), d.triggerSpan.end()));
    }

    @Test
    void aVerbWithTheNounItNeedsIsTheMoreSpecificTrigger() {
        Written w = Written.sentence("Peru and Chile held talks .", "NNP CC NNP VBD NNS .", "- - - hold talk -")
                .arc("root", -1, 3).arc("nsubj", 3, 0).arc("conj:and", 0, 2).arc("obj", 3, 4);
        Draft d = triggers.verb(w.context(), w.graph(0), w.sentence(0), w.token(3)).orElseThrow();
        assertEquals("046", d.trigger.cameo());
        assertEquals(0.8, d.confidence);
    }

    @Test
    void aModifierOfTheObjectCountsAsUsedAsWellAsByItsLemma() {
        Written w = Written.sentence("Laos received a team of inspectors from Peru .", "NNP VBD DT NN IN NNS IN NNP .",
                        "- receive - team - inspector - - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 3).arc("det", 3, 2).arc("nmod:of", 3, 5)
                .arc("case", 5, 4).arc("obl:from", 1, 7).arc("case", 7, 6);
        Draft d = triggers.verb(w.context(), w.graph(0), w.sentence(0), w.token(1)).orElseThrow();
        assertEquals("0862", d.trigger.cameo(), "the lexicon writes 'receive>inspectors' as used: " + d.trigger);
        assertEquals(EventType.RETREAT, d.trigger.type());
    }

    @Test
    void theVerbATriggerGovernsBelongsToThatTrigger() {
        Written w = Written.sentence("Ghana agreed to cooperate .", "NNP VBD TO VB .", "- agree - cooperate -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("xcomp", 1, 3).arc("mark", 3, 2);
        assertEquals(EventType.AGREE, triggers.verb(w.context(), w.graph(0), w.sentence(0), w.token(1))
                .orElseThrow().trigger.type());
        assertEquals(Optional.empty(), triggers.verb(w.context(), w.graph(0), w.sentence(0), w.token(3)));
    }

    @Test
    void aNounOrAnUncodedVerbIsNoTrigger() {
        Written w = Written.sentence("Oman likes meetings .", "NNP VBZ NNS .", "- like meeting -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 2);
        assertEquals(Optional.empty(), triggers.verb(w.context(), w.graph(0), w.sentence(0), w.token(1)));
        assertEquals(Optional.empty(), triggers.verb(w.context(), w.graph(0), w.sentence(0), w.token(2)));
    }

    @Test
    void aSentenceMayTriggerAnEventOnlyWithACodedVerbOrASummitNoun() {
        assertTrue(triggers.mayTrigger(Written.sentence("The summit opened .", "DT NN VBD .", "- - open -")
                .annotated().tokens()));
        assertTrue(triggers.mayTrigger(Written.sentence("They signed .", "PRP VBD .", "- sign -")
                .annotated().tokens()));
        assertFalse(triggers.mayTrigger(Written.sentence("The weather was fine .", "DT NN VBD JJ .", "- - be - -")
                .annotated().tokens()));
    }
}
