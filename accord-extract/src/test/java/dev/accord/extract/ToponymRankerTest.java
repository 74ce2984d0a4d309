package dev.accord.extract;

import dev.accord.geo.GeoName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToponymRankerTest {

    private static final GeoName SPRINGFIELD_IL = new GeoName(1, "Springfield", 39.80, -89.64, "P", "PPLA", "USA",
            "IL", 116_000);
    private static final GeoName SPRINGFIELD_MO = new GeoName(2, "Springfield", 37.21, -93.29, "P", "PPLA2", "USA",
            "MO", 167_000);
    private static final GeoName PEORIA = new GeoName(3, "Peoria", 40.69, -89.59, "P", "PPLA2", "USA", "IL", 113_000);

    private static double feature(double[] f, String name) {
        return f[ToponymRanker.FEATURES.indexOf(name)];
    }

    @Test
    void theFeaturesSayWhatTheArticleTellsOfTheCandidate() {
        ToponymRanker.Context context = new ToponymRanker.Context(Map.of("USA", 3.0, "CAN", 1.0), Set.of("USA:IL"),
                List.of(PEORIA));
        double[] il = ToponymRanker.features(SPRINGFIELD_IL, "Springfield", 1, context);
        double[] mo = ToponymRanker.features(SPRINGFIELD_MO, "springfield", 0, context);
        assertEquals(Math.log10(116_010), feature(il, "log_population"), 1e-9);
        assertEquals(0.75, feature(il, "country_share"), 1e-9);
        assertEquals(1, feature(il, "first_order_seat"));
        assertEquals(0, feature(mo, "first_order_seat"));
        assertEquals(1, feature(mo, "lower_seat"));
        assertEquals(1, feature(il, "admin1_named"));
        assertEquals(0, feature(mo, "admin1_named"));
        // Peoria is 100 km from Springfield, Illinois, 210 km from Chicago, 500 km from Springfield, Missouri.
        assertEquals(1, feature(il, "near_anchor"));
        assertEquals(0, feature(il, "nearish_anchor"));
        assertEquals(0, feature(mo, "near_anchor"));
        assertEquals(0, feature(mo, "nearish_anchor"));
        GeoName chicago = new GeoName(4, "Chicago", 41.88, -87.63, "P", "PPLA2", "USA", "IL", 2_700_000);
        assertEquals(1, feature(ToponymRanker.features(chicago, "Chicago", 0, context), "nearish_anchor"));
        assertTrue(feature(il, "log_km_to_anchor") < feature(mo, "log_km_to_anchor"));
        assertEquals(Math.log(2), feature(il, "population_rank"), 1e-9);
        assertEquals(1, feature(il, "exact_case"));
        assertEquals(0, feature(mo, "exact_case"));
        assertEquals(1, feature(mo, "own_name"));
    }

    @Test
    void aDivisionCountsAsADivisionNotByPopulation() {
        GeoName illinois = new GeoName(0, "Illinois", 40.0, -89.0, "A", "ADM1", "USA", "IL", 0);
        double[] f = ToponymRanker.features(illinois, "Illinois", 2, new ToponymRanker.Context(Map.of(),
                Set.of("USA:IL"), List.of()));
        assertEquals(1, feature(f, "division"));
        assertEquals(0, feature(f, "log_population"));
        assertEquals(0, feature(f, "admin1_named"), "a division's own name does not name it as a city's division");
        assertEquals(0, feature(f, "country_share"));
    }

    /**
     * Synthetic choices where the right candidate is the one in the article's country, however small, and
     * population only breaks ties: the trained ranker learns to weigh the country above population, which
     * the hand-set weights do not.
     */
    @Test
    void trainingLearnsWhatDecidesTheSyntheticChoices() {
        Random random = new Random(7);
        List<ToponymRanker.Choice> choices = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            List<double[]> candidates = new ArrayList<>();
            int right = random.nextInt(3);
            for (int k = 0; k < 3; k++) {
                double[] f = new double[ToponymRanker.FEATURES.size()];
                f[ToponymRanker.FEATURES.indexOf("log_population")] = k == right ? 1 + random.nextDouble()
                        : 6 + 2 * random.nextDouble();
                f[ToponymRanker.FEATURES.indexOf("country_share")] = k == right ? 1 : 0;
                candidates.add(f);
            }
            choices.add(new ToponymRanker.Choice(candidates, right));
        }
        List<ToponymRanker.Choice> training = choices.subList(0, 300);
        List<ToponymRanker.Choice> held = choices.subList(300, 400);
        ToponymRanker learned = ToponymRanker.train(training, 0.01, 300);
        assertTrue(learned.accuracy(held) > 0.95, "learned: " + learned.accuracy(held));
        assertEquals(0, ToponymRanker.handSet().accuracy(held), 1e-9, "the hand-set weights favour population");
        assertArrayEquals(learned.weights(), ToponymRanker.train(training, 0.01, 300).weights(),
                "the same choices give the same weights");
    }

    @Test
    void weightsSurviveWritingAndReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ranker.tsv");
        ToponymRanker.handSet().write(file, List.of("written by a test"));
        ToponymRanker read = ToponymRanker.read(Files.newInputStream(file), file.toString());
        assertArrayEquals(ToponymRanker.handSet().weights(), read.weights());
    }

    @Test
    void aBadWeightFileSaysWhatWasWrong() {
        IOException bad = assertThrows(IOException.class, () -> ToponymRanker.read(
                new ByteArrayInputStream("log_population\tmany\n".getBytes(StandardCharsets.UTF_8)), "w.tsv"));
        assertTrue(bad.getMessage().contains("w.tsv:1") && bad.getMessage().contains("not a number"), bad.getMessage());
        IOException missing = assertThrows(IOException.class, () -> ToponymRanker.read(
                new ByteArrayInputStream("log_population\t1\n".getBytes(StandardCharsets.UTF_8)), "w.tsv"));
        assertTrue(missing.getMessage().contains("no weight for feature division"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ToponymRanker.Choice(List.of(new double[15]), 1));
    }

    @Test
    void theShippedRankerLoads() {
        assertEquals(ToponymRanker.FEATURES.size(), ToponymRanker.shipped().weights().length);
    }
}
