package dev.accord.cli;

import dev.accord.ingest.Input;
import dev.accord.ingest.Inputs;
import dev.accord.ingest.UnreadableInputException;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Problem;
import dev.accord.store.FactStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code accord ingest}: analyses articles and stores them with their facts. An article already in
 * the store is not analysed again, so re-running a batch after a crash finishes it.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyses articles and stores them with their facts (idempotent: an article already "
                + "stored is skipped).")
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
        List<Problem> problems = new ArrayList<>(expansion.problems());
        int stored = 0;
        int already = 0;
        long start = System.nanoTime();
        try (FactStore db = store.open()) {
            problems.forEach(db::recordProblem);
            Progress progress = new Progress(err, expansion.inputs().size());
            int done = 0;
            for (Input input : expansion.inputs()) {
                try {
                    Article article = read.read(input);
                    if (db.contains(article.id())) {
                        already++;
                        out.println("  = " + article.id() + "  " + TextFormat.titleOf(article) + "  (already stored)");
                    } else {
                        ArticleFacts facts = Engine.extractor(err).analyze(article);
                        db.put(facts);
                        db.removeProblems(input.name());
                        stored++;
                        out.print(TextFormat.summary(facts));
                    }
                } catch (UnreadableInputException e) {
                    problems.add(e.problem());
                    db.recordProblem(e.problem());
                }
                out.flush();
                progress.update(++done);
            }
            progress.finish();
            out.printf("Stored %d new article%s, %d already stored, %d failed, in %.1f s; the store %s holds %d.%n",
                    stored, stored == 1 ? "" : "s", already, problems.size(), (System.nanoTime() - start) / 1e9,
                    store.db, db.articleCount());
        }
        out.flush();
        return Problems.report(err, "ingest", problems);
    }
}
