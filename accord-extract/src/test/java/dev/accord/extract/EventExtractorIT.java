package dev.accord.extract;

import dev.accord.model.Agreement;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.EventType;
import dev.accord.model.Modality;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event coding over the real CoreNLP pipeline, on sentences written for this test. */
class EventExtractorIT {

    private static final FactExtractor EXTRACTOR = new FactExtractor(CoreNlpAnnotator.shared());

    private static ArticleFacts analyze(String text) {
        return EXTRACTOR.analyze(Article.of("events.txt", null, LocalDate.of(2025, 5, 20), "en", text));
    }

    private static Event only(ArticleFacts facts) {
        assertEquals(1, facts.events().size(), facts.events().toString());
        return facts.events().get(0);
    }

    private static Event first(ArticleFacts facts, EventType type) {
        return facts.events().stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " event in " + facts.events()));
    }

    private static List<String> codes(List<EventArgument> args) {
        return args.stream().map(EventArgument::code).toList();
    }

    @Test
    void twoStatesMeetingAreOneEventWithBothActors() {
        Event e = only(analyze("Armenia and Azerbaijan met in Abu Dhabi on Monday."));
        assertEquals(EventType.CONSULT, e.type());
        assertEquals(List.of("ARM", "AZE"), codes(e.actors()));
        assertEquals("Abu Dhabi", e.place().name());
        assertEquals("2025-05-19", e.date().value());
        assertFalse(e.date().fromArticleDate());
    }

    @Test
    void theVisitorActsAndTheHostReceives() {
        Event e = only(analyze("Japan's foreign minister visited Kazakhstan last week."));
        assertEquals(EventType.CONSULT, e.type());
        assertEquals("visit", e.mode());
        assertEquals(List.of("JPNGOV"), codes(e.actors()));
        assertEquals(List.of("KAZ"), codes(e.recipients()));
    }

    @Test
    void aSignedMemorandumIsSupportAndAnAgreementWithItsParties() {
        ArticleFacts facts = analyze("Uzbekistan signed a memorandum on water management with Tajikistan.");
        Event e = only(facts);
        assertEquals(EventType.SUPPORT, e.type());
        assertEquals("057", e.cameo());
        Agreement a = facts.agreements().get(0);
        assertEquals(a.id(), e.agreement());
        assertEquals("memorandum", a.kind());
        assertEquals("SIGNED", a.status());
        assertEquals(List.of("state:UZB", "state:TJK"), a.parties());
    }

    @Test
    void aPromiseToSignIsAnAgreeEventWithFutureModality() {
        Event e = only(analyze("Mongolia will sign a trade agreement with South Korea next month."));
        assertEquals(EventType.AGREE, e.type());
        assertEquals(Modality.FUTURE, e.modality());
    }

    @Test
    void negationAndConditionAreKept() {
        assertEquals(Modality.NEGATED, only(analyze("Moldova did not sign the accord.")).modality());
        assertEquals(Modality.HYPOTHETICAL, only(analyze("Brazil could impose sanctions on Venezuela.")).modality());
    }

    @Test
    void aVerbWithoutActorsMakesNoEvent() {
        assertTrue(analyze("The talks were held behind closed doors. Many people protested.").events().isEmpty());
    }

    @Test
    void eventsInsideAQuoteAreAttributedToItsSpeaker() {
        ArticleFacts facts = analyze("\"Kenya will send aid to Somalia,\" President William Ruto said.");
        Event e = only(facts);
        assertEquals(EventType.AGREE, e.type());
        assertEquals("person:william-ruto", e.attribution().speaker());
        assertEquals(facts.quotes().get(0).id(), e.attribution().quote());
    }

    @Test
    void conflictIsCodedWithItsTarget() {
        Event e = only(analyze("Russia condemned the new sanctions imposed by the European Union."));
        assertEquals(EventType.ACCUSE, e.type());
        assertEquals(List.of("RUS"), codes(e.actors()));
        assertNull(e.agreement());
    }

    @Test
    void aThreatNamesItsTargetInTheActionItAnnounces() {
        Event e = only(analyze("Bolivia threatened to cut diplomatic ties with Peru."));
        assertEquals(EventType.THREATEN, e.type());
        assertEquals(List.of("BOL"), codes(e.actors()));
        assertEquals(List.of("PER"), codes(e.recipients()));
    }

    @Test
    void whoReportsAnEventIsNotItsTarget() {
        // The parser makes the newspaper an apposition of Togo.
        Event e = only(analyze("Ghana has promised to send food aid to Togo, a Nigerian newspaper said on Monday."));
        assertEquals(List.of("GHA"), codes(e.actors()));
        assertEquals(List.of("TGO"), codes(e.recipients()));
    }

    @Test
    void aHarmfulActHeldOverAConditionIsAThreat() {
        Event e = only(analyze("Kenya will withdraw its troops from Somalia unless the fighting stops."));
        assertEquals(EventType.THREATEN, e.type());
        assertEquals(Modality.FUTURE, e.modality());
        assertEquals(List.of("KEN"), codes(e.actors()));
    }

    @Test
    void aCapitalActsThroughAnAdverb() {
        Event e = only(analyze("Ankara again rejected a proposal from Greece on Thursday."));
        assertEquals(EventType.REJECT, e.type());
        assertEquals(List.of("TURGOV"), codes(e.actors()));
    }

    @Test
    void aSummitHostedBetweenTwoPartiesGivesTheLeadersOfLaterSentencesTheirParties() {
        ArticleFacts facts = analyze("The Prime Minister of Portugal received the President of Brazil in Lisbon on "
                + "Friday for a summit between Portugal and Brazil. At the meeting, the leaders adopted a joint "
                + "declaration and launched a partnership on clean shipping. The two sides also discussed the war "
                + "in Sudan.");
        List<Event> events = facts.events();
        Event summit = events.get(0);
        assertEquals(EventType.CONSULT, summit.type());
        assertEquals("received", summit.trigger().text());
        assertEquals(List.of("PRT", "BRA"), codes(summit.actors()));
        for (String trigger : List.of("adopted", "launched", "discussed")) {
            Event e = events.stream().filter(x -> x.trigger().text().equals(trigger)).findFirst()
                    .orElseThrow(() -> new AssertionError("no event for '" + trigger + "' in " + events));
            assertEquals(List.of("PRT", "BRA"), codes(e.actors()), trigger);
        }
        assertEquals(EventType.SUPPORT, events.stream().filter(x -> x.trigger().text().equals("adopted"))
                .findFirst().orElseThrow().type());
        assertEquals(EventType.COOPERATE, events.stream().filter(x -> x.trigger().text().equals("launched"))
                .findFirst().orElseThrow().type());
    }

    @Test
    void whatAMeetingDiscussesNamesNoPartyToIt() {
        ArticleFacts facts = analyze("Peru and Chile met in Lima and discussed Bolivia's dispute with Ecuador.");
        assertEquals(2, facts.events().size(), facts.events().toString());
        for (Event e : facts.events()) {
            assertEquals(EventType.CONSULT, e.type());
            assertEquals(List.of("PER", "CHL"), codes(e.actors()));
            assertTrue(e.recipients().isEmpty(), e.toString());
        }
    }

    @Test
    void aThreatIsAimedAtWhomItsConditionNamesAndTheConditionIsNoEventOfItsOwn() {
        Event e = only(analyze("Chad threatened to close its border unless Niger accepted its terms."));
        assertEquals(EventType.THREATEN, e.type());
        assertEquals(List.of("TCD"), codes(e.actors()));
        assertEquals(List.of("NER"), codes(e.recipients()));
    }

    @Test
    void anOfficialWhoseStateIsUnsaidActsForTheOneStateTheTextNamesAndACapitalAfterByIsItsState() {
        Event threat = first(analyze("President Okello threatened to ban Chadian opposition parties."),
                EventType.THREATEN);
        assertEquals(List.of("TCDGOV"), codes(threat.actors()));
        Event demand = first(analyze("Chile demanded a full apology by Lima for the border incident."),
                EventType.REQUEST);
        assertEquals(List.of("CHL"), codes(demand.actors()));
        assertEquals(List.of("PERGOV"), codes(demand.recipients()));
    }

    @Test
    void theEuropeanCommunityIsTheEuByItsFormerName() {
        Event ask = first(analyze("Portugal asked the European Community for new fishing quotas."), EventType.REQUEST);
        assertEquals(List.of("PRT"), codes(ask.actors()));
        assertEquals(List.of("EU"), codes(ask.recipients()));
    }
}
