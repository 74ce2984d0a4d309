package dev.accord.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
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
        Benchmark.Plan plan = new Benchmark.Plan(0.05, 1, 0.02, 1e-9, 2);
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
    void theSidesTakeTurnsAndEachOtherMeasuredRoundStartsWithTheOtherSide() {
        Benchmark.Plan plan = new Benchmark.Plan(0.1, 3, 0.05, 0.5, 0.2);
        List<String> lines = new ArrayList<>();
        Benchmark.Result result = new Benchmark(ARTICLES, List.of(), 1, plan).run(List.of(
                new Benchmark.Contender("fast", new AtomicLong(), () -> a -> sleep(1)),
                new Benchmark.Contender("slow", new AtomicLong(), () -> a -> sleep(20))), lines::add);

        List<String> measured = lines.stream().filter(l -> l.contains(": measured round"))
                .map(l -> l.substring(0, l.indexOf(',')).replace(": measured round ", " ")).toList();
        assertEquals(List.of("fast 1", "slow 1", "slow 2", "fast 2", "fast 3", "slow 3"), measured);
        List<String> settling = lines.stream().filter(l -> l.contains(": settling round"))
                .map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertEquals("fast", settling.get(0));
        assertEquals("slow", settling.get(1));
        assertEquals(3, result.ratios(0, 1).size());
        // Sleeping 1 ms an article against 20 ms: every pair's ratio is above 1 however busy the machine.
        assertTrue(result.ratios(0, 1).stream().allMatch(r -> r > 1), result.ratios(0, 1).toString());
        assertTrue(result.sides().stream().allMatch(f -> f.settlingRounds().size() >= 2), lines.toString());
    }

    @Test
    void aSettlingTimeTooShortForTwoRoundsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Benchmark.Plan(30, 3, 9, 0.03, 10));
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
