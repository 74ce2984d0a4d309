package dev.accord.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

    private static final List<Article> ARTICLES = List.of(
            Article.of("a.txt", "A", LocalDate.of(2025, 6, 1), "en", "One short article."),
            Article.of("b.txt", "B", LocalDate.of(2025, 6, 2), "en", "Another short article."));

    @Test
    void settlingThatNeverAgreesStopsAfterItsTimeNotARoundCount() {
        // Two rounds of real work never agree within a billionth, so the rate never counts as settled.
        Benchmark.Plan plan = new Benchmark.Plan(0.05, 1, 0.02, 1e-9, 2, 1);
        List<String> lines = new ArrayList<>();
        Benchmark.Figures f = new Benchmark(ARTICLES, List.of(), 1, plan).run(
                List.of(new Benchmark.Contender("test", new AtomicLong(), () -> a -> sleep(1))), lines::add)
                .sides().get(0);

        assertFalse(f.settled());
        double settling = f.settlingRounds().stream().mapToDouble(Benchmark.Span::seconds).sum();
        assertTrue(settling >= 2, "settled for " + settling + " s, expected at least the 2 s allowed");
        assertTrue(f.settlingRounds().size() > 8, "expected more rounds than the old cap of 8 within 2 s, got "
                + f.settlingRounds().size());
        assertEquals(1, f.rates().size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("test: measured round 1")), String.join("\n", lines));
    }

    @Test
    void theSidesMeasuredRoundsAreCutIntoSlicesThatTakeTurns() {
        Benchmark.Plan plan = new Benchmark.Plan(0.2, 3, 0.05, 0.5, 0.2, 0.04);
        List<String> trace = Collections.synchronizedList(new ArrayList<>());
        Benchmark.Result result = new Benchmark(ARTICLES, List.of(), 1, plan).run(List.of(
                new Benchmark.Contender("fast", new AtomicLong(), () -> a -> {
                    trace.add("fast");
                    sleep(1);
                }),
                new Benchmark.Contender("slow", new AtomicLong(), () -> a -> {
                    trace.add("slow");
                    sleep(20);
                })), line -> trace.add("# " + line));

        List<String> lines = trace.stream().filter(l -> l.startsWith("# ")).toList();
        List<String> measured = lines.stream().filter(l -> l.contains(": measured round"))
                .map(l -> l.substring(2, l.indexOf(',')).replace(": measured round ", " ")).toList();
        assertEquals(List.of("fast 1", "slow 1", "fast 2", "slow 2", "fast 3", "slow 3"), measured);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# slow: first pass over the measured articles")),
                lines.toString());
        // Round 1's analyses: from the last first pass's line to the first measured round's line.
        int from = trace.indexOf(lines.stream().filter(l -> l.startsWith("# slow: first pass")).findFirst().get());
        int to = trace.indexOf(lines.stream().filter(l -> l.startsWith("# fast: measured round 1")).findFirst().get());
        List<String> round = trace.subList(from + 1, to);
        long switches = java.util.stream.IntStream.range(1, round.size())
                .filter(i -> !round.get(i).equals(round.get(i - 1))).count();
        // Rounds of about 0.24 s in slices of about 0.04 s: the sides switch several times within a round.
        assertTrue(switches >= 3, "expected the sides' slices to take turns within a round, got " + round);
        Benchmark.Figures fast = result.sides().get(0);
        Benchmark.Figures slow = result.sides().get(1);
        assertTrue(fast.slices() > 1 && fast.slices() == slow.slices(), fast.slices() + " and " + slow.slices());
        // Each round is whole passes: every article as often as the other.
        assertEquals(0, fast.rounds().get(0).articles() % ARTICLES.size());
        assertEquals(fast.passes().get(0) * ARTICLES.size(), fast.rounds().get(0).articles());
        assertEquals(slow.passes().get(0) * ARTICLES.size(), slow.rounds().get(0).articles());
        assertEquals(ARTICLES.size(), fast.firstPass().articles());
        assertEquals(3, result.ratios(0, 1).size());
        // Sleeping 1 ms an article against 20 ms: every pair's ratio is above 1 however busy the machine.
        assertTrue(result.ratios(0, 1).stream().allMatch(r -> r > 1), result.ratios(0, 1).toString());
        assertTrue(result.sides().stream().allMatch(f -> f.settlingRounds().size() >= 2), lines.toString());
    }

    @Test
    void aSideAloneMeasuresItsRoundsInOneSlice() {
        Benchmark.Plan plan = new Benchmark.Plan(0.05, 2, 0.02, 0.5, 0.1, 0.01);
        Benchmark.Figures f = new Benchmark(ARTICLES, List.of(), 1, plan).run(
                List.of(new Benchmark.Contender("alone", new AtomicLong(), () -> a -> sleep(1))), l -> { })
                .sides().get(0);
        assertEquals(1, f.slices());
        assertTrue(f.rounds().stream().allMatch(r -> r.seconds() >= 0.05), f.rounds().toString());
    }

    @Test
    void aSettlingTimeTooShortForTwoRoundsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Benchmark.Plan(30, 3, 9, 0.03, 10, 5));
        assertTrue(e.getMessage().contains("two settling rounds"), e.getMessage());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
