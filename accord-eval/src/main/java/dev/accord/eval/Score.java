package dev.accord.eval;

import java.util.Locale;

/**
 * Counts of one scored category: items found and right, found but wrong, and missed, with the
 * precision, recall and F1 they give.
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count in score tp=" + truePositives + " fp="
                    + falsePositives + " fn=" + falseNegatives + "; expected counts of zero or more");
        }
    }

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    /** Share of predictions that are right; 0 when nothing was predicted. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Share of gold items found; 0 when the gold has none. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One table row's figures: {@code P 0.812  R 0.700  F1 0.752  (tp 56, fp 13, fn 24)}. */
    public String format() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }

    private static double ratio(int num, int den) {
        return den == 0 ? 0 : (double) num / den;
    }
}
