package dev.accord.cli;

import dev.accord.ingest.Input;
import dev.accord.ingest.Inputs;
import dev.accord.ingest.Sink;
import dev.accord.model.Article;
import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Problem;
import dev.accord.pipeline.Deduplication;
import dev.accord.pipeline.Ingestion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code accord analyze}: prints the facts of each article without storing them. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Prints the facts of each article: entities and dates, each with its evidence.")
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { json, jsonl, text }

    @Mixin
    ReadOptions read;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "json (one object, or an array for several inputs), jsonl (one object a line) or "
                    + "text (a readable summary). Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.Expansion expansion = read.expand();
        String conflict = read.titleConflict(expansion.inputs().size());
        if (conflict != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), conflict);
        }
        List<Problem> problems = new ArrayList<>(expansion.problems());
        boolean array = format == Format.json && expansion.inputs().size() > 1;
        if (array) {
            out.println("[");
        }
        Progress progress = Progress.ofInputs(err, expansion.inputs());
        Counted counted = new Counted(progress, expansion.inputs(), read);
        Deduplication.Batch seen = new Deduplication.Batch();
        int[] printed = {0};
        int done = 0;
        for (Input input : expansion.inputs()) {
            read.read(input, new Sink() {
                @Override
                public void article(Article article) {
                    counted.article();
                    // A reprint of an article printed above adds nothing new; say so instead of analysing it.
                    Deduplication.Verdict verdict = seen.take(article);
                    if (verdict instanceof Deduplication.Verdict.Copy copy) {
                        err.println("accord analyze: " + article.source() + " is a near-duplicate of article "
                                + copy.original() + "; not analysed again");
                        return;
                    }
                    if (verdict instanceof Deduplication.Verdict.Already) {
                        err.println("accord analyze: " + article.source() + " is an article printed above; not "
                                + "analysed again");
                        return;
                    }
                    if (!Ingestion.isAnalysed(article)) {
                        err.println("accord analyze: " + article.source() + " is in '" + article.language()
                                + "'; only English articles are analysed (accord ingest stores its text)");
                        return;
                    }
                    print(out, Engine.extractor(err).analyze(article), printed[0]++ > 0 && array);
                }

                @Override
                public void problem(Problem problem) {
                    problems.add(problem);
                }
            });
            counted.inputRead(++done);
        }
        progress.finish();
        if (array) {
            out.println("]");
        }
        out.flush();
        return Problems.report(err, "analyze", problems);
    }

    private void print(PrintWriter out, ArticleFacts facts, boolean separator) {
        switch (format) {
            case json -> {
                if (separator) {
                    out.println(",");
                }
                out.println(AccordJson.pretty(facts));
            }
            case jsonl -> out.println(AccordJson.compact(facts));
            case text -> out.print(TextFormat.render(facts));
        }
        out.flush();
    }
}
