package dev.accord.spark;

import dev.accord.ingest.Fingerprints;
import dev.accord.ingest.NearDuplicateIndex;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.Fingerprint;
import dev.accord.pipeline.Deduplication;
import dev.accord.pipeline.Reprint;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * The driver's duplicate check of a whole batch, by the rule every face uses ({@link Deduplication}): the
 * articles are taken in the order {@code accord ingest} would read them (input by input, then by position),
 * so the same inputs give the same originals, reprints and repeats here as there; a candidate found by its
 * signature is confirmed on the two texts, of which only those of candidates reach the driver. Broadcast to the
 * executors, it tells which article records to analyse and which to write as reprints, and in which of the
 * analysis partitions each article goes ({@link #slot}).
 */
final class BatchVerdicts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<String> fresh = new HashSet<>();
    private final Map<String, String> originals = new HashMap<>();
    private final Map<String, Double> similarities = new HashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();
    private int repeats;

    private BatchVerdicts() {
    }

    /** An article's place in the batch, as text that sorts in reading order. */
    static String order(long input, int position) {
        return String.format("%010d.%010d", input, position);
    }

    /** What the driver collects of one article: its place, id, length in characters and fingerprint, tab-separated. */
    static String line(String order, String articleId, int length, Fingerprint f) {
        ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES * f.minHash().length);
        bytes.asIntBuffer().put(f.minHash());
        return order + "\t" + articleId + "\t" + length + "\t" + f.exactHash() + "\t"
                + Base64.getEncoder().encodeToString(bytes.array());
    }

    /**
     * The verdicts on the articles of {@link #line} records, in reading order whatever order they came in.
     * {@code texts} gives, for the places in the batch it is asked for, the articles there: only those whose
     * signatures meet another's, since only they are confirmed on their text. The articles to analyse are
     * shared among {@code slots} partitions of about the same length in all ({@link #slot}).
     */
    static BatchVerdicts of(List<String> lines, int slots, Function<Set<String>, Map<String, Article>> texts) {
        List<String[]> rows = new ArrayList<>();
        for (String l : lines) {
            rows.add(l.split("\t", -1));
        }
        rows.sort((a, b) -> a[0].compareTo(b[0]));
        Map<String, Fingerprint> fingerprints = new HashMap<>();
        NearDuplicateIndex<String> signatures = new NearDuplicateIndex<>(Fingerprints.THRESHOLD);
        Set<String> candidates = new HashSet<>();
        for (String[] row : rows) {
            Fingerprint f = fingerprint(row);
            fingerprints.put(row[0], f);
            signatures.find(f).ifPresent(earlier -> {
                candidates.add(earlier);
                candidates.add(row[0]);
            });
            signatures.add(row[0], f);
        }
        Map<String, Article> byOrder = candidates.isEmpty() ? Map.of() : texts.apply(candidates);
        Map<String, Article> byId = new HashMap<>();
        byOrder.values().forEach(a -> byId.putIfAbsent(a.id(), a));
        Deduplication.Batch ledger = new Deduplication.Batch(id -> Optional.ofNullable(byId.get(id)));
        BatchVerdicts v = new BatchVerdicts();
        for (String[] row : rows) {
            Deduplication.Verdict verdict = ledger.take(row[1], fingerprints.get(row[0]), () -> byOrder.get(row[0]));
            if (verdict instanceof Deduplication.Verdict.New) {
                v.fresh.add(row[0]);
            } else if (verdict instanceof Deduplication.Verdict.Copy c) {
                v.originals.put(row[0], c.original());
                v.similarities.put(row[0], c.similarity());
            } else {
                v.repeats++;
            }
        }
        v.share(rows.stream().filter(r -> v.fresh.contains(r[0])).toList(), slots);
        return v;
    }

    /**
     * Gives each article to analyse a slot, longest first, each to the slot with the fewest characters so far:
     * the time an article takes grows with its length, which differs tenfold in a corpus, so slots of equal
     * length finish together and no core waits for the last long article of another.
     */
    private void share(List<String[]> fresh, int count) {
        List<String[]> longestFirst = new ArrayList<>(fresh);
        longestFirst.sort(Comparator.<String[]>comparingInt(r -> -Integer.parseInt(r[2])).thenComparing(r -> r[0]));
        PriorityQueue<long[]> loads = new PriorityQueue<>(Comparator.<long[]>comparingLong(l -> l[0])
                .thenComparingLong(l -> l[1]));
        for (int i = 0; i < count; i++) {
            loads.add(new long[] {0, i});
        }
        for (String[] row : longestFirst) {
            long[] least = loads.poll();
            slots.put(row[0], (int) least[1]);
            least[0] += Integer.parseInt(row[2]);
            loads.add(least);
        }
    }

    private static Fingerprint fingerprint(String[] row) {
        byte[] bytes = Base64.getDecoder().decode(row[4]);
        int[] minHash = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(minHash);
        return new Fingerprint(row[3], minHash);
    }

    /** Whether the article at {@code order} is the first of its text in the batch, to be analysed. */
    boolean isNew(String order) {
        return fresh.contains(order);
    }

    /** The analysis partition of the article at {@code order}, one to analyse. */
    int slot(String order) {
        Integer slot = slots.get(order);
        if (slot == null) {
            throw new IllegalArgumentException("the article at " + order + " of the batch is not one to analyse");
        }
        return slot;
    }

    /** The reprint record of the article at {@code order}, when it is a near-duplicate of an earlier one. */
    Optional<String> reprint(String order, Article article) {
        String original = originals.get(order);
        return original == null ? Optional.empty()
                : Optional.of(AccordJson.compact(new Reprint(original, similarities.get(order), article)));
    }

    int reprints() {
        return originals.size();
    }

    int repeats() {
        return repeats;
    }
}
