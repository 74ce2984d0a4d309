package dev.accord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code accord bench} with the real pipeline on articles written for this test. The baseline's
 * coreference and relation models need more heap than the tests have; CI runs it through the launcher.
 */
class BenchIT {

    @TempDir
    Path dir;

    @Test
    void benchPrintsThroughputHeapAndFirstFactsForTheArticlesItWasGiven() throws Exception {
        Path corpus = dir.resolve("news.jsonl");
        Files.writeString(corpus, String.join("\n",
                "{\"id\":\"b1\",\"published\":\"2025-03-01\",\"text\":\"Peru and Chile signed a fisheries agreement "
                        + "in Lima on Friday.\"}",
                "{\"id\":\"b2\",\"published\":\"2025-03-02\",\"text\":\"India sent aid to Nepal after the floods.\"}",
                "{\"id\":\"b3\",\"published\":\"2025-03-03\",\"text\":\"The foreign ministers of Ghana and Togo met "
                        + "in Accra.\"}") + "\n");
        Run run = Run.of("bench", corpus.toString(), "--limit", "2", "--threads", "2", "--no-baseline");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("2 articles from " + corpus + ", 2 threads"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("Accord: +[0-9.]+ articles/s +[0-9]+ tokens/s +peak heap "
                + "+[0-9.]+ GiB +first facts after +[0-9.]+ s +([0-9.]+|n/a) articles per CPU-second"
                + " +JIT compiling +[0-9.]+ s of +[0-9.]+ s")), run.out());
    }

    @Test
    void benchRefusesALimitBelowOne() {
        Run run = Run.of("bench", "--limit", "0", "--no-baseline");
        assertEquals(AccordCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("--limit and --threads must be at least 1"), run.err());
    }
}
