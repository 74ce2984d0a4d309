package dev.accord.extract.event;

import dev.accord.model.Agreement;
import dev.accord.model.EntityType;
import dev.accord.model.EventType;
import dev.accord.model.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementsAndObligationsTest {

    private static final Provenance PROVENANCE = new Provenance("events", "test", "0");

    private static Written signing() {
        return Written.sentence("Laos signed the Mekong Accord with Vietnam .", "NNP VBD DT NNP NNP IN NNP .",
                        "- sign - - - - - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 4).arc("det", 4, 2).arc("compound", 4, 3)
                .arc("nmod:with", 4, 6)
                .state(0, 0, "LAO").state(6, 6, "VNM").entity(3, 4, EntityType.OTHER, "DOCUMENT");
    }

    @Test
    void aNamedDocumentSignedIsASignedAgreementOfTheSignersParties() {
        Written w = signing();
        Draft d = w.withParties(w.token(1));
        List<Agreement> agreements = Agreements.apply(w.context(), List.of(d), PROVENANCE);
        assertEquals(1, agreements.size());
        Agreement a = agreements.get(0);
        assertEquals("Mekong Accord", a.name());
        assertEquals("accord", a.kind());
        assertEquals("SIGNED", a.status());
        assertEquals(List.of("state:LAO", "state:VNM"), a.parties());
        assertEquals(List.of(d.id()), a.events());
        assertEquals(a.id(), d.agreement);
    }

    @Test
    void signingOneDocumentTwiceInASentenceIsOneSigning() {
        Written w = signing();
        Draft first = w.withParties(w.token(1));
        Draft second = w.withParties(w.token(1));
        assertEquals(List.of(first), Agreements.distinctSignings(List.of(first, second)));
    }

    @Test
    void theKindOfAnAgreementIsTheFirstKindItsNameHolds() {
        assertEquals("joint statement", Agreements.kindOf("Joint Statement on Water"));
        assertEquals("declaration", Agreements.kindOf("Declaration of the Agreement"));
        assertEquals("communique", Agreements.kindOf("Final Communiqué"));
        assertEquals("agreement", Agreements.kindOf("Lima Understanding"));
    }

    @Test
    void aSpeakerSayingAnotherStateMustActRequestsIt() {
        Written w = Written.sentence("Peru said Chile must withdraw .", "NNP VBD NNP MD VB .",
                        "- say - must withdraw -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("ccomp", 1, 4).arc("nsubj", 4, 2).arc("aux", 4, 3)
                .state(0, 0, "PER").state(2, 2, "CHL");
        Draft d = Obligations.request(w.context(), w.graph(0), w.sentence(0), w.token(1)).orElseThrow();
        assertEquals(EventType.REQUEST, d.trigger.type());
        assertEquals(w.token(3), d.triggerToken);
        assertEquals("state:PER", d.actors.get(0).actor().id());
        assertEquals("state:CHL", d.recipients.get(0).actor().id());
        assertTrue(Obligations.request(w.context(), w.graph(0), w.sentence(0), w.token(4)).isEmpty());
    }
}
