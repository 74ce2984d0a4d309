package dev.accord.spark;

import dev.accord.ingest.Fingerprints;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchVerdictsTest {

    private static final String[] TOPICS = {"grain exports through the Black Sea ports",
        "a water-sharing treaty on the upper river", "customs rules at the mountain border crossing",
        "a rail corridor from the coast to the capital", "fishing rights around the disputed islands",
        "a loan for the new power station in the north"};

    /** One article's line, its text a topic repeated {@code times} times, so that each text is its own. */
    private static String line(int position, int times) {
        String text = (TOPICS[position] + ". ").repeat(times);
        return BatchVerdicts.line(BatchVerdicts.order(0, position), "a" + position, text.length(),
                Fingerprints.of(text));
    }

    @Test
    void articlesAreSharedAmongTheSlotsByLengthSoThatEachSlotHoldsAboutAsMuch() {
        int[] times = {10, 9, 8, 3, 2, 1};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            lines.add(line(i, times[i]));
        }
        BatchVerdicts verdicts = BatchVerdicts.of(lines, 2, orders -> Map.of());
        long[] held = new long[2];
        for (int i = 0; i < times.length; i++) {
            String order = BatchVerdicts.order(0, i);
            assertTrue(verdicts.isNew(order));
            held[verdicts.slot(order)] += TOPICS[i].length() * (long) times[i];
        }
        long all = held[0] + held[1];
        assertTrue(Math.abs(held[0] - held[1]) <= all / 4, "each slot holds about half: " + held[0] + " and " + held[1]);
        assertFalse(verdicts.slot(BatchVerdicts.order(0, 0)) == verdicts.slot(BatchVerdicts.order(0, 1)),
                "the two longest articles go to different slots");
    }

    @Test
    void theSameBatchGetsTheSameSlotsWhateverOrderItsLinesCameIn() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < TOPICS.length; i++) {
            lines.add(line(i, 4));
        }
        BatchVerdicts first = BatchVerdicts.of(lines, 3, orders -> Map.of());
        List<String> reversed = new ArrayList<>(lines);
        Collections.reverse(reversed);
        BatchVerdicts second = BatchVerdicts.of(reversed, 3, orders -> Map.of());
        for (int i = 0; i < TOPICS.length; i++) {
            String order = BatchVerdicts.order(0, i);
            assertEquals(first.slot(order), second.slot(order), order);
        }
    }

    @Test
    void aRepeatHasNoSlotSinceItIsNotAnalysed() {
        List<String> lines = List.of(line(0, 5), BatchVerdicts.line(BatchVerdicts.order(1, 0), "a0",
                (TOPICS[0] + ". ").repeat(5).length(), Fingerprints.of((TOPICS[0] + ". ").repeat(5))));
        BatchVerdicts verdicts = BatchVerdicts.of(lines, 2, orders -> Map.of());
        assertEquals(1, verdicts.repeats());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> verdicts.slot(BatchVerdicts.order(1, 0)));
        assertTrue(e.getMessage().contains("not one to analyse"), e.getMessage());
    }
}
