package dev.accord.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CorefScoresTest {

    private static final double EPS = 1e-9;

    @Test
    void aMentionMovedBetweenTwoClustersScoresAsWorkedOutByHand() {
        // Gold {a b c} {d e}; the system moves c to the other cluster: {a b} {c d e}.
        Map<String, String> gold = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");
        Map<String, String> system = Map.of("a", "S1", "b", "S1", "c", "S2", "d", "S2", "e", "S2");
        CorefScores s = CorefScores.score(gold, system);
        assertEquals(2.0 / 3, s.muc().precision(), EPS);
        assertEquals(2.0 / 3, s.muc().recall(), EPS);
        assertEquals(11.0 / 15, s.bCubed().precision(), EPS);
        assertEquals(11.0 / 15, s.bCubed().recall(), EPS);
        assertEquals(0.8, s.ceafE().precision(), EPS);
        assertEquals(0.8, s.ceafE().recall(), EPS);
        assertEquals((2.0 / 3 + 11.0 / 15 + 0.8) / 3, s.conll(), EPS);
        assertEquals(4, s.linkedPairs());
        assertEquals(2, s.wrongPairs());
    }

    @Test
    void allSingletonsAgainstOneGoldPairMissOnlyItsLink() {
        Map<String, String> gold = Map.of("a", "G1", "b", "G1", "c", "G2");
        Map<String, String> system = Map.of("a", "S1", "b", "S2", "c", "S3");
        CorefScores s = CorefScores.score(gold, system);
        assertEquals(0, s.muc().recall(), EPS);
        assertEquals(1, s.bCubed().precision(), EPS);
        assertEquals(2.0 / 3, s.bCubed().recall(), EPS);
        assertEquals((2.0 / 3 + 1) / 3, s.ceafE().precision(), EPS);
        assertEquals((2.0 / 3 + 1) / 2, s.ceafE().recall(), EPS);
        assertEquals(0, s.wrongMergeRate(), EPS);
    }

    @Test
    void differentMentionsInGoldAndSystemAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CorefScores.score(Map.of("a", "G"), Map.of("b", "S")));
    }
}
