package dev.accord.cli;

import dev.accord.eval.AccordActorCoder;
import dev.accord.eval.NerActorCoder;
import dev.accord.eval.PloverActorScorer;
import dev.accord.eval.ScoreTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code accord eval actors}: actor detection and coding against PLOVER gold records. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Scores actor detection and coding (state ISO code, IGO, sector) on PLOVER gold records,"
                + " for Accord and for plain CoreNLP NER of the same run.",
                "A gold actor is found when a coded mention overlaps its words and has its code."})
final class ActorsEvalCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "PLOVER gold records (default: ../shared/eval/plover-gsr/PLOVER_GSR_CAMEO.dev.json).")
    Path gold;

    @Mixin
    GoldEvalOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = GoldEvalOptions.gold(spec, gold, "eval/plover-gsr/PLOVER_GSR_CAMEO.dev.json",
                "a PLOVER gold file (JSON array of records)");
        List<PloverActorScorer.GoldSentence> sentences = options.first(PloverActorScorer.load(file));
        PrintWriter out = spec.commandLine().getOut();
        ScoreTable table = new ScoreTable();
        var items = PloverActorScorer.score(sentences,
                GoldEvalOptions.analyser(spec.commandLine().getErr(), sentences.size()),
                List.of(new AccordActorCoder(), new NerActorCoder()), table);
        options.write(items);
        out.printf("PLOVER actor coding, %d sentences of %s%n", sentences.size(), file.getFileName());
        table.print(out);
        return 0;
    }
}
