package dev.accord.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsolidationEvaluationTest {

    @Test
    void theAreaUnderTheCurveIsOneForPerfectScoresAHalfForTiesAndZeroForReversedOnes() {
        assertEquals(1.0, ConsolidationEvaluation.auc(List.of(new double[] {0.9, 1}, new double[] {0.1, 0},
                new double[] {0.8, 1}, new double[] {0.2, 0})), 1e-9);
        assertEquals(0.5, ConsolidationEvaluation.auc(List.of(new double[] {0.5, 1}, new double[] {0.5, 0})), 1e-9);
        assertEquals(0.0, ConsolidationEvaluation.auc(List.of(new double[] {0.1, 1}, new double[] {0.9, 0})), 1e-9);
        assertEquals(0.75, ConsolidationEvaluation.auc(List.of(new double[] {0.9, 1}, new double[] {0.4, 1},
                new double[] {0.5, 0}, new double[] {0.1, 0})), 1e-9);
    }

    @Test
    void theBaselinesLemmaCutsOneEnding() {
        assertEquals("sign", ConsolidationEvaluation.lemma("Signed"));
        assertEquals("sign", ConsolidationEvaluation.lemma("signs"));
        assertEquals("meet", ConsolidationEvaluation.lemma("meeting"));
        assertEquals("was", ConsolidationEvaluation.lemma("was"));
    }
}
