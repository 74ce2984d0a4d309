package dev.accord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.eval.DedupEvaluation;
import dev.accord.ingest.Fingerprints;
import dev.accord.model.AccordJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code accord eval dedup}: precision and recall of near-duplicate detection on reprints made from a corpus. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Measures near-duplicate detection: indexes half of a JSON Lines corpus, makes reprints "
                + "of it with realistic edits, and reports precision and recall.")
final class DedupEvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "JSON Lines with a \"text\" per line (default: ../shared/corpus/wikinews.jsonl).")
    Path corpus;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "6",
            description = "Seed of the random edits (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threshold", paramLabel = "S",
            description = "Least estimated similarity of a near-duplicate (default: the one ingest uses).")
    Double threshold;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path file = corpus != null ? corpus : EvalCommand.sharedDir().resolve("corpus/wikinews.jsonl");
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), file + " does not exist; expected a "
                    + "JSON Lines corpus (--corpus)");
        }
        List<DedupEvaluation.Story> stories = new ArrayList<>();
        try {
            int line = 0;
            for (String json : Files.readAllLines(file)) {
                line++;
                JsonNode node = json.isBlank() ? null : AccordJson.mapper().readTree(json);
                if (node != null && node.path("text").isTextual()) {
                    stories.add(new DedupEvaluation.Story(node.path("id").asText(file + ":" + line),
                            node.path("text").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + file, e);
        }
        DedupEvaluation.Result r = DedupEvaluation.run(stories, seed,
                threshold != null ? threshold : Fingerprints.THRESHOLD);
        out.printf("Corpus %s: %d stories, %d indexed%n", file, stories.size(), r.indexed());
        out.printf("Queries: %d reprints of indexed stories, %d other stories and their reprints%n", r.positives(),
                r.negatives());
        out.printf("Near-duplicates (threshold %.2f, %d-word shingles, %d hashes): precision %.3f (%d/%d), "
                        + "recall %.3f (%d/%d)%n", r.threshold(), Fingerprints.SHINGLE, Fingerprints.HASHES,
                r.precision(), r.truePositives(), r.truePositives() + r.falsePositives(), r.recall(),
                r.truePositives(), r.positives());
        out.flush();
        return 0;
    }
}
