package dev.accord.cli;

import dev.accord.eval.SeedScorer;
import dev.accord.extract.FactExtractor;
import dev.accord.ingest.Input;
import dev.accord.ingest.TextArticleReader;
import dev.accord.ingest.UnreadableInputException;
import dev.accord.model.ArticleFacts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code accord eval seed}: the seed article against what an analyst reads out of it. */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Analyses the seed article and checks each item of its expected.json.")
final class SeedEvalCommand implements Callable<Integer> {

    @Option(names = "--article", paramLabel = "FILE",
            description = "The seed article (default: ../shared/seed/000_ebc1b76246187781.txt).")
    Path article;

    @Option(names = "--expected", paramLabel = "FILE",
            description = "Its expected facts (default: expected.json beside the article).")
    Path expected;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The article's date (default: the one expected.json gives).")
    LocalDate date;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path articleFile = article != null ? article
                : EvalCommand.sharedDir().resolve("seed/000_ebc1b76246187781.txt");
        Path expectedFile = expected != null ? expected : articleFile.resolveSibling("expected.json");
        for (Path p : List.of(articleFile, expectedFile)) {
            if (!Files.isRegularFile(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        p + " does not exist; expected the seed article and its expected.json (--article, --expected)");
            }
        }
        SeedScorer scorer = SeedScorer.load(expectedFile);
        LocalDate published = date != null ? date : LocalDate.parse(scorer.published());
        ArticleFacts facts;
        try {
            facts = analyzeSeed(Engine.extractor(spec.commandLine().getErr()), articleFile, published);
        } catch (UnreadableInputException e) {
            spec.commandLine().getErr().println("accord eval seed: " + e.problem());
            return AccordCommand.EXIT_SOME_FAILED;
        }
        List<SeedScorer.Check> checks = scorer.score(facts);
        Map<String, int[]> totals = new TreeMap<>();
        for (SeedScorer.Check c : checks) {
            out.printf("%-4s %-6s %-10s %s — %s%n", c.outcome(), c.level(), c.category(), c.item(), c.detail());
            int[] t = totals.computeIfAbsent(c.level(), k -> new int[2]);
            t[c.outcome().ordinal()]++;
        }
        out.println();
        totals.forEach((level, t) -> out.printf("%s: %d passed, %d failed%n", level, t[0], t[1]));
        out.flush();
        return 0;
    }

    /** The seed article read as {@code accord analyze} reads it, dated {@code published}, and its facts. */
    static ArticleFacts analyzeSeed(FactExtractor extractor, Path articleFile, LocalDate published)
            throws UnreadableInputException {
        return extractor.analyze(new TextArticleReader().read(new Input(articleFile.toString(), articleFile),
                new TextArticleReader.Options(published, null)));
    }
}
