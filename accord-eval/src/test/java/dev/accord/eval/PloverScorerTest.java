package dev.accord.eval;

import dev.accord.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PloverScorerTest {

    @TempDir
    Path dir;

    private Path gold(String records) throws IOException {
        Path file = dir.resolve("gold.json");
        Files.writeString(file, "[" + records + "]");
        return file;
    }

    private static String record(String id, String event) {
        return "{\"id\":\"" + id + "\",\"event\":\"" + event + "\",\"text\":\"A sentence written for " + id
                + ".\",\"source\":[{\"code\":\"PER\"}],\"target\":[{\"code\":\"CHL\"}]}";
    }

    @Test
    void theSeededSplitIsHalfTunedAndTheSameOnEveryRead() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append(i == 0 ? "" : ",").append(record("W-" + i, i % 2 == 0 ? "CONSULT" : "DEMAND"));
        }
        Path file = gold(b.toString());
        List<PloverScorer.Gold> first = PloverScorer.read(file);
        List<PloverScorer.Gold> again = PloverScorer.read(file);
        assertEquals(5, first.stream().filter(PloverScorer.Gold::tuned).count());
        assertEquals(first, again);
        assertEquals(EventType.REQUEST, first.get(1).type(), "0.5b1's DEMAND is PLOVER 2.0's REQUEST");
    }

    @Test
    void aReportCountsTypesPartiesAndFalseEvents() {
        PloverScorer.Report r = PloverScorer.Outcome.report(List.of(
                new PloverScorer.Outcome(true, EventType.CONSULT, Set.of(EventType.CONSULT, EventType.AGREE), true,
                        true, true, 1, null),
                new PloverScorer.Outcome(false, EventType.ACCUSE, Set.of(), false, false, false, 0,
                        PloverScorer.Miss.TYPE_MISSED)));
        assertEquals(1, r.overall()[0]);
        assertEquals(1, r.overall()[1]);
        assertEquals(1, r.overall()[2]);
        assertEquals(1, r.fullMatches());
        assertEquals(1, r.falseEvents());
        assertEquals(2, r.records());
        assertEquals(1, r.misses().get(PloverScorer.Miss.TYPE_MISSED));
        assertEquals(0, r.misses().get(PloverScorer.Miss.ACTOR_CODE));
    }

    @Test
    void aMissIsPutDownToItsCause() {
        Set<String> fra = Set.of("FRA");
        Set<String> deu = Set.of("DEU");
        Set<String> none = Set.of();
        Set<String> igo = Set.of("IGO");
        assertNull(PloverScorer.Miss.of(true, fra, deu, fra, deu, true, true));
        assertEquals(PloverScorer.Miss.TYPE_MISSED, PloverScorer.Miss.of(false, fra, deu, none, none, false, false));
        assertEquals(PloverScorer.Miss.SWAPPED, PloverScorer.Miss.of(true, fra, deu, deu, fra, false, false));
        assertEquals(PloverScorer.Miss.ACTOR_CODE, PloverScorer.Miss.of(true, fra, deu, Set.of("ITA"), deu, true, true));
        assertEquals(PloverScorer.Miss.ACTOR_MENTION,
                PloverScorer.Miss.of(true, fra, deu, Set.of("ITA"), deu, false, true));
        assertEquals(PloverScorer.Miss.RECIPIENT_MISSING, PloverScorer.Miss.of(true, fra, deu, fra, none, true, false));
        assertEquals(PloverScorer.Miss.RECIPIENT_UNWANTED, PloverScorer.Miss.of(true, fra, none, fra, deu, true, false));
        assertEquals(PloverScorer.Miss.RECIPIENT_CODE, PloverScorer.Miss.of(true, fra, deu, fra, igo, true, true));
        assertEquals(PloverScorer.Miss.RECIPIENT_MENTION, PloverScorer.Miss.of(true, fra, deu, fra, igo, true, false));
    }

    @Test
    void theCodersWordsAndAccordsAgreeWhenEachPhraseSharesAWordWithOne() {
        assertTrue(PloverScorer.sameWords(List.of("Kyrgyz Prime Minister Nikolai Tanaev"), List.of("Nikolai Tanaev")));
        assertTrue(PloverScorer.sameWords(List.of("U.S.", "Russian negotiators"), List.of("Russian", "US")));
        assertFalse(PloverScorer.sameWords(List.of("the Red Cross"), List.of("Red Cross", "Iraq")),
                "Iraq is no phrase of the coder's");
        assertTrue(PloverScorer.sameWords(List.of("Serbian parliament"), List.of("Serbian parliament")));
        assertFalse(PloverScorer.sameWords(List.of("the Emirates"), List.of("Saudi Arabia")));
        assertTrue(PloverScorer.sameWords(List.of(), List.of()));
    }

    @Test
    void anEventNamedNoPloverTypeIsAClearErrorNamingTheRecord() throws IOException {
        Path file = gold(record("W-1", "CHATTING"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PloverScorer.read(file));
        assertTrue(e.getMessage().contains("W-1") && e.getMessage().contains("CHATTING"), e.getMessage());
    }
}
