package dev.accord.pipeline;

import dev.accord.ingest.Fingerprints;
import dev.accord.ingest.NearDuplicateIndex;
import dev.accord.model.Article;
import dev.accord.model.Fingerprint;
import dev.accord.store.FactStore;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one rule that decides whether an article is new, for every face:
 * <ul>
 *   <li>an id taken in before (the article itself, or a copy recorded of another) is {@link Verdict.Already};</li>
 *   <li>a text whose signature finds a stored text at least {@link Fingerprints#THRESHOLD} similar is a
 *       candidate, and is a {@link Verdict.Copy} only when the two texts themselves share that much
 *       ({@link #confirm}): a signature's estimate alone never skips an article;</li>
 *   <li>two texts either of which has fewer than {@value #MIN_WORDS} words are copies only when their words
 *       and titles are the same: a short text (a brief, or a page whose reader kept little but a banner) is
 *       mostly what it shares with others, so it never swallows another article by likeness alone;</li>
 *   <li>two pages of one site (one host) under different headlines are never copies: what they share is the
 *       site's template, and taking one for the other would lose a story of every such pair;</li>
 *   <li>anything else is {@link Verdict.New}.</li>
 * </ul>
 * The store answers for the CLI, the server and {@code accord load}; an in-memory {@link Batch} answers for
 * {@code accord analyze}, the evaluation and the Spark job's driver, which sees a whole batch before any store.
 */
public final class Deduplication {

    /** Fewer words than this, and only the same words under the same title make a copy. */
    public static final int MIN_WORDS = 50;

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

        /** A reprint of {@code original}: their texts share {@code similarity} of their word shingles. */
        record Copy(String original, double similarity) implements Verdict {
        }
    }

    /** What was taken in before, as the rule asks of it. */
    public interface Ledger {

        /** The stored article that holds {@code articleId}: itself, or what it was recorded a copy of. */
        Optional<String> storedAs(String articleId);

        /** The stored article whose signature is most similar to {@code fingerprint}, at or above the threshold. */
        Optional<FactStore.Duplicate> nearest(Fingerprint fingerprint);

        /** The stored article {@code articleId}, whose text a candidate is confirmed on. */
        Optional<Article> article(String articleId);
    }

    /**
     * The verdict on the article {@code articleId} with text fingerprint {@code fingerprint}; {@code article}
     * gives the article itself when a candidate must be confirmed on its text.
     */
    public static Verdict check(Ledger ledger, String articleId, Fingerprint fingerprint, Supplier<Article> article) {
        Optional<String> storedAs = ledger.storedAs(articleId);
        if (storedAs.isPresent()) {
            return new Verdict.Already(storedAs.get());
        }
        Optional<FactStore.Duplicate> candidate = ledger.nearest(fingerprint);
        if (candidate.isEmpty()) {
            return new Verdict.New();
        }
        Article stored = ledger.article(candidate.get().articleId()).orElseThrow(() -> new IllegalStateException(
                "the signature of " + candidate.get().articleId() + " is kept but not its article; expected both"));
        double similarity = confirm(stored, article.get());
        return similarity >= Fingerprints.THRESHOLD ? new Verdict.Copy(stored.id(), similarity) : new Verdict.New();
    }

    /**
     * How much of their text two articles share, as the rule counts it: the exact share of word shingles
     * when both are long enough, else 1 for the same words under the same title and 0 otherwise; 0 for two
     * pages of one site under different headlines.
     */
    public static double confirm(Article a, Article b) {
        String site = site(a);
        if (site != null && site.equals(site(b)) && !title(a).equals(title(b))) {
            // One site does not publish one story twice under two headlines: what two of its pages share
            // beyond that is its template, which a reader may have kept when it missed the article.
            return 0.0;
        }
        int shorter = Math.min(Fingerprints.words(a.text()).length, Fingerprints.words(b.text()).length);
        if (shorter < MIN_WORDS) {
            boolean same = String.join(" ", Fingerprints.words(a.text()))
                    .equals(String.join(" ", Fingerprints.words(b.text())));
            return same && title(a).equals(title(b)) ? 1.0 : 0.0;
        }
        return Fingerprints.similarity(a.text(), b.text());
    }

    /** The host an article was published on (its address, else its canonical one, else its outlet), or null. */
    private static String site(Article a) {
        for (String address : new String[] {a.url(), a.canonicalUrl()}) {
            if (address != null) {
                try {
                    String host = URI.create(address.strip()).getHost();
                    if (host != null) {
                        return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                    }
                } catch (IllegalArgumentException e) {
                    // An address that is not a URI names no host; the outlet may.
                }
            }
        }
        return a.outlet() == null ? null : a.outlet().strip().toLowerCase(Locale.ROOT);
    }

    private static String title(Article a) {
        return a.title() == null ? "" : a.title().strip().toLowerCase(Locale.ROOT);
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

            @Override
            public Optional<Article> article(String articleId) {
                return store.find(articleId).map(f -> f.article());
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
        private final Map<String, Article> kept = new HashMap<>();
        private final Function<String, Optional<Article>> articles;
        private final boolean keeps;

        /** A batch that keeps every new article it is given, to confirm later candidates on. */
        public Batch() {
            this.articles = id -> Optional.ofNullable(kept.get(id));
            this.keeps = true;
        }

        /**
         * A batch that finds the articles to confirm on with {@code articles} (the Spark driver, which holds
         * only the texts of the articles whose signatures meet another's).
         */
        public Batch(Function<String, Optional<Article>> articles) {
            this.articles = Objects.requireNonNull(articles, "articles");
            this.keeps = false;
        }

        @Override
        public Optional<String> storedAs(String articleId) {
            return Optional.ofNullable(storedAs.get(articleId));
        }

        @Override
        public Optional<FactStore.Duplicate> nearest(Fingerprint fingerprint) {
            return index.find(fingerprint)
                    .map(id -> new FactStore.Duplicate(id, fingerprints.get(id).similarity(fingerprint)));
        }

        @Override
        public Optional<Article> article(String articleId) {
            return articles.apply(articleId);
        }

        /** The verdict on one article of the batch, remembered for the articles after it. */
        public Verdict take(Article article) {
            return take(article.id(), Fingerprints.of(article.text()), () -> article);
        }

        /** The verdict on one article of the batch known by its id and fingerprint, remembered for the rest. */
        public Verdict take(String articleId, Fingerprint fingerprint, Supplier<Article> article) {
            Verdict verdict = check(this, articleId, fingerprint, article);
            if (verdict instanceof Verdict.New) {
                index.add(articleId, fingerprint);
                fingerprints.put(articleId, fingerprint);
                storedAs.put(articleId, articleId);
                if (keeps) {
                    kept.put(articleId, article.get());
                }
            } else if (verdict instanceof Verdict.Copy copy) {
                storedAs.put(articleId, copy.original());
            }
            return verdict;
        }
    }
}
