package dev.accord.ingest;

import dev.accord.model.Fingerprint;
import dev.accord.model.Hashes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Computes the {@link Fingerprint} of a text: the hash of its normalised words, and a MinHash signature
 * over its word shingles (runs of {@value #SHINGLE} words). Wire stories reprinted with a new
 * headline, a byline, a dateline, a dropped paragraph or a few changed words keep most of their
 * shingles, so their signatures agree in most places.
 */
public final class Fingerprints {

    /** Words per shingle: three keeps a reprint similar after a few word edits, yet rarely matches unrelated news. */
    public static final int SHINGLE = 3;
    /** Signature length: 128 hashes estimate similarity within about ±0.05. */
    public static final int HASHES = 128;
    /** Estimated similarity at or above which two texts are near-duplicates. */
    public static final double THRESHOLD = 0.5;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x5EEDL;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(x);
        }
    }

    private Fingerprints() {
    }

    public static Fingerprint of(String text) {
        String[] words = words(text);
        String normalised = String.join(" ", words);
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0xcbf29ce484222325L;
            for (int w = s; w < Math.min(words.length, s + SHINGLE); w++) {
                for (byte b : words[w].getBytes(StandardCharsets.UTF_8)) {
                    h = (h ^ b) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int i = 0; i < HASHES; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        return new Fingerprint(Hashes.sha256Hex16(normalised), min);
    }

    /** The text's words as the fingerprint sees them: lower-cased runs of letters and digits. */
    public static String[] words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    /**
     * The exact share of word shingles two texts have in common (Jaccard similarity of their sets of
     * {@value #SHINGLE}-word runs), which the signature only estimates: what a candidate found by its
     * signature is confirmed on.
     */
    public static double similarity(String a, String b) {
        Set<String> x = shingles(words(a));
        Set<String> y = shingles(words(b));
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        int common = 0;
        for (String s : x) {
            if (y.contains(s)) {
                common++;
            }
        }
        return (double) common / (x.size() + y.size() - common);
    }

    private static Set<String> shingles(String[] words) {
        Set<String> shingles = new HashSet<>();
        for (int s = 0; s + SHINGLE <= words.length; s++) {
            shingles.add(String.join(" ", Arrays.copyOfRange(words, s, s + SHINGLE)));
        }
        if (shingles.isEmpty() && words.length > 0) {
            shingles.add(String.join(" ", words));
        }
        return shingles;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
