package dev.accord.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.eval.PloverScorer;
import dev.accord.extract.event.EventTypeClassifier;
import dev.accord.model.AccordJson;
import dev.accord.pipeline.Extraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/** {@code accord eval plover}: event coding against a PLOVER gold file. */
@Command(name = "plover", mixinStandardHelpOptions = true,
        description = "Codes each sentence of a PLOVER gold file and prints event-type precision, recall and F1, "
                + "actor and recipient accuracy, the full-tuple match rate and the false-event rate.")
final class PloverEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "A PLOVER gold file (JSON array); default: ../shared/eval/plover-gsr/PLOVER_GSR_CAMEO.dev.json.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Write each record's predictions here, as JSON Lines.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N records.")
    Integer limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path gold = file != null ? file : EvalCommand.sharedDir().resolve("eval/plover-gsr/PLOVER_GSR_CAMEO.dev.json");
        if (!Files.isRegularFile(gold)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    gold + " does not exist; expected a PLOVER gold file (JSON array of coded sentences)");
        }
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        List<PloverScorer.Gold> records = PloverScorer.read(gold);
        if (limit != null && limit < records.size()) {
            records = records.subList(0, limit);
        }
        Engine.extractor(spec.commandLine().getErr());
        PloverScorer.Split own;
        PloverScorer.Split r;
        PloverScorer.Learned learned;
        try (Writer w = out == null ? Writer.nullWriter() : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            own = new PloverScorer(Extraction.extractor(false, Optional.empty()))
                    .score(records, line -> write(w, line.put("run", "own-lexicon")));
            r = new PloverScorer(Extraction.extractor(true, Optional.empty()))
                    .score(records, line -> write(w, line.put("run", "lexicon")));
            learned = PloverScorer.scoreLearned(records,
                    examples -> Extraction.extractor(true, Optional.of(Extraction.classifier(examples))),
                    line -> write(w, line.put("run", "cross-validated")));
        }
        print(spec.commandLine().getOut(), gold, r);
        PrintWriter o = spec.commandLine().getOut();
        o.println();
        o.println("Accord's own lexicon alone (the baseline; it was written before the split, on the whole file):");
        o.printf("%-42s %9s %9s %9s%n", "", "whole", "tuned", "untuned");
        figures(o, List.of(own.all(), own.tuned(), own.untuned()));
        printLearned(o, learned);
        return 0;
    }

    private static void write(Writer w, ObjectNode line) {
        try {
            w.write(AccordJson.compact(line));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printLearned(PrintWriter out, PloverScorer.Learned learned) {
        out.println();
        out.printf("With the learned event classifier (logistic regression on sentence embeddings, probability >= %.2f)%n",
                EventTypeClassifier.THRESHOLD);
        out.printf("%-42s %9s %9s %9s%n", "", "plain", PloverScorer.FOLDS + "-fold CV", "untuned");
        out.printf("%-42s %9s %9s %9s%n", "learned on", "whole", "4/5 each", "tuned");
        List<PloverScorer.Report> all = List.of(learned.plain(), learned.crossValidated(), learned.untunedFromTuned());
        figures(out, all);
        out.flush();
    }

    private static void print(PrintWriter out, Path gold, PloverScorer.Split split) {
        PloverScorer.Report r = split.all();
        out.printf("PLOVER event coding on %s (%d gold events)%n%n", gold.getFileName(), r.records());
        out.printf("%-10s %9s %9s %9s %6s %6s %6s%n", "type", "precision", "recall", "F1", "tp", "fp", "fn");
        for (var e : r.perType().entrySet()) {
            int[] c = e.getValue();
            if (c[0] + c[1] + c[2] > 0) {
                row(out, e.getKey().name(), r, c);
            }
        }
        row(out, "overall", r, r.overall());
        out.println();
        out.printf("Accord's lexicon and the triggers mined from PETRARCH2's verb dictionary. The halves: split by "
                + "seed %d; rules are tuned on the tuned half only.%n",
                PloverScorer.SPLIT_SEED);
        out.printf("%-42s %9s %9s %9s%n", "", "whole", "tuned", "untuned");
        figures(out, List.of(split.all(), split.tuned(), split.untuned()));
        out.println();
        out.println("Full-tuple misses of the tuned half by cause (the untuned half's are not read):");
        split.tuned().misses().forEach((miss, n) ->
                out.printf("  %-40s %d%n", miss.name().toLowerCase(Locale.ROOT).replace('_', ' '), n));
        out.flush();
    }

    private static void figures(PrintWriter out, List<PloverScorer.Report> all) {
        summary(out, "gold events", all, x -> (double) x.records(), "%9.0f");
        summary(out, "event-type precision", all, x -> x.precision(x.overall()), "%9.3f");
        summary(out, "event-type recall", all, x -> x.recall(x.overall()), "%9.3f");
        summary(out, "event-type F1", all, x -> x.f1(x.overall()), "%9.3f");
        summary(out, "actor code accuracy (type matched)", all, x -> ratio(x.actorsRight(), x.typeMatches()), "%9.3f");
        summary(out, "recipient code accuracy (type matched)", all,
                x -> ratio(x.recipientsRight(), x.typeMatches()), "%9.3f");
        summary(out, "full (actor, type, recipient) match rate", all, x -> ratio(x.fullMatches(), x.records()),
                "%9.3f");
        summary(out, "false events per 100 gold events", all, x -> 100 * ratio(x.falseEvents(), x.records()),
                "%9.1f");
    }

    private static void summary(PrintWriter out, String name, List<PloverScorer.Report> reports,
                                ToDoubleFunction<PloverScorer.Report> figure, String format) {
        out.printf("%-42s", name);
        for (PloverScorer.Report r : reports) {
            out.printf(" " + format, figure.applyAsDouble(r));
        }
        out.println();
    }

    private static void row(PrintWriter out, String name, PloverScorer.Report r, int[] c) {
        out.printf("%-10s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, r.precision(c), r.recall(c), r.f1(c), c[0], c[1], c[2]);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
