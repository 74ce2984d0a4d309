package dev.accord.pipeline;

import dev.accord.ingest.Fingerprints;
import dev.accord.ingest.NearDuplicateIndex;
import dev.accord.model.Fingerprint;
import dev.accord.store.FactStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule that decides whether an article is new: an id already taken in (the article itself, or
 * a copy recorded of another) is {@link Verdict.Already}; a text whose fingerprint is at least
 * {@link Fingerprints#THRESHOLD} similar to one taken in is a {@link Verdict.Copy} of the most similar;
 * anything else is {@link Verdict.New}. The store answers for the CLI, the server and {@code accord load};
 * an in-memory ledger answers for the Spark job's driver, which sees a whole batch before any store.
 */
public final class Deduplication {

    private Deduplication() {
    }

    /** What an article is, against what was taken in before it. */
    public sealed interface Verdict {

        /** Nothing taken in before holds this text: analyse and store it. */
        record New() implements Verdict {
        }

        /** The id was taken in before, as itself or as a copy of {@code storedAs}. */
        record Already(String storedAs) implements Verdict {
        }

        /** A reprint of {@code original}, with the estimated share of word sequences in common. */
        record Copy(String original, double similarity) implements Verdict {
        }
    }

    /** What was taken in before, as the rule asks of it. */
    public interface Ledger {

        /** The stored article that holds {@code articleId}: itself, or what it was recorded a copy of. */
        Optional<String> storedAs(String articleId);

        /** The stored article most similar to {@code fingerprint}, at or above the threshold. */
        Optional<FactStore.Duplicate> nearest(Fingerprint fingerprint);
    }

    /** The verdict on the article {@code articleId} with text fingerprint {@code fingerprint}. */
    public static Verdict check(Ledger ledger, String articleId, Fingerprint fingerprint) {
        Optional<String> storedAs = ledger.storedAs(articleId);
        if (storedAs.isPresent()) {
            return new Verdict.Already(storedAs.get());
        }
        return ledger.nearest(fingerprint)
                .<Verdict>map(d -> new Verdict.Copy(d.articleId(), d.similarity()))
                .orElseGet(Verdict.New::new);
    }

    /** The store's own record of what it holds. */
    public static Ledger of(FactStore store) {
        Objects.requireNonNull(store, "store");
        return new Ledger() {
            @Override
            public Optional<String> storedAs(String articleId) {
                return store.findStoredAs(articleId);
            }

            @Override
            public Optional<FactStore.Duplicate> nearest(Fingerprint fingerprint) {
                return store.findDuplicate(fingerprint, Fingerprints.THRESHOLD);
            }
        };
    }

    /**
     * A ledger kept in memory for one batch: {@link #take} records each verdict as the store would (a new
     * article is indexed, a copy remembered), so a batch checked here gives the verdicts the store would give
     * for the same articles in the same order.
     */
    public static final class Batch implements Ledger {

        private final NearDuplicateIndex<String> index = new NearDuplicateIndex<>(Fingerprints.THRESHOLD);
        private final Map<String, Fingerprint> fingerprints = new HashMap<>();
        private final Map<String, String> storedAs = new HashMap<>();

        @Override
        public Optional<String> storedAs(String articleId) {
            return Optional.ofNullable(storedAs.get(articleId));
        }

        @Override
        public Optional<FactStore.Duplicate> nearest(Fingerprint fingerprint) {
            return index.find(fingerprint)
                    .map(id -> new FactStore.Duplicate(id, fingerprints.get(id).similarity(fingerprint)));
        }

        /** The verdict on one article of the batch, remembered for the articles after it. */
        public Verdict take(String articleId, Fingerprint fingerprint) {
            Verdict verdict = check(this, articleId, fingerprint);
            if (verdict instanceof Verdict.New) {
                index.add(articleId, fingerprint);
                fingerprints.put(articleId, fingerprint);
                storedAs.put(articleId, articleId);
            } else if (verdict instanceof Verdict.Copy copy) {
                storedAs.put(articleId, copy.original());
            }
            return verdict;
        }
    }
}
