package dev.accord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code accord load} on a folder laid out as the Spark job writes it, into a real SQLite file. */
class LoadIT {

    @TempDir
    Path dir;

    @Test
    void loadStoresEachArticleOfTheJobsOutputOnceAndRecordsItsProblems() throws Exception {
        Path article = dir.resolve("2025-09-02-baku.txt");
        Files.writeString(article, """
                Azerbaijan and Georgia signed a transit agreement in Baku on Tuesday.
                The two governments said the new corridor would open next year.
                """);
        Run analyzed = Run.of("analyze", "--format", "jsonl", article.toString());
        assertEquals(0, analyzed.exitCode(), analyzed.err());
        Path out = dir.resolve("job");
        Files.createDirectories(out.resolve("jsonl/facts"));
        Files.createDirectories(out.resolve("jsonl/problems"));
        Files.writeString(out.resolve("jsonl/facts/part-00000-x.txt"), analyzed.out());
        Files.writeString(out.resolve("jsonl/facts/_SUCCESS"), "");
        Files.writeString(out.resolve("jsonl/problems/part-00000-x.txt"),
                "{\"input\":\"news.jsonl:2\",\"reason\":\"not a JSON object\"}\n");
        String db = dir.resolve("loaded.db").toString();

        Run first = Run.of("load", out.toString(), "--db", db);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("Loaded 1 new article, 0 already stored, 1 problem"), first.out());
        Run again = Run.of("load", out.toString(), "--db", db);
        assertTrue(again.out().contains("Loaded 0 new articles, 1 already stored"), again.out());
        assertTrue(Run.of("search", "transit", "--db", db).out().contains("Baku"));
    }

    @Test
    void loadRefusesAFolderThatIsNotTheJobsOutput() {
        Run run = Run.of("load", dir.toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(AccordCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("jsonl/facts"), run.err());
    }
}
