package dev.accord.nlp;

import edu.stanford.nlp.util.Index;

/**
 * A CRF feature string made of parts, {@code a + glue + b [+ glue + c] + suffix}, looked up in
 * CoreNLP's feature index without being built: most such features pair two words or shapes and are
 * not in the model, and building their strings cost more than all the rest of the features.
 *
 * <p>Its hash code is the one the whole string would have, computed from the parts' own (cached)
 * hash codes, and it equals a {@code String} of the same characters. CoreNLP's {@code HashIndex}
 * looks a key up in a {@code HashMap}, whose {@code get} compares with {@code Objects.equals(key, k)}
 * (the key asked for is the receiver), so the lookup finds the string. The equality is one-way
 * (a {@code String} never equals this), so instances are only ever used as keys to look up.
 */
final class JoinedFeature {

    /** 31 to the power of the index, for lengths of most parts. */
    private static final int[] POWERS = new int[64];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 31;
        }
    }

    private final String a;
    private final String glue;
    private final String b;
    private final String c;
    private final String suffix;
    private final int length;
    private final int hash;

    /** @param c the third part, or {@code null} for a feature of two */
    JoinedFeature(String a, String glue, String b, String c, String suffix) {
        this.a = a;
        this.glue = glue;
        this.b = b;
        this.c = c;
        this.suffix = suffix;
        int h = append(append(a.hashCode(), glue), b);
        int n = a.length() + glue.length() + b.length() + suffix.length();
        if (c != null) {
            h = append(append(h, glue), c);
            n += glue.length() + c.length();
        }
        this.hash = append(h, suffix);
        this.length = n;
    }

    /** The index of this feature's string in {@code index}, or -1. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    int indexIn(Index<String> index) {
        return ((Index) index).indexOf(this);
    }

    /** The hash code of a string {@code s + next}, where {@code h} is that of {@code s}: {@link String#hashCode}'s sum. */
    private static int append(int h, String next) {
        return h * power(next.length()) + next.hashCode();
    }

    private static int power(int n) {
        if (n < POWERS.length) {
            return POWERS[n];
        }
        int p = POWERS[POWERS.length - 1];
        for (int i = POWERS.length - 1; i < n; i++) {
            p *= 31;
        }
        return p;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Whether {@code o} is the string this feature stands for. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof String s) || s.length() != length || s.hashCode() != hash) {
            return false;
        }
        int at = 0;
        if (!s.startsWith(a, at)) {
            return false;
        }
        at += a.length();
        if (!s.startsWith(glue, at) || !s.startsWith(b, at + glue.length())) {
            return false;
        }
        at += glue.length() + b.length();
        if (c != null) {
            if (!s.startsWith(glue, at) || !s.startsWith(c, at + glue.length())) {
                return false;
            }
            at += glue.length() + c.length();
        }
        return s.startsWith(suffix, at);
    }

    /** The feature's string, built. */
    @Override
    public String toString() {
        return c == null ? a + glue + b + suffix : a + glue + b + glue + c + suffix;
    }
}
