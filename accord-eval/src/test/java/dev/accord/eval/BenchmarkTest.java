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
        Benchmark.Plan plan = new Benchmark.Plan(0.05, 1, 0.02, 1e-9, 0.3);
        List<String> lines = new ArrayList<>();
        Benchmark.Figures f = new Benchmark(ARTICLES, List.of(), 1, plan).run("test", new AtomicLong(), lines::add,
                () -> a -> sleep(1));

        assertFalse(f.settled());
        double settling = f.settlingRounds().stream().mapToDouble(Benchmark.Span::seconds).sum();
        assertTrue(settling >= 0.3, "settled for " + settling + " s, expected at least the 0.3 s allowed");
        assertTrue(f.settlingRounds().size() > 8, "expected more rounds than the old cap of 8 within 0.3 s, got "
                + f.settlingRounds().size());
        assertEquals(1, f.rates().size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("test: measured round 1")), String.join("\n", lines));
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
