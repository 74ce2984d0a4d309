package dev.accord.cli;

import dev.accord.eval.Analysis;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.nlp.CoreNlpAnnotator;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The options every gold-set scorer takes: how many items, and where the per-item output goes. */
final class GoldEvalOptions {

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N items (default: all).")
    int limit;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also write each item's gold and predictions as JSON Lines to FILE.")
    Path out;

    /**
     * The gold given on the command line, or the default under {@code ../shared}; a usage error naming
     * {@code expected} when it does not exist.
     */
    static Path gold(CommandLine.Model.CommandSpec spec, Path given, String underShared, String expected) {
        Path path = given != null ? given : EvalCommand.sharedDir().resolve(underShared);
        if (!Files.exists(path)) {
            throw new CommandLine.ParameterException(spec.commandLine(), path + " does not exist; expected " + expected);
        }
        return path;
    }

    /** The first {@code --limit} items, or all of them. */
    <T> List<T> first(List<T> items) {
        return limit > 0 && limit < items.size() ? items.subList(0, limit) : items;
    }

    /** Annotates each article once with the shared pipeline and extracts its facts, showing progress. */
    static Function<Article, Analysis> analyser(PrintWriter err, int total) {
        var extractor = Engine.extractor(err);
        Progress progress = Progress.ofArticles(err, total);
        int[] done = {0};
        return article -> {
            Analysis a = Analysis.of(article, CoreNlpAnnotator.shared(), extractor);
            progress.update(++done[0]);
            if (done[0] == total) {
                progress.finish();
            }
            return a;
        };
    }

    /** Writes {@code items} one JSON object a line to {@code --out}, if given. */
    void write(List<?> items) {
        if (out == null) {
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (Object item : items) {
                w.write(AccordJson.compact(item));
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write per-item output to " + out, e);
        }
    }
}
