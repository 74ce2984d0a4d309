package dev.accord.consolidate;

/**
 * How alike the words around two triggers are, as the event decision compares them: by shared content words
 * (lexical), by sentence embeddings (semantic), and the two together. Public so that evaluations measure the
 * very functions consolidation uses.
 */
public final class Similarity {

    private Similarity() {
    }

    /** Dice's coefficient of the two texts' content words (lower case, endings cut, function words left out). */
    public static double lexical(String a, String b) {
        return Words.dice(Words.content(a), Words.content(b));
    }

    /**
     * The dot product of two unit-length embeddings, rescaled so that 0.2 (what unrelated news sentences
     * score) and below is 0 and 0.8 and above is 1.
     */
    public static double semantic(float[] u, float[] v) {
        if (u.length != v.length) {
            throw new IllegalArgumentException("embeddings of " + u.length + " and " + v.length
                    + " dimensions; expected the same encoder's");
        }
        double dot = 0;
        for (int i = 0; i < u.length; i++) {
            dot += u[i] * v[i];
        }
        return Math.max(0, Math.min(1, (dot - 0.2) / 0.6));
    }

    /** The context score with embeddings on: the mean of the lexical and the semantic similarity. */
    public static double combined(double lexical, double semantic) {
        return 0.5 * lexical + 0.5 * semantic;
    }
}
