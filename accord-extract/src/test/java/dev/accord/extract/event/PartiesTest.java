package dev.accord.extract.event;

import dev.accord.model.EntityType;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.EventType;
import dev.accord.model.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartiesTest {

    private static final Provenance PROVENANCE = new Provenance("test", "test", "0");

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
    void anAppositiveDescribesANamedActorAndNamesNoPartyOfItsOwn() {
        Written w = Written.sentence("Peru , a Chilean ally , accused Bolivia .", "NNP , DT JJ NN , VBD NNP .",
                        "- - - - - - accuse - -")
                .arc("root", -1, 6).arc("nsubj", 6, 0).arc("appos", 0, 4).arc("det", 4, 2).arc("amod", 4, 3)
                .arc("obj", 6, 7).state(0, 0, "PER").state(3, 3, "CHL").state(7, 7, "BOL");
        Draft d = w.withParties(w.token(6));
        assertEquals(List.of("state:PER"), ids(d.actors));
        assertEquals(List.of("state:BOL"), ids(d.recipients));
    }

    @Test
    void theStatesModifyingAHeadOutrankAStateNamedInItsPrepositionalPhrase() {
        Written w = Written.sentence("The Malian and Nigerien sides of the border with Algeria accused Chad .",
                        "DT JJ CC JJ NNS IN DT NN IN NNP VBD NNP .", "- - - - side - - - - - accuse - -")
                .arc("root", -1, 10).arc("nsubj", 10, 4).arc("amod", 4, 1).arc("conj:and", 1, 3).arc("amod", 4, 3)
                .arc("nmod:of", 4, 7).arc("case", 7, 5).arc("nmod:with", 7, 9).arc("case", 9, 8).arc("obj", 10, 11)
                .state(1, 1, "MLI").state(3, 3, "NER").state(9, 9, "DZA").state(11, 11, "TCD");
        Draft d = w.withParties(w.token(10));
        assertEquals(List.of("state:MLI", "state:NER"), ids(d.actors));
    }

    @Test
    void aStateOnePrepositionBelowAHeadThatNamesNoneIsTheParty() {
        Written w = Written.sentence("Leaders of Chad accused Niger .", "NNS IN NNP VBD NNP .", "leader - - accuse - -")
                .arc("root", -1, 3).arc("nsubj", 3, 0).arc("nmod:of", 0, 2).arc("case", 2, 1).arc("obj", 3, 4)
                .state(2, 2, "TCD").state(4, 4, "NER");
        Draft d = w.withParties(w.token(3));
        assertEquals(List.of("state:TCD"), ids(d.actors));
        assertEquals(List.of("GOV"), d.actors.stream().map(Party::sector).toList());
    }

    @Test
    void aStateTwoPrepositionsBelowTheObjectIsWhatATopicIsAboutNotTheRecipient() {
        Written w = Written.sentence("Chile cancelled restrictions on the use of Bolivian ports .",
                        "NNP VBD NNS IN DT NN IN JJ NNS .", "- cancel restriction - - - - - port -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 2).arc("nmod:on", 2, 5).arc("case", 5, 3)
                .arc("det", 5, 4).arc("nmod:of", 5, 8).arc("case", 8, 6).arc("amod", 8, 7)
                .state(0, 0, "CHL").state(7, 7, "BOL");
        Draft d = w.withParties(w.token(1));
        assertEquals(EventType.CONCEDE, d.trigger.type());
        assertTrue(d.recipients.isEmpty(), ids(d.recipients).toString());
    }

    @Test
    void theSubjectOfAPassiveIsTheOneActedOn() {
        Written w = Written.sentence("A camp of Malian refugees was attacked by Nigerien troops .",
                        "DT NN IN JJ NNS VBD VBN IN JJ NNS .", "- - - - refugee be attack - - troop -")
                .arc("root", -1, 6).arc("nsubj:pass", 6, 1).arc("det", 1, 0).arc("nmod:of", 1, 4).arc("case", 4, 2)
                .arc("amod", 4, 3).arc("aux:pass", 6, 5).arc("obl:agent", 6, 9).arc("case", 9, 7).arc("amod", 9, 8)
                .state(3, 3, "MLI").state(8, 8, "NER");
        Draft d = w.withParties(w.token(6));
        assertEquals(List.of("state:NER"), ids(d.actors));
        assertEquals(List.of("state:MLI"), ids(d.recipients));
    }

    @Test
    void aThreatIsAimedAtWhomItsConditionAsksToAct() {
        Written w = Written.sentence("Chad threatened to close the border unless Niger paid .",
                        "NNP VBD TO VB DT NN IN NNP VBD .", "- threaten - close - - - - pay -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("xcomp", 1, 3).arc("mark", 3, 2).arc("obj", 3, 5)
                .arc("det", 5, 4).arc("advcl:unless", 3, 8).arc("mark", 8, 6).arc("nsubj", 8, 7)
                .state(0, 0, "TCD").state(7, 7, "NER");
        Draft d = w.withParties(w.token(1));
        assertEquals(List.of("state:NER"), ids(d.recipients));
    }

    @Test
    void whatAMeetingDiscussesIsNoPartyToIt() {
        Written w = Written.sentence("Peru and Chile discussed Bolivia 's claims on Ecuador .",
                        "NNP CC NNP VBD NNP POS NNS IN NNP .", "- - - discuss - - claim - - -")
                .arc("root", -1, 3).arc("nsubj", 3, 0).arc("conj:and", 0, 2).arc("nsubj", 3, 2).arc("cc", 2, 1)
                .arc("obj", 3, 6).arc("nmod:poss", 6, 4).arc("case", 4, 5).arc("nmod:on", 6, 8).arc("case", 8, 7)
                .state(0, 0, "PER").state(2, 2, "CHL").state(4, 4, "BOL").state(8, 8, "ECU");
        Draft d = w.withParties(w.token(3));
        assertEquals(List.of("state:PER", "state:CHL"), ids(d.actors));
        assertTrue(d.recipients.isEmpty(), ids(d.recipients).toString());
    }

    @Test
    void aMeetingWithNoHostIsHadByAllItsPartiesAndAVisitKeepsItsHost() {
        Written met = Written.sentence("Peru met with Chile .", "NNP VBD IN NNP .", "- meet - - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obl:with", 1, 3).arc("case", 3, 2)
                .state(0, 0, "PER").state(3, 3, "CHL");
        Event meeting = met.withParties(met.token(1)).build(met.context(), PROVENANCE);
        assertEquals(List.of("state:PER", "state:CHL"), meeting.actors().stream().map(EventArgument::actor).toList());
        assertTrue(meeting.recipients().isEmpty(), meeting.toString());

        Written visited = Written.sentence("Peru visited Chile .", "NNP VBD NNP .", "- visit - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 2).state(0, 0, "PER").state(2, 2, "CHL");
        Event visit = visited.withParties(visited.token(1)).build(visited.context(), PROVENANCE);
        assertEquals(List.of("state:CHL"), visit.recipients().stream().map(EventArgument::actor).toList());
    }

    @Test
    void whatIsTakenFromAPartyOfTheSameStateMakesTheStateBothActorAndRecipient() {
        Written w = Written.sentence("Chadian police confiscated rifles from Chadian militias .",
                        "JJ NNS VBD NNS IN JJ NNS .", "- police confiscate rifle - - militia -")
                .arc("root", -1, 2).arc("nsubj", 2, 1).arc("amod", 1, 0).arc("obj", 2, 3).arc("obl:from", 2, 6)
                .arc("case", 6, 4).arc("amod", 6, 5).demonym(0, 0, "TCD").demonym(5, 5, "TCD");
        Draft d = w.withParties(w.token(2));
        assertEquals(List.of("state:TCD"), ids(d.recipients));
        Event e = d.build(w.context(), PROVENANCE);
        assertEquals(List.of("TCDCOP"), e.actors().stream().map(EventArgument::code).toList());
        assertEquals(List.of("TCD"), e.recipients().stream().map(EventArgument::code).toList());
    }

    @Test
    void aStatesOwnNameIsNoRecipientOfItsOwnEvent() {
        Written w = Written.sentence("Chad said it would deny entry to Chad .", "NNP VBD PRP MD VB NN TO NNP .",
                        "- say it would deny entry to - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("ccomp", 1, 4).arc("nsubj", 4, 2).arc("aux", 4, 3)
                .arc("obj", 4, 5).arc("obl:to", 4, 7).arc("case", 7, 6).state(0, 0, "TCD").state(7, 7, "TCD");
        Event e = w.withParties(w.token(4)).build(w.context(), PROVENANCE);
        assertEquals(List.of("TCD"), e.actors().stream().map(EventArgument::code).toList());
        assertTrue(e.recipients().isEmpty(), e.toString());
    }

    @Test
    void aHeadNounGivesTheSectorOfTheStatesThatModifyIt() {
        assertEquals("GOV", Parties.headSector("official"));
        assertEquals("MIL", Parties.headSector("troop"));
        assertEquals(null, Parties.headSector("farmer"));
    }

    @Test
    void anOfficialTheTextDoesNotPlaceActsForTheOneStateTheArticleNames() {
        Written one = Written.sentence("President Okello threatened Chadian rebels .", "NNP NNP VBD JJ NNS .",
                        "- - threaten - rebel -")
                .arc("root", -1, 2).arc("nsubj", 2, 1).arc("compound", 1, 0).arc("obj", 2, 4).arc("amod", 4, 3)
                .official(0, 1, "President").demonym(3, 3, "TCD");
        Event e = one.withParties(one.token(2)).build(one.context(), PROVENANCE);
        assertEquals(List.of("TCDGOV"), e.actors().stream().map(EventArgument::code).toList());
        assertEquals(List.of("TCD"), e.recipients().stream().map(EventArgument::code).toList());

        Written noRole = Written.sentence("Okello threatened Chadian rebels .", "NNP VBD JJ NNS .",
                        "- threaten - rebel -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 3).arc("amod", 3, 2)
                .person(0, 0, null).demonym(2, 2, "TCD");
        Event unplaced = noRole.withParties(noRole.token(1)).build(noRole.context(), PROVENANCE);
        assertNull(unplaced.actors().get(0).code(), "a person with no role acts for no state");

        Written visitor = Written.sentence("The novelist Okello visited Chad .", "DT NN NNP VBD NNP .",
                        "- novelist - visit - -")
                .arc("root", -1, 3).arc("nsubj", 3, 2).arc("compound", 2, 1).arc("det", 2, 0).arc("obj", 3, 4)
                .civilian(2, 2, "novelist").state(4, 4, "TCD");
        Event visit = visitor.withParties(visitor.token(3)).build(visitor.context(), PROVENANCE);
        assertNull(visit.actors().get(0).code(), "a novelist visiting Chad acts for no state: " + visit);

        Written two = Written.sentence("President Okello threatened Chadian rebels in Tripoli .",
                        "NNP NNP VBD JJ NNS IN NNP .", "- - threaten - rebel - - -")
                .arc("root", -1, 2).arc("nsubj", 2, 1).arc("compound", 1, 0).arc("obj", 2, 4).arc("amod", 4, 3)
                .arc("obl:in", 2, 6).arc("case", 6, 5).official(0, 1, "President").demonym(3, 3, "TCD")
                .entity(6, 6, EntityType.PLACE, "CITY");
        Event e2 = two.withParties(two.token(2)).build(two.context(), PROVENANCE);
        assertEquals(1, e2.actors().size(), e2.toString());
        assertNull(e2.actors().get(0).code(), "Tripoli is Libya's capital: two states named, the person's is not known");
    }

    @Test
    void anOrganisationNamedForAContinentIsAnNgoAndAnotherOfNoStateActsForTheArticlesOneState() {
        Written w = Written.sentence("The Union of African Nurses accused the Tamil Front of abuses in Chad .",
                        "DT NNP IN NNP NNPS VBD DT NNP NNP IN NNS IN NNP .",
                        "- - - - - accuse - - - - abuse - - -")
                .arc("root", -1, 5).arc("nsubj", 5, 1).arc("det", 1, 0).arc("nmod:of", 1, 4).arc("obj", 5, 8)
                .arc("det", 8, 6).arc("compound", 8, 7).arc("obl:of", 5, 10).arc("nmod:in", 10, 12)
                .organisation(1, 4).organisation(7, 8).state(12, 12, "TCD");
        Event e = w.withParties(w.token(5)).build(w.context(), PROVENANCE);
        assertEquals(List.of("NGO"), e.actors().stream().map(EventArgument::code).toList());
        assertEquals(List.of("TCD"), e.recipients().stream().map(EventArgument::code).toList());
    }

    @Test
    void aClauseThatTheParserLeftUnplacedNamesNoPartyOfTheNounsPhrase() {
        Written w = Written.sentence("Peru demanded an apology by Chile that Bolivian troops shelled Argentine towns .",
                        "NNP VBD DT NN IN NNP IN JJ NNS VBD JJ NNS .",
                        "- demand - apology - - - - troop shell - town -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 3).arc("det", 3, 2).arc("nmod:by", 3, 5)
                .arc("case", 5, 4).arc("dep", 3, 9).arc("mark", 9, 6).arc("nsubj", 9, 8).arc("amod", 8, 7)
                .arc("obj", 9, 11).arc("amod", 11, 10)
                .state(0, 0, "PER").state(5, 5, "CHL").demonym(7, 7, "BOL").demonym(10, 10, "ARG");
        Draft d = w.withParties(w.token(1));
        assertEquals(List.of("state:CHL"), ids(d.recipients), "the apology is asked of Chile, not of the clause's states");
    }

    @Test
    void aDependentThatTheParserLeftUnplacedInsideAPhraseStillBelongsToIt() {
        Written w = Written.sentence("Peruvian - led troops shelled Chile .", "JJ HYPH VBN NNS VBD NNP .",
                        "- - lead troop shell - -")
                .arc("root", -1, 4).arc("nsubj", 4, 3).arc("amod", 3, 2).arc("dep", 2, 0).arc("punct", 2, 1)
                .arc("obj", 4, 5).demonym(0, 0, "PER").state(5, 5, "CHL");
        Draft d = w.withParties(w.token(4));
        assertEquals(List.of("state:PER"), ids(d.actors));
    }

    @Test
    void aProtestIsAimedAtWhatItIsInProtestAgainst() {
        Written w = Written.sentence("Chilean miners staged a strike in protest against raids by Peruvian police .",
                        "JJ NNS VBD DT NN IN NN IN NNS IN JJ NN .",
                        "- miner stage - strike - protest - raid - - police -")
                .arc("root", -1, 2).arc("nsubj", 2, 1).arc("amod", 1, 0).arc("obj", 2, 4).arc("det", 4, 3)
                .arc("obl:in", 2, 6).arc("case", 6, 5).arc("nmod:against", 6, 8).arc("case", 8, 7)
                .arc("nmod:by", 6, 11).arc("case", 11, 9).arc("amod", 11, 10)
                .demonym(0, 0, "CHL").demonym(10, 10, "PER");
        Draft d = w.withParties(w.token(2));
        assertEquals(EventType.PROTEST, d.trigger.type());
        assertEquals(List.of("state:PER"), ids(d.recipients));

        Written meeting = Written.sentence("Chile met Peru in protest against raids by Bolivian police .",
                        "NNP VBD NNP IN NN IN NNS IN JJ NN .", "- meet - - protest - raid - - police -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 2).arc("obl:in", 1, 4).arc("case", 4, 3)
                .arc("nmod:against", 4, 6).arc("case", 6, 5).arc("nmod:by", 4, 9).arc("case", 9, 7)
                .arc("amod", 9, 8).state(0, 0, "CHL").state(2, 2, "PER").demonym(8, 8, "BOL");
        assertEquals(List.of("state:PER"), ids(meeting.withParties(meeting.token(1)).recipients),
                "only a protest takes its target from the protest it is in");
    }
}
