package dev.accord.ingest;

import dev.accord.model.Fingerprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory index of fingerprints that finds the near-duplicate of a new text among those added,
 * by locality-sensitive hashing: texts that agree on a whole band of their signature are candidates,
 * and the most similar candidate at or above the threshold is the answer. The SQLite store keeps the
 * same band keys in a table, for duplicates across runs.
 *
 * @param <K> what identifies an added text, such as an article id
 */
public final class NearDuplicateIndex<K> {

    private final double threshold;
    private final Map<Long, List<K>> bands = new HashMap<>();
    private final Map<K, Fingerprint> fingerprints = new HashMap<>();

    public NearDuplicateIndex(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("near-duplicate threshold " + threshold + "; expected (0, 1]");
        }
        this.threshold = threshold;
    }

    /** The added text most similar to {@code f}, if any is at least as similar as the threshold. */
    public Optional<K> find(Fingerprint f) {
        Set<K> candidates = new LinkedHashSet<>();
        for (long key : f.bandKeys()) {
            candidates.addAll(bands.getOrDefault(key, List.of()));
        }
        K best = null;
        double bestScore = 0;
        for (K k : candidates) {
            double s = fingerprints.get(k).similarity(f);
            if (s >= threshold && s > bestScore) {
                best = k;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Adds a text's fingerprint under {@code key}; adding a key again keeps its first fingerprint. */
    public void add(K key, Fingerprint f) {
        if (fingerprints.putIfAbsent(key, f) == null) {
            for (long band : f.bandKeys()) {
                bands.computeIfAbsent(band, b -> new ArrayList<>()).add(key);
            }
        }
    }
}
