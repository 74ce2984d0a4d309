package dev.accord.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.accord.model.AccordJson;
import dev.accord.model.Problem;
import dev.accord.pipeline.Ingestion;
import dev.accord.pipeline.Reprint;
import dev.accord.store.FactStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code accord load}: stores the output of the Spark job (its {@code jsonl/facts} and
 * {@code jsonl/problems} folders) through the {@link FactStore} interface, so it loads into whichever
 * store {@code --db} opens, by the same checks as {@code accord ingest} ({@link Ingestion}): facts already
 * stored are skipped, so loading twice stores each article once, and a near-duplicate of a stored article
 * (or one the job's driver found, in {@code jsonl/reprints}) is recorded as another source of it.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Loads the Spark job's output folder (jsonl/facts, jsonl/reprints and jsonl/problems) into "
                + "the store; articles already stored are skipped, near-duplicates recorded as sources.")
final class LoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The job's output folder (the OUT_DIR given to AccordSparkJob).")
    Path dir;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path facts = dir.resolve("jsonl/facts");
        if (!Files.isDirectory(facts)) {
            throw new CommandLine.ParameterException(spec.commandLine(), facts + " is not a folder; expected the "
                    + "output folder of the Spark job, holding jsonl/facts/part-* files");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> unreadable = new ArrayList<>();
        int problems = 0;
        try (FactStore db = store.open()) {
            // The job's facts are analysed already: the ingestion checks and stores them without analysing.
            Ingestion batch = new Ingestion(db, article -> {
                throw new IllegalStateException("accord load analyses nothing; article " + article.id()
                        + " reached the analyser");
            }, Ingestion.Listener.SILENT);
            for (Path part : parts(facts)) {
                forEachLine(part, unreadable, "one accord/1 facts object a line",
                        line -> batch.store(AccordJson.readFacts(line)));
            }
            for (Path part : parts(dir.resolve("jsonl/reprints"))) {
                forEachLine(part, unreadable, "one reprint object {original, similarity, article} a line", line -> {
                    Reprint r = AccordJson.mapper().readValue(line, Reprint.class);
                    batch.copy(r.original(), r.article(), r.similarity());
                });
            }
            for (Path part : parts(dir.resolve("jsonl/problems"))) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    db.recordProblem(AccordJson.mapper().readValue(line, Problem.class));
                    problems++;
                }
            }
            unreadable.forEach(batch::problem);
            out.printf("Loaded %d new article%s, %d already stored, %d problem%s of the job recorded, %d "
                            + "near-duplicate%s recorded as sources of stored articles, from %s; the store %s "
                            + "holds %d.%n",
                    batch.stored(), batch.stored() == 1 ? "" : "s", batch.already(), problems,
                    problems == 1 ? "" : "s", batch.copies(), batch.copies() == 1 ? "" : "s", dir, store.db,
                    db.articleCount());
            out.flush();
        }
        return Problems.report(spec.commandLine().getErr(), "load", unreadable);
    }

    /** What one line of a part file is turned into; a line it cannot read throws, naming what is wrong. */
    private interface LineAction {
        void accept(String line) throws IOException;
    }

    /** Runs {@code action} on each line of {@code part}; a line that is not what is expected is a problem. */
    private static void forEachLine(Path part, List<Problem> unreadable, String expected, LineAction action)
            throws IOException {
        int number = 0;
        try (BufferedReader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                try {
                    action.accept(line);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    unreadable.add(new Problem(part + ":" + number, e.getMessage() + "; expected " + expected));
                }
            }
        }
    }

    /** The part files Spark wrote, in name order; its _SUCCESS and checksum files are left out. */
    private static List<Path> parts(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }
}
