package dev.accord.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * What near-duplicate detection knows of an article's text: a hash of its normalised words, equal for
 * exact copies, and a MinHash signature whose agreement with another estimates the Jaccard similarity
 * of the two texts' word shingles (the share of word sequences they have in common).
 *
 * @param exactHash hex SHA-256 prefix of the text with case, punctuation and spacing normalised away
 * @param minHash   one minimum hash per hash function; every fingerprint compared must have the same length
 */
public record Fingerprint(String exactHash, int[] minHash) {

    /** Signature rows per locality-sensitive-hashing band: two texts that agree on a whole band are compared. */
    public static final int ROWS_PER_BAND = 4;

    public Fingerprint {
        Objects.requireNonNull(exactHash, "exactHash");
        Objects.requireNonNull(minHash, "minHash");
        if (minHash.length == 0 || minHash.length % ROWS_PER_BAND != 0) {
            throw new IllegalArgumentException("MinHash signature has " + minHash.length + " values; expected a "
                    + "positive multiple of " + ROWS_PER_BAND);
        }
        minHash = minHash.clone();
    }

    @Override
    public int[] minHash() {
        return minHash.clone();
    }

    /** One key per band, for finding candidates by equality in an index: band number and its rows' hash. */
    public long[] bandKeys() {
        long[] keys = new long[minHash.length / ROWS_PER_BAND];
        for (int b = 0; b < keys.length; b++) {
            int h = Arrays.hashCode(Arrays.copyOfRange(minHash, b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND));
            keys[b] = ((long) b << 32) | (h & 0xFFFFFFFFL);
        }
        return keys;
    }

    /** The estimated Jaccard similarity of the two texts, in [0, 1]; 1 for exact copies. */
    public double similarity(Fingerprint other) {
        if (exactHash.equals(other.exactHash)) {
            return 1.0;
        }
        if (other.minHash.length != minHash.length) {
            throw new IllegalArgumentException("fingerprints of " + minHash.length + " and " + other.minHash.length
                    + " hashes cannot be compared; expected equal lengths");
        }
        int same = 0;
        for (int i = 0; i < minHash.length; i++) {
            if (minHash[i] == other.minHash[i]) {
                same++;
            }
        }
        return (double) same / minHash.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.exactHash.equals(exactHash) && Arrays.equals(f.minHash, minHash);
    }

    @Override
    public int hashCode() {
        return exactHash.hashCode() * 31 + Arrays.hashCode(minHash);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + exactHash + ", " + minHash.length + " hashes]";
    }
}
