package dev.accord.cli;

import dev.accord.ingest.Fingerprints;
import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Problem;
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
 * store {@code --db} opens. Facts already stored are skipped, so loading twice stores each article once.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Loads the Spark job's output folder (jsonl/facts and jsonl/problems) into the store; "
                + "articles already stored are skipped.")
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
        int stored = 0;
        int already = 0;
        int problems = 0;
        try (FactStore db = store.open()) {
            for (Path part : parts(facts)) {
                int number = 0;
                try (BufferedReader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        number++;
                        try {
                            ArticleFacts f = AccordJson.readFacts(line);
                            if (db.put(f, Fingerprints.of(f.article().text()))) {
                                stored++;
                            } else {
                                already++;
                            }
                        } catch (IllegalArgumentException e) {
                            unreadable.add(new Problem(part + ":" + number, e.getMessage()
                                    + "; expected one accord/1 facts object a line"));
                        }
                    }
                }
            }
            Path problemDir = dir.resolve("jsonl/problems");
            for (Path part : Files.isDirectory(problemDir) ? parts(problemDir) : List.<Path>of()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    db.recordProblem(AccordJson.mapper().readValue(line, Problem.class));
                    problems++;
                }
            }
            unreadable.forEach(db::recordProblem);
            out.printf("Loaded %d new article%s, %d already stored, %d problem%s of the job recorded, from %s; the "
                            + "store %s holds %d.%n", stored, stored == 1 ? "" : "s", already, problems,
                    problems == 1 ? "" : "s", dir, store.db, db.articleCount());
            out.flush();
        }
        return Problems.report(spec.commandLine().getErr(), "load", unreadable);
    }

    /** The part files Spark wrote, in name order; its _SUCCESS and checksum files are left out. */
    private static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }
}
