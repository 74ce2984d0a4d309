package dev.accord.extract.event;

import dev.accord.extract.TimeExtractor;
import dev.accord.model.CharSpan;
import dev.accord.model.EntityType;
import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;
import dev.accord.model.TimeExpression;
import dev.accord.model.TimeType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesAndPlacesTest {

    private static Written inAstanaInKazakhstan() {
        return Written.sentence("Peru met Chile in Astana in Kazakhstan .", "NNP VBD NNP IN NNP IN NNP .",
                        "- meet - in - in - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 2).arc("obl:in", 1, 4).arc("case", 4, 3)
                .arc("nmod:in", 4, 6).arc("case", 6, 5)
                .entity(6, 6, EntityType.STATE, "COUNTRY").entity(4, 4, EntityType.PLACE, "CITY");
    }

    @Test
    void theEventHappenedInTheCityOfItsInPhraseRatherThanTheState() {
        Written w = inAstanaInKazakhstan();
        EventPlace place = DatesAndPlaces.place(w.context(), w.graph(0), w.token(1));
        assertEquals("Astana", place.name());
    }

    @Test
    void anEventWithoutAnInOrAtPhraseHasNoPlace() {
        Written w = Written.sentence("Peru met Chile .", "NNP VBD NNP .", "- meet - -")
                .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obj", 1, 2).entity(2, 2, EntityType.STATE, "COUNTRY");
        assertNull(DatesAndPlaces.place(w.context(), w.graph(0), w.token(1)));
    }

    @Test
    void theCalendarExpressionNearestTheTriggerDatesItAndAReferenceOrADurationNever() {
        Written w = Written.sentence("Recently , on Monday , Peru met Chile for two days on May 12 .",
                        "RB , IN NNP , NNP VBD NNP IN CD NNS IN NNP CD .", "- - - - - - meet - - - - - - - -")
                .time(0, 0, TimeType.DATE, "PAST_REF").time(3, 3, TimeType.DATE, "2025-05-19")
                .time(9, 10, TimeType.DURATION, "P2D").time(12, 13, TimeType.DATE, "2025-05-12");
        TimeExpression t = DatesAndPlaces.time(w.context(), w.sentence(0), w.token(6));
        assertEquals("2025-05-19", t.value());
    }

    @Test
    void onATieTheEarlierExpressionWins() {
        // "June" and "July" both begin ten characters from "met".
        Written w = Written.sentence("June Peru met Chile July .", "NNP NNP VBD NNP NNP .", "- - meet - - -")
                .time(0, 0, TimeType.DATE, "2025-06").time(4, 4, TimeType.DATE, "2025-07");
        CharSpan met = w.annotated().tokens().get(w.token(2)).span();
        assertEquals("2025-06", TimeExtractor.eventTime(w.context().times, w.sentence(0).span(), met)
                .orElseThrow().value());
    }

    @Test
    void anUndatedEventTakesThePublicationDateMarkedAsSuch() {
        Written w = Written.sentence("Peru met Chile .", "NNP VBD NNP .", "- meet - -");
        EventDate date = DatesAndPlaces.date(w.article(), null);
        assertEquals(Written.PUBLISHED.toString(), date.value());
        assertTrue(date.fromArticleDate());
        assertNull(date.time());
    }

    @Test
    void theEventDateOfTheTimeExtractorIsTheEventCodersDate() {
        Written w = Written.sentence("Peru met Chile on Monday .", "NNP VBD NNP IN NNP .", "- meet - - - -")
                .time(4, 4, TimeType.DATE, "2025-05-19");
        CharSpan met = w.annotated().tokens().get(w.token(1)).span();
        EventDate viaTimes = TimeExtractor.eventDate(w.article(), w.annotated(), w.context().times, met).orElseThrow();
        EventDate viaEvents = DatesAndPlaces.date(w.article(), DatesAndPlaces.time(w.context(), w.sentence(0),
                w.token(1)));
        assertEquals(viaEvents, viaTimes);
        assertFalse(viaTimes.fromArticleDate());
    }
}
