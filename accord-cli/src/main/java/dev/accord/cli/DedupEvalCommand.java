package dev.accord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.eval.DedupEvaluation;
import dev.accord.ingest.Fingerprints;
import dev.accord.model.AccordJson;
import org.jsoup.Jsoup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code accord eval dedup}: precision and recall of near-duplicate detection on reprints made from a corpus. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Measures near-duplicate detection: indexes half of a JSON Lines corpus, makes reprints "
                + "of it with realistic edits, and reports precision and recall; then puts different stories in "
                + "real pages' templates and counts false merges.")
final class DedupEvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "JSON Lines with a \"text\" per line (default: ../shared/corpus/wikinews.jsonl).")
    Path corpus;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "6",
            description = "Seed of the random edits (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--pages", paramLabel = "DIR",
            description = "Real pages whose layouts become site templates for the same-site negatives, one folder "
                    + "a page holding source.html and expected.html (default: ../shared/eval/readability-pages).")
    Path pages;

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
        DedupEvaluation.Result r = DedupEvaluation.run(stories, seed);
        out.printf("Corpus %s: %d stories, %d indexed%n", file, stories.size(), r.indexed());
        out.printf("Queries: %d reprints of indexed stories, %d other stories and their reprints%n", r.positives(),
                r.negatives());
        out.printf("Near-duplicates (threshold %.2f, %d-word shingles, %d hashes): precision %.3f (%d/%d), "
                        + "recall %.3f (%d/%d)%n", r.threshold(), Fingerprints.SHINGLE, Fingerprints.HASHES,
                r.precision(), r.truePositives(), r.truePositives() + r.falsePositives(), r.recall(),
                r.truePositives(), r.positives());
        Path dir = pages != null ? pages : EvalCommand.sharedDir().resolve("eval/readability-pages");
        if (!Files.isDirectory(dir)) {
            out.printf("Same-site pages: none, %s is not a folder; expected one folder a page with source.html and expected.html "
                    + "(--pages)%n", dir);
        } else {
            DedupEvaluation.SiteResult site = DedupEvaluation.sameSite(stories, templates(dir));
            out.printf("Same-site pages: %d pairs of different stories in one site's template (%d templates of %s, "
                            + "half the pairs cut to %d-word briefs; %d pairs with a page that gave no article): "
                            + "%d false merge%s%n", site.pairs(), site.templates(), dir,
                    DedupEvaluation.BRIEF_WORDS, site.unreadable(), site.falseMerges().size(),
                    site.falseMerges().size() == 1 ? "" : "s");
            site.falseMerges().forEach(m -> out.println("  merged: " + m));
        }
        out.flush();
        return 0;
    }

    /** Each page folder's source.html with the text of its expected.html, by the folder's name, in name order. */
    private static Map<String, DedupEvaluation.SitePage> templates(Path dir) {
        Map<String, DedupEvaluation.SitePage> pages = new TreeMap<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path f : folders.sorted().toList()) {
                Path source = f.resolve("source.html");
                Path expected = f.resolve("expected.html");
                if (Files.isRegularFile(source) && Files.isRegularFile(expected)) {
                    pages.put(f.getFileName().toString(), new DedupEvaluation.SitePage(
                            Files.readString(source, StandardCharsets.UTF_8),
                            Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8)).text()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pages in " + dir, e);
        }
        return pages;
    }
}
