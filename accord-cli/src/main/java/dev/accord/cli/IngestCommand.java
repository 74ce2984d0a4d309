package dev.accord.cli;

import dev.accord.ingest.Inputs;
import dev.accord.model.Article;
import dev.accord.pipeline.Ingestion;
import dev.accord.pipeline.Outcome;
import dev.accord.store.FactStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
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
            Progress progress = Progress.ofInputs(err, expansion.inputs());
            Ingestion batch = new Ingestion(db, article -> Engine.extractor(err).analyze(article),
                    new Lines(out, new Counted(progress, expansion.inputs(), read)));
            expansion.problems().forEach(batch::problem);
            try {
                read.read(expansion.inputs(), batch);
            } catch (RuntimeException e) {
                throw new IllegalStateException("the batch stopped after storing " + batch.stored() + " new article"
                        + (batch.stored() == 1 ? "" : "s") + ", because the store failed: " + e.getMessage(), e);
            }
            progress.finish();
            out.printf("Stored %d new article%s, %d already stored, %d failed, %d near-duplicate%s recorded as "
                            + "sources of stored articles, in %.1f s; the store %s holds %d.%n",
                    batch.stored(), batch.stored() == 1 ? "" : "s", batch.already(), batch.problems().size(),
                    batch.copies(), batch.copies() == 1 ? "" : "s", (System.nanoTime() - start) / 1e9, store.where(),
                    db.articleCount());
            out.flush();
            return Problems.report(err, "ingest", batch.problems());
        }
    }

    /** One line for each article, as the batch goes: its facts when stored, why not otherwise. */
    private record Lines(PrintWriter out, Counted progress) implements Ingestion.Listener {

        @Override
        public void outcome(Outcome outcome) {
            progress.article();
            Article article = outcome.article();
            if (outcome instanceof Outcome.Stored && !Ingestion.isAnalysed(article)) {
                out.println("  + " + article.id() + "  " + TextFormat.titleOf(article) + "  (in '" + article.language()
                        + "': stored and searchable, not analysed; Accord analyses English only)");
            } else if (outcome instanceof Outcome.Stored s) {
                out.print(TextFormat.summary(s.facts()));
            } else if (outcome instanceof Outcome.Already a) {
                out.println("  = " + article.id() + "  " + TextFormat.titleOf(article) + "  (already stored"
                        + (a.storedAs().equals(article.id()) ? ")" : " as a copy of " + a.storedAs() + ")"));
            } else if (outcome instanceof Outcome.Copy c) {
                out.printf("  ≈ %s  %s  (near-duplicate of %s, similarity %.2f; recorded as a source of it)%n",
                        article.id(), TextFormat.titleOf(article), c.original(), c.similarity());
            }
        }

        @Override
        public void inputRead(int done, int total) {
            out.flush();
            progress.inputRead(done);
        }
    }
}
