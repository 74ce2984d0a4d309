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
    void benchPrintsSteadyStateRatesHeapAndColdStartForTheArticlesItWasGiven() throws Exception {
        Path corpus = dir.resolve("news.jsonl");
        Files.writeString(corpus, String.join("\n",
                "{\"id\":\"b1\",\"published\":\"2025-03-01\",\"text\":\"Peru and Chile signed a fisheries agreement "
                        + "in Lima on Friday.\"}",
                "{\"id\":\"b2\",\"published\":\"2025-03-02\",\"text\":\"India sent aid to Nepal after the floods.\"}",
                "{\"id\":\"b3\",\"published\":\"2025-03-03\",\"text\":\"The foreign ministers of Ghana and Togo met "
                        + "in Accra.\"}") + "\n");
        Run run = Run.of("bench", corpus.toString(), "--limit", "2", "--threads", "2", "--span", "1", "--rounds", "2",
                "--no-baseline", "--no-pages");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("2 articles from " + corpus + ", 2 threads"), run.out());
        assertTrue(run.out().contains("settling rounds on the 1 after them"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches(" +Accord: cold start, models loaded and the first"
                + " article's result after [0-9.]+ s")), run.out());
        assertEquals(2, run.out().lines().filter(l -> l.matches(" +Accord: measured round [12], [0-9]+ pass(es)?, "
                + "[0-9]+ articles in [0-9.]+ s: [0-9.]+ articles/s, .*")).count(), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("Accord: [0-9.]+ / [0-9.]+ / [0-9.]+ articles/s \\(min /"
                + " median / max of 2 rounds\\), [0-9]+ tokens/s at the median; cold start [0-9.]+ s; models [0-9.]+"
                + " GiB after a full collection once loaded; peak heap [0-9.]+ GiB in use during its rounds; JIT"
                + " [0-9.]+%, GC [0-9.]+% of the measured time; [0-9.]+ articles per CPU-second, [0-9.]+ per second"
                + " of the analysing threads' CPU")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("heap after a full collection at the end: [0-9.]+ GiB in"
                + " use \\(Accord: the models and every cache, full\\)")), run.out());
    }

    @Test
    void benchRefusesASettlingToleranceOfZeroNamingTheOption() {
        Run run = Run.of("bench", "--tolerance", "0", "--no-baseline");
        assertEquals(AccordCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("--tolerance") && run.err().contains("got 0.0"), run.err());
    }

    @Test
    void benchRefusesALimitBelowOne() {
        Run run = Run.of("bench", "--limit", "0", "--no-baseline");
        assertEquals(AccordCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("--limit and --threads must be at least 1"), run.err());
    }
}
