package dev.accord.extract.event;

import dev.accord.model.Attribution;
import dev.accord.model.EventType;
import dev.accord.model.Modality;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModalityAndAttributionTest {

    private static Modality modality(Written w, int verb) {
        return ModalityAndAttribution.modality(w.context(), w.graph(0), w.token(verb));
    }

    @Test
    void aNegationOfTheTriggerNegatesTheEvent() {
        Written w = Written.sentence("Peru did not meet Chile .", "NNP VBD RB VB NNP .", "- do not meet - -")
                .arc("root", -1, 3).arc("nsubj", 3, 0).arc("aux", 3, 1).arc("advmod", 3, 2).arc("obj", 3, 4);
        assertEquals(Modality.NEGATED, modality(w, 3));
    }

    @Test
    void willMakesTheEventFutureAndCouldHypothetical() {
        Written future = Written.sentence("Peru will sign .", "NNP MD VB .", "- will sign -")
                .arc("root", -1, 2).arc("nsubj", 2, 0).arc("aux", 2, 1);
        Written possible = Written.sentence("Peru could sign .", "NNP MD VB .", "- could sign -")
                .arc("root", -1, 2).arc("nsubj", 2, 0).arc("aux", 2, 1);
        assertEquals(Modality.FUTURE, modality(future, 2));
        assertEquals(Modality.HYPOTHETICAL, modality(possible, 2));
    }

    @Test
    void anEventPlannedOrReportedWithWouldIsFuture() {
        Written planned = Written.sentence("Peru plans to sign .", "NNP VBZ TO VB .", "- plan to sign -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("xcomp", 1, 3).arc("mark", 3, 2);
        Written reported = Written.sentence("Peru said it would sign .", "NNP VBD PRP MD VB .",
                        "- say it would sign -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("ccomp", 1, 4).arc("nsubj", 4, 2).arc("aux", 4, 3);
        assertEquals(Modality.FUTURE, modality(planned, 3));
        assertEquals(Modality.FUTURE, modality(reported, 4));
    }

    @Test
    void aHarmfulActHeldOverAConditionIsAThreat() {
        Written w = Written.sentence("Chad will withdraw unless Peru pays .", "NNP MD VB IN NNP VBZ .",
                        "- will withdraw unless - pay -")
                .arc("root", -1, 2).arc("nsubj", 2, 0).arc("aux", 2, 1).arc("advcl:unless", 2, 5)
                .arc("mark", 5, 3).arc("nsubj", 5, 4);
        Draft d = new Triggers(EventLexicon.standard()).verb(w.context(), w.graph(0), w.sentence(0), w.token(2))
                .orElseThrow();
        ModalityAndAttribution.apply(w.context(), w.graph(0), d);
        assertEquals(Modality.FUTURE, d.modality);
        assertEquals(EventType.THREATEN, d.trigger.type());
        assertEquals("130", d.trigger.cameo());
    }

    @Test
    void futureCooperationIsAnIntentAndRefusedCooperationARejection() {
        EventLexicon.Trigger meet = EventLexicon.standard().forVerb("meet", List.of()).orElseThrow();
        EventLexicon.Trigger future = ModalityAndAttribution.recode(meet, Modality.FUTURE);
        assertEquals(EventType.AGREE, future.type());
        assertEquals("036", future.cameo());
        EventLexicon.Trigger refused = ModalityAndAttribution.recode(meet, Modality.NEGATED);
        assertEquals(EventType.REJECT, refused.type());
        assertEquals("125", refused.cameo());
        assertEquals(meet, ModalityAndAttribution.recode(meet, Modality.ASSERTED));
    }

    @Test
    void anEventInsideAQuoteIsAttributedToItsSpeaker() {
        Written w = Written.sentence("Peru said : we will meet Chile .", "NNP VBD : PRP MD VB NNP .",
                        "- say - we will meet - -")
                .quote(3, 6, "person:Ana").state(0, 0, "PER");
        var c = w.context();
        Attribution inQuote = ModalityAndAttribution.attribution(c.quotes, c.token(w.token(5)).span());
        assertEquals("person:Ana", inQuote.speaker());
        assertEquals(Attribution.ARTICLE, ModalityAndAttribution.attribution(c.quotes, c.token(w.token(1)).span()));
    }
}
