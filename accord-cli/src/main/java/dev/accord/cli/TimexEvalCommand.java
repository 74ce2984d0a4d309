package dev.accord.cli;

import dev.accord.eval.TimexScorer;
import dev.accord.extract.FactExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code accord eval timex DIR}: TIMEX3 spans and values against MEANTIME CAT XML or TimeML files. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = {"Finds and normalises the temporal expressions of MEANTIME CAT XML and TimeML .tml files",
                "under DIR and scores them: span F1 (strict and relaxed) and value accuracy."})
final class TimexEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder of gold files, e.g. "
            + "../shared/eval/meantime-en/intra-doc_annotation.")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write each gold and predicted expression with its counterpart as JSON Lines.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    dir + " is not a folder; expected a folder of MEANTIME .xml or TimeML .tml files");
        }
        List<TimexScorer.GoldDocument> gold = TimexScorer.read(dir);
        if (gold.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    dir + " holds no MEANTIME .xml or TimeML .tml documents");
        }
        FactExtractor extractor = Engine.extractor(spec.commandLine().getErr());
        TimexScorer.Result r;
        try (EvalOutput predictions = EvalOutput.open(out, spec.commandLine())) {
            r = TimexScorer.score(gold, extractor::analyze, predictions.lines());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%s: %d documents, %d gold TIMEX3, %d predicted%n", dir, r.documents(), r.gold(), r.predicted());
        w.printf("strict span   P %.3f  R %.3f  F1 %.3f%n", r.strictPrecision(), r.strictRecall(), r.strictF1());
        w.printf("relaxed span  P %.3f  R %.3f  F1 %.3f%n", r.relaxedPrecision(), r.relaxedRecall(), r.relaxedF1());
        w.printf("value         accuracy %.3f (%d of %d relaxed matches), value F1 %.3f%n", r.valueAccuracy(),
                r.valueCorrect(), r.relaxed(), r.valueF1());
        w.flush();
        return 0;
    }
}
