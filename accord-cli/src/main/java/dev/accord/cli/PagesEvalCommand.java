package dev.accord.cli;

import dev.accord.eval.PageScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code accord eval pages [DIR]}: how well the page reader keeps the article and its metadata, on each half of
 * a folder of pages with known bodies, so the half the rules were not tuned on shows what to expect elsewhere.
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        description = {"Reads saved web pages and scores the kept text against each page's known article body",
                "(word " + PageScorer.SHINGLE + "-shingle precision, recall and F1, micro-averaged), names the pages "
                        + "that gave no text, and scores the metadata; once for the pages the rules were tuned on "
                        + "and once for those held back."})
final class PagesEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "One folder a page with source.html, expected.html and expected-metadata.json "
                    + "(default: ../shared/eval/readability-pages).")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write each page's shingle counts, problem and metadata beside the gold as JSON Lines.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = dir != null ? dir : EvalCommand.sharedDir().resolve("eval/readability-pages");
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), folder + " is not a folder; expected a "
                    + "folder of pages, one subfolder each with source.html, expected.html and "
                    + "expected-metadata.json");
        }
        List<PageScorer.GoldPage> pages;
        try {
            pages = PageScorer.load(folder);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long start = System.nanoTime();
        PageScorer.Split split;
        try (EvalOutput predictions = EvalOutput.open(out, spec.commandLine())) {
            split = PageScorer.score(pages, predictions.lines());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d pages, read in %.1f s%n", folder, pages.size(), seconds);
        print(out, "tuned on", split.tuned());
        print(out, "held back", split.heldBack());
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String half, PageScorer.Result r) {
        out.printf("%-9s %3d pages: text (word %d-shingles) %s%n", half, r.pages(), PageScorer.SHINGLE,
                r.text().format());
        out.printf("          no text: %d article page%s%s%n", r.empty().size(), r.empty().size() == 1 ? "" : "s",
                r.empty().isEmpty() ? "" : ": " + String.join("; ", r.empty()));
        if (!r.fragments().isEmpty()) {
            out.printf("          no text, as meant: %d page%s whose gold body is under %d characters: %s%n",
                    r.fragments().size(), r.fragments().size() == 1 ? "" : "s", PageScorer.ARTICLE,
                    String.join(", ", r.fragments()));
        }
        StringBuilder meta = new StringBuilder("          metadata:");
        for (String field : PageScorer.FIELDS) {
            meta.append(String.format(java.util.Locale.ROOT, " %s %.3f (%d/%d)", field, r.accuracy(field),
                    r.right().getOrDefault(field, 0), r.present().getOrDefault(field, 0)));
        }
        out.println(meta);
    }
}
