package dev.accord.cli;

import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Curation;
import dev.accord.store.Appearance;
import dev.accord.store.FactStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/** {@code accord show}: one stored article with its facts. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows a stored article with its facts and their evidence.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARTICLE_ID", description = "The article's id, or a unique prefix of at least 6 characters.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    AnalyzeCommand.Format format;

    @Option(names = "--machine", description = "The machine's facts, without analysts' corrections.")
    boolean machine;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (FactStore db = store.open()) {
            // Analysts' corrections apply here as in every view; --machine shows what the machine found.
            ArticleFacts machineFacts = db.expect(id);
            ArticleFacts facts = machine ? machineFacts
                    : Curation.apply(machineFacts, db.corrections(machineFacts.article().id()));
            out.print(format == AnalyzeCommand.Format.text ? TextFormat.render(facts)
                    : format == AnalyzeCommand.Format.json ? AccordJson.pretty(facts) + System.lineSeparator()
                    : AccordJson.compact(facts) + System.lineSeparator());
            if (format == AnalyzeCommand.Format.text) {
                printAppearances(out, db.appearances(facts.article().id()));
            }
        } catch (NoSuchElementException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("accord show: " + e.getMessage());
            return AccordCommand.EXIT_SOME_FAILED;
        }
        out.flush();
        return 0;
    }

    /** Where the article appeared: itself, then the near-duplicates recorded as its other sources. */
    private static void printAppearances(PrintWriter out, List<Appearance> appearances) {
        out.println();
        out.println("Sources (" + appearances.size() + ")");
        for (Appearance a : appearances) {
            out.printf("  %s  %s%s%s%s%n", a.copyId(), a.source(),
                    a.url() == null || a.url().equals(a.source()) ? "" : "  " + a.url(),
                    a.outlet() == null ? "" : "  (" + a.outlet() + ")",
                    a.similarity() < 1 ? String.format("  similarity %.2f", a.similarity()) : "");
        }
    }
}
