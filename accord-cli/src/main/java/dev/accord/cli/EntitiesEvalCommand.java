package dev.accord.cli;

import dev.accord.eval.EntityTaggers;
import dev.accord.eval.MeantimeEntityScorer;
import dev.accord.eval.ScoreTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code accord eval entities}: named-entity mentions against MEANTIME's CAT XML documents. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Scores named-entity mentions (PER, ORG, LOC; exact and overlapping spans) on MEANTIME"
                + " documents, for Accord and for plain CoreNLP NER of the same run."})
final class EntitiesEvalCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "MEANTIME CAT XML documents (default: ../shared/eval/meantime-en/intra-doc_annotation).")
    Path gold;

    @Mixin
    GoldEvalOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = GoldEvalOptions.gold(spec, gold, "eval/meantime-en/intra-doc_annotation",
                "a folder of MEANTIME CAT XML documents");
        List<MeantimeEntityScorer.GoldDocument> docs = options.first(MeantimeEntityScorer.load(dir));
        PrintWriter out = spec.commandLine().getOut();
        ScoreTable exact = new ScoreTable();
        ScoreTable overlap = new ScoreTable();
        var items = MeantimeEntityScorer.score(docs, GoldEvalOptions.analyser(spec.commandLine().getErr(), docs.size()),
                List.of(EntityTaggers.accord(), EntityTaggers.corenlp()), exact, overlap);
        options.write(items);
        out.printf("MEANTIME named-entity mentions, %d documents under %s%n", docs.size(), dir);
        out.println("exact spans:");
        exact.print(out);
        out.println("overlapping spans:");
        overlap.print(out);
        return 0;
    }
}
