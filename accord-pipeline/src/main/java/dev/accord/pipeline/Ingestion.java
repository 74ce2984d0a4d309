package dev.accord.pipeline;

import dev.accord.ingest.Fingerprints;
import dev.accord.ingest.Input;
import dev.accord.ingest.Sink;
import dev.accord.ingest.Sources;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Fingerprint;
import dev.accord.model.Problem;
import dev.accord.model.consolidated.ConsolidationChanges;
import dev.accord.store.Appearance;
import dev.accord.store.FactStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way an article reaches the store, whichever face it came through ({@code accord ingest} and
 * {@code accord load}, {@code POST /api/articles}, the Spark job's output): an article already stored is
 * not analysed again, a near-duplicate of a stored one is recorded as another appearance of it
 * ({@link Deduplication}) and named in the problems with the article it was taken for, a new one is
 * analysed (in English; in another language kept unanalysed, see {@link #analyse}), stored with its
 * fingerprint and consolidated into the record across articles ({@link Consolidation}: it joins the events,
 * agreements and people of earlier articles or makes new ones, without the store being read whole), and what
 * cannot be read or analysed is recorded as a problem with its reason while the batch
 * goes on.
 *
 * <p>A failure of the store itself is never a problem of the input: it is thrown to the caller with the
 * store's own message, and the batch stops there, so nothing is lost behind a misleading reason.
 *
 * <p>One instance serves one batch on one thread; it counts what it did for the batch's closing line.
 */
public final class Ingestion {

    /** What a face shows while the batch runs: one call for each article, one after each input. */
    public interface Listener {

        Listener SILENT = new Listener() {
        };

        /** Called after each article, with what was done with it. */
        default void outcome(Outcome outcome) {
        }

        /** Called after each input of {@link #read(List, Sources, Sources.Options)} is read. */
        default void inputRead(int done, int total) {
        }

        /** Called after each stored article is consolidated, with what changed in the record across articles. */
        default void consolidated(ConsolidationChanges changes) {
        }
    }

    private final FactStore store;
    private final Analyzer analyzer;
    private final Listener listener;
    /** The record across articles, made on the first article stored (its sentence encoder takes a second). */
    private Consolidation consolidation;
    private final List<Problem> problems = new ArrayList<>();
    /** The input being read, whose problems were removed before it was read again; null outside {@link #read}. */
    private Input reading;
    private int stored;
    private int already;
    private int copies;

    /**
     * @param store    where facts, fingerprints, appearances and problems are kept
     * @param analyzer what analyses new articles; {@link Extraction#standard()} in every face
     * @param listener what the face shows while the batch runs
     */
    public Ingestion(FactStore store, Analyzer analyzer, Listener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Reads every input in turn into the store. Problems an earlier run recorded for an input are dropped
     * before it is read again, and recorded again if they remain.
     */
    public void read(List<Input> inputs, Sources sources, Sources.Options options) {
        Sink sink = sink();
        int done = 0;
        try {
            for (Input input : inputs) {
                store.removeProblems(input.name());
                reading = input;
                sources.read(input, options, sink);
                listener.inputRead(++done, inputs.size());
            }
        } finally {
            reading = null;
        }
    }

    /** A sink for readers: each article is {@linkplain #ingest ingested}, each problem recorded. */
    public Sink sink() {
        return new Sink() {
            @Override
            public void article(Article article) {
                ingest(article);
            }

            @Override
            public void problem(Problem problem) {
                Ingestion.this.problem(problem);
            }
        };
    }

    /** Takes in one article read by a reader or posted to the API: analysed only when it is new. */
    public Outcome ingest(Article article) {
        return take(article, null);
    }

    /**
     * Takes in one article analysed elsewhere (the Spark job's {@code jsonl/facts}): the same checks as
     * {@link #ingest}, without analysing it again.
     */
    public Outcome store(ArticleFacts facts) {
        return take(facts.article(), facts);
    }

    /**
     * Records that {@code copy} appeared as a near-duplicate of the article the batch knows as
     * {@code original}, with their similarity; the Spark job's driver finds these before any store.
     * The appearance goes to the article {@code original} is stored as.
     */
    public Outcome copy(String original, Article copy, double similarity) {
        String target = store.findStoredAs(original).orElseThrow(() -> new IllegalArgumentException("copy "
                + copy.id() + " names the original " + original + ", which is not stored; expected the id of an "
                + "article loaded before it"));
        Optional<String> already = store.findStoredAs(copy.id());
        if (already.isPresent()) {
            return report(new Outcome.Already(copy, already.get()));
        }
        store.addAppearance(target, Appearance.of(copy, similarity));
        note(copy, target, similarity);
        return report(new Outcome.Copy(copy, target, similarity));
    }

    /** Records an input, or a part of one, that could not become an article. */
    public void problem(Problem problem) {
        problems.add(problem);
        store.recordProblem(problem);
    }

    private Outcome take(Article article, ArticleFacts analysed) {
        Fingerprint fingerprint = Fingerprints.of(article.text());
        Deduplication.Verdict verdict = Deduplication.check(Deduplication.of(store), article.id(), fingerprint,
                () -> article);
        if (verdict instanceof Deduplication.Verdict.Already a) {
            if (reading != null && !a.storedAs().equals(article.id())) {
                // The note was removed with the input's other problems, and the copy is still one.
                store.appearances(a.storedAs()).stream().filter(x -> x.copyId().equals(article.id())).findFirst()
                        .ifPresent(x -> note(article, a.storedAs(), x.similarity()));
            }
            return report(new Outcome.Already(article, a.storedAs()));
        }
        if (verdict instanceof Deduplication.Verdict.Copy c) {
            store.addAppearance(c.original(), Appearance.of(article, c.similarity()));
            note(article, c.original(), c.similarity());
            return report(new Outcome.Copy(article, c.original(), c.similarity()));
        }
        ArticleFacts facts = analysed;
        if (facts == null) {
            try {
                facts = analyse(analyzer, article);
            } catch (RuntimeException e) {
                Problem p = analysisFailed(article, e);
                problem(p);
                return report(new Outcome.Failed(article, p));
            }
        }
        store.put(facts, fingerprint);
        consolidation().add(facts);
        return report(new Outcome.Stored(article, facts));
    }

    /** The consolidation of this batch's store, made on first need. */
    private Consolidation consolidation() {
        if (consolidation == null) {
            consolidation = Consolidation.standard(store, listener::consolidated);
        }
        return consolidation;
    }

    /**
     * The facts of {@code article}: English articles are analysed; an article in another language is kept
     * with its text and metadata, stored and searchable, and no facts, until Accord reads its language.
     */
    public static ArticleFacts analyse(Analyzer analyzer, Article article) {
        if (isAnalysed(article)) {
            return analyzer.analyze(article);
        }
        return new ArticleFacts(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** Whether Accord analyses articles in this article's language (English only, so far). */
    public static boolean isAnalysed(Article article) {
        return "en".equals(article.language());
    }

    /**
     * A skipped near-duplicate is named in the problems, with the stored article it was taken for, so a
     * user can check the match; it is not one of the batch's failures.
     */
    private void note(Article copy, String original, double similarity) {
        store.recordProblem(new Problem(where(copy), String.format(Locale.ROOT, "near-duplicate of the stored "
                + "article %s (%.0f%% of their word sequences are the same); recorded as another source of it and "
                + "not analysed; `accord show %s` shows both", original, similarity * 100, original)));
    }

    /** How a problem names an article: by the input being read, and the article's own source within it. */
    private String where(Article article) {
        if (reading == null || article.source().equals(reading.name())) {
            return article.source();
        }
        return article.source().equals(reading.sourceName()) ? reading.name()
                : reading.name() + " (" + article.source() + ")";
    }

    /** The problem an article is recorded with when the analyser throws on it. */
    public static Problem analysisFailed(Article article, RuntimeException e) {
        return new Problem(article.source(), "analysis failed (" + e + "); expected an article Accord can analyse");
    }

    private Outcome report(Outcome outcome) {
        if (outcome instanceof Outcome.Stored) {
            stored++;
        } else if (outcome instanceof Outcome.Already) {
            already++;
        } else if (outcome instanceof Outcome.Copy) {
            copies++;
        }
        listener.outcome(outcome);
        return outcome;
    }

    /** Articles stored new in this batch. */
    public int stored() {
        return stored;
    }

    /** Articles of this batch that were stored before. */
    public int already() {
        return already;
    }

    /** Near-duplicates of this batch recorded as appearances of stored articles. */
    public int copies() {
        return copies;
    }

    /** Every problem this batch recorded: inputs that could not be read, articles that could not be analysed. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
