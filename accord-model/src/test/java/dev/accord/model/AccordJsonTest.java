package dev.accord.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccordJsonTest {

    static ArticleFacts sample() {
        return SampleFacts.astana();
    }

    @Test
    void factsSurviveAJsonRoundTrip() {
        ArticleFacts facts = sample();
        assertEquals(facts, AccordJson.readFacts(AccordJson.compact(facts)));
        assertEquals(facts, AccordJson.readFacts(AccordJson.pretty(facts)));
    }

    @Test
    void theSameFactsAlwaysGiveTheSameBytes() {
        assertEquals(AccordJson.compact(sample()), AccordJson.compact(sample()));
        assertEquals(AccordJson.pretty(sample()), AccordJson.pretty(sample()));
    }

    @Test
    void theUtf8FormIsTheCompactJsonEncoded() {
        // Letters outside ASCII are where a wrong encoding would show.
        List<Object> value = List.of(sample(), "Almaty \u2013 \u0410\u0441\u0442\u0430\u043d\u0430");
        String json = AccordJson.compact(value);
        assertTrue(json.chars().anyMatch(c -> c > 127), json);
        assertEquals(json, new String(AccordJson.compactUtf8(value), StandardCharsets.UTF_8));
    }

    @Test
    void jsonFieldsFollowTheDocumentedOrderAndKeepNulls() {
        String json = AccordJson.compact(sample());
        assertTrue(json.startsWith("{\"schema\":\"accord/1\",\"article\":{\"id\":"), json);
        assertTrue(json.contains("\"published\":\"2025-06-17\""), json);
        assertTrue(json.contains("\"code\":null"), json);
        assertTrue(json.indexOf("\"entities\"") < json.indexOf("\"times\""), json);
    }

    @Test
    void jsonThatIsNotAccordFactsIsRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AccordJson.readFacts("{\"schema\":\"accord/1\",\"entities\":[]}"));
        assertTrue(e.getMessage().startsWith("not Accord facts JSON"), e.getMessage());
    }

    @Test
    void fieldsAddedByALaterAccordAreIgnoredOnReading() {
        String json = AccordJson.compact(sample());
        String newer = json.replaceFirst("\\{\"schema\"", "{\"addedLater\":true,\"schema\"");
        assertEquals(sample(), AccordJson.readFacts(newer));
    }

    @Test
    void factsStoredBeforePlacesAndThemesExistedReadBackWithNone() {
        String json = AccordJson.compact(sample());
        String older = json.substring(0, json.indexOf(",\"places\"")) + "}";
        ArticleFacts read = AccordJson.readFacts(older);
        assertEquals(List.of(), read.places());
        assertEquals(List.of(), read.themes());
        assertEquals(sample().times(), read.times());
    }

    @Test
    void aPlaceWithoutCoordinatesMustBeUnresolved() {
        ArticleFacts facts = sample();
        Evidence astana = facts.places().get(0).mentions().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Place("place:astana",
                "Astana", PlaceKind.CITY, null, null, null, null, null, null, null, 0, List.of(astana), List.of(),
                facts.places().get(0).provenance()));
        assertTrue(e.getMessage().contains("expected both exactly when it is resolved"), e.getMessage());
    }

    @Test
    void countriesAreFoundByTheirNamesInNews() {
        assertEquals("KAZ", Countries.expectCode("Kazakhstan"));
        assertEquals("RUS", Countries.expectCode("Russia"));
        assertEquals("USA", Countries.expectCode("the United States"));
        assertEquals("KOR", Countries.expectCode("South Korea"));
        assertTrue(Countries.findCode("Asia").isEmpty());
    }
}
