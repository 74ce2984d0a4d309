package dev.accord.cli;

import dev.accord.ingest.Fingerprints;
import dev.accord.ingest.Input;
import dev.accord.ingest.Inputs;
import dev.accord.ingest.Sink;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Fingerprint;
import dev.accord.model.Problem;
import dev.accord.store.Appearance;
import dev.accord.store.FactStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code accord ingest}: analyses articles and stores them with their facts. An article already in
 * the store is not analysed again, so re-running a batch after a crash finishes it; a near-duplicate
 * of a stored article (a reprint with small edits) is recorded as another appearance of it.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyses articles and stores them with their facts (idempotent: an article already "
                + "stored is skipped; a near-duplicate of a stored one is recorded as another source of it).")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ReadOptions read;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.Expansion expansion = read.expand();
        String conflict = read.titleConflict(expansion.inputs().size());
        if (conflict != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), conflict);
        }
        long start = System.nanoTime();
        try (FactStore db = store.open()) {
            Batch batch = new Batch(db, out, err);
            expansion.problems().forEach(batch::problem);
            Progress progress = new Progress(err, expansion.inputs().size());
            int done = 0;
            for (Input input : expansion.inputs()) {
                // Problems recorded by an earlier run of this input are re-recorded below if they remain.
                db.removeProblems(input.name());
                read.read(input, batch);
                out.flush();
                progress.update(++done);
            }
            progress.finish();
            out.printf("Stored %d new article%s, %d already stored, %d failed, %d near-duplicate%s recorded as "
                            + "sources of stored articles, in %.1f s; the store %s holds %d.%n",
                    batch.stored, batch.stored == 1 ? "" : "s", batch.already, batch.problems.size(), batch.copies,
                    batch.copies == 1 ? "" : "s", (System.nanoTime() - start) / 1e9, store.where(), db.articleCount());
            out.flush();
            return Problems.report(err, "ingest", batch.problems);
        }
    }

    /** Stores what the readers find: new articles analysed, copies recorded, problems kept. */
    private static final class Batch implements Sink {
        final FactStore db;
        final PrintWriter out;
        final PrintWriter err;
        final List<Problem> problems = new ArrayList<>();
        int stored;
        int already;
        int copies;

        Batch(FactStore db, PrintWriter out, PrintWriter err) {
            this.db = db;
            this.out = out;
            this.err = err;
        }

        @Override
        public void article(Article article) {
            Optional<String> storedAs = db.findStoredAs(article.id());
            if (storedAs.isPresent()) {
                already++;
                out.println("  = " + article.id() + "  " + TextFormat.titleOf(article) + "  (already stored"
                        + (storedAs.get().equals(article.id()) ? ")" : " as a copy of " + storedAs.get() + ")"));
                return;
            }
            Fingerprint fingerprint = Fingerprints.of(article.text());
            Optional<FactStore.Duplicate> duplicate = db.findDuplicate(fingerprint, Fingerprints.THRESHOLD);
            if (duplicate.isPresent()) {
                db.addAppearance(duplicate.get().articleId(), Appearance.of(article, duplicate.get().similarity()));
                copies++;
                out.printf("  ≈ %s  %s  (near-duplicate of %s, similarity %.2f; recorded as a source of it)%n",
                        article.id(), TextFormat.titleOf(article), duplicate.get().articleId(),
                        duplicate.get().similarity());
                return;
            }
            ArticleFacts facts;
            try {
                facts = Engine.extractor(err).analyze(article);
            } catch (RuntimeException e) {
                problem(new Problem(article.source(), "analysis failed (" + e + "); expected an article Accord "
                        + "can analyse"));
                return;
            }
            db.put(facts, fingerprint);
            stored++;
            out.print(TextFormat.summary(facts));
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
            db.recordProblem(problem);
        }
    }
}
