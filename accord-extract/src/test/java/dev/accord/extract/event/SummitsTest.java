package dev.accord.extract.event;

import dev.accord.model.EventType;
import dev.accord.model.registry.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummitsTest {

    private final Summits summits = new Summits(ActorRegistry.standard(), EventLexicon.standard());

    @Test
    void aSummitHeldIsOneMultilateralMeetingOfItsOrganisationNamedAfterIt() {
        Written w = Written.sentence("The SCO summit was held .", "DT NNP NN VBD VBN .", "- - - be hold -")
                .arc("root", -1, 4).arc("nsubj:pass", 4, 2).arc("compound", 2, 1).arc("det", 2, 0)
                .arc("aux:pass", 4, 3)
                .igo(1, 1, "SCO", "Shanghai Cooperation Organisation");
        List<Draft> inSentence = new ArrayList<>();
        summits.apply(w.context(), w.graph(0), w.sentence(0), inSentence);
        assertEquals(1, inSentence.size());
        Draft d = inSentence.get(0);
        assertEquals(EventType.CONSULT, d.trigger.type());
        assertEquals("multilateral", d.trigger.mode());
        assertEquals(List.of("igo:SCO"), d.actors.stream().map(p -> p.actor().id()).toList());
        assertEquals("Shanghai Cooperation Organisation summit", d.name);
        assertEquals(w.token(4), d.triggerToken);
    }

    @Test
    void aSummitOfNoKnownOrganisationOrANounNoHoldingVerbGovernsMakesNoEvent() {
        Written unknown = Written.sentence("The summit was held .", "DT NN VBD VBN .", "- - be hold -")
                .arc("root", -1, 3).arc("nsubj:pass", 3, 1).arc("det", 1, 0).arc("aux:pass", 3, 2);
        Written notHeld = Written.sentence("The SCO summit mattered .", "DT NNP NN VBD .", "- - - matter -")
                .arc("root", -1, 3).arc("nsubj", 3, 2).arc("compound", 2, 1).arc("det", 2, 0)
                .igo(1, 1, "SCO", "Shanghai Cooperation Organisation");
        for (Written w : List.of(unknown, notHeld)) {
            List<Draft> inSentence = new ArrayList<>();
            summits.apply(w.context(), w.graph(0), w.sentence(0), inSentence);
            assertTrue(inSentence.isEmpty());
        }
    }
}
