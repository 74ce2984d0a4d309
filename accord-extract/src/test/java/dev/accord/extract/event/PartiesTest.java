package dev.accord.extract.event;

import dev.accord.model.EntityType;
import dev.accord.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartiesTest {

    private static List<String> ids(List<Party> ps) {
        return ps.stream().map(p -> p.actor().id()).toList();
    }

    @Test
    void theSubjectActsAndTheWithPhraseReceives() {
        Written w = Written.sentence("Peru met with Chile .", "NNP VBD IN NNP .", "- meet - - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obl:with", 1, 3).arc("case", 3, 2)
                .state(0, 0, "PER").state(3, 3, "CHL");
        Draft d = w.withParties(w.token(1));
        assertEquals(List.of("state:PER"), ids(d.actors));
        assertEquals(List.of("state:CHL"), ids(d.recipients));
    }

    @Test
    void everyStateInTheSubjectIsAPartyWithTheSectorOfItsHeadNoun() {
        Written w = Written.sentence("Malian and Nigerien officials met .", "JJ CC JJ NNS VBD .",
                        "- - - official meet -")
                .arc("root", -1, 4).arc("nsubj", 4, 3).arc("amod", 3, 0).arc("conj:and", 0, 2).arc("amod", 3, 2)
                .state(0, 0, "MLI").state(2, 2, "NER");
        Draft d = w.withParties(w.token(4));
        assertEquals(List.of("state:MLI", "state:NER"), ids(d.actors));
        assertEquals(List.of("GOV", "GOV"), d.actors.stream().map(Party::sector).toList());
    }

    @Test
    void aPronounSubjectIsTheStateBeforeItInTheSentence() {
        Written w = Written.sentence("Chad said it would withdraw troops .", "NNP VBD PRP MD VB NNS .",
                        "- say it would withdraw troop -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("ccomp", 1, 4).arc("nsubj", 4, 2).arc("aux", 4, 3)
                .arc("obj", 4, 5).state(0, 0, "TCD");
        Draft d = w.withParties(w.token(4));
        assertEquals(List.of("state:TCD"), ids(d.actors));
        assertEquals(false, d.pronounSubject);
    }

    @Test
    void aGroupNounThatNamesNoActorLeavesThePartiesToAnEarlierEvent() {
        Written w = Written.sentence("The leaders signed .", "DT NNS VBD .", "- leader sign -")
                .arc("root", -1, 2).arc("nsubj", 2, 1).arc("det", 1, 0);
        Draft d = w.withParties(w.token(2));
        assertTrue(d.actors.isEmpty());
        assertTrue(d.pronounSubject);
    }

    @Test
    void theReporterAtTheSentencesEndIsNotTheTarget() {
        Written w = Written.sentence("Peru will meet Chile , Bolivia said .", "NNP MD VB NNP , NNP VBD .",
                        "- will meet - - - say -")
                .arc("root", -1, 2).arc("nsubj", 2, 0).arc("aux", 2, 1).arc("obj", 2, 3).arc("obj", 2, 5)
                .state(0, 0, "PER").state(3, 3, "CHL").state(5, 5, "BOL");
        Draft d = w.withParties(w.token(2));
        assertEquals(List.of("state:CHL"), ids(d.recipients));
    }

    @Test
    void aSignedMemorandumIsTheEventsAgreementAndItsWithPhraseReceives() {
        Written w = Written.sentence("Laos signed a memorandum with Vietnam .", "NNP VBD DT NN IN NNP .",
                        "- sign - - - - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 3).arc("det", 3, 2).arc("nmod:with", 3, 5)
                .state(0, 0, "LAO").state(5, 5, "VNM");
        Draft d = w.withParties(w.token(1));
        assertEquals(EventType.SUPPORT, d.trigger.type());
        assertEquals(w.token(3), d.agreementToken);
        // The memorandum's phrase and its "with" both reach Vietnam; the event keeps one argument per actor.
        assertEquals(List.of("state:VNM"), ids(d.recipients).stream().distinct().toList());
    }

    @Test
    void aVisitedCapitalMakesItsStateTheRecipient() {
        // The state must be an actor of the article; here it is named, unattached, later in the sentence.
        Written w = Written.sentence("Peru visited Astana , Kazakhstan .", "NNP VBD NNP , NNP .", "- visit - - - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 2)
                .state(0, 0, "PER").entity(2, 2, EntityType.PLACE, "CITY").state(4, 4, "KAZ");
        Draft d = w.withParties(w.token(1));
        assertEquals(List.of("state:KAZ"), ids(d.recipients));
    }

    @Test
    void aHeadNounGivesTheSectorOfTheStatesThatModifyIt() {
        assertEquals("GOV", Parties.headSector("official"));
        assertEquals("MIL", Parties.headSector("troop"));
        assertEquals(null, Parties.headSector("farmer"));
    }
}
