package dev.accord.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScoreTest {

    @Test
    void precisionRecallAndF1FollowFromTheCounts() {
        Score s = new Score(6, 2, 4);
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(0.6, s.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, s.f1(), 1e-9);
        assertEquals("P 0.750  R 0.600  F1 0.667  (tp 6, fp 2, fn 4)", s.format());
    }

    @Test
    void nothingPredictedAndNothingToFindScoresZeroNotNaN() {
        assertEquals(0, Score.ZERO.f1());
    }

    @Test
    void aTableAddsEachCategoryToItsAllRowButNotTheRowsAddedOnly() {
        ScoreTable t = new ScoreTable();
        t.add("a", "state", new Score(1, 0, 1));
        t.add("a", "igo", new Score(0, 1, 0));
        t.addOnly("a", "with sector", new Score(5, 5, 5));
        assertEquals(new Score(1, 1, 1), t.get("a", ScoreTable.ALL));
        assertEquals(Score.ZERO, t.get("b", ScoreTable.ALL));
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Score(-1, 0, 0));
    }
}
