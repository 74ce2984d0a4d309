package dev.accord.extract;

import dev.accord.geo.Gazetteer;
import dev.accord.geo.GeoName;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the gazetteer's readings of a place name (cities and first-level divisions of that name): a linear
 * score over features of each (mention, candidate) pair, the best-scoring candidate winning. The weights
 * are either the hand-set ones Accord used before it learned them ({@link #handSet()}), or weights learned
 * by a conditional logit (a softmax over each mention's candidates, {@link #train}) from gold toponyms,
 * shipped as {@value #RESOURCE} next to this class ({@link #shipped()}).
 */
public final class ToponymRanker {

    /** The features of a candidate, in the order of the weights. */
    public static final List<String> FEATURES = List.of(
            "log_population", "division", "country_share", "capital", "first_order_seat", "lower_seat",
            "own_name", "near_anchor", "nearish_anchor", "country_named", "admin1_named", "log_km_to_anchor",
            "population_rank", "exact_case", "capital_of_named_country");

    static final String RESOURCE = "toponym-ranker.tsv";

    /** Where a state, province or region stands among cities, on the scale of log population. */
    private static final double DIVISION_WEIGHT = 5.0;

    private final double[] weights;

    public ToponymRanker(double[] weights) {
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("a toponym ranker has " + FEATURES.size() + " weights ("
                    + String.join(", ", FEATURES) + "); got " + weights.length);
        }
        this.weights = weights.clone();
    }

    /**
     * The hand-set score Accord ranked with before the learned one: log population (a division counting
     * as a city of {@value #DIVISION_WEIGHT} on that scale), four times the article's country share, a
     * bonus for a capital or a seat, for the text using the place's own name rather than one of its
     * alternates, and for lying near the article's other places.
     */
    public static ToponymRanker handSet() {
        return new ToponymRanker(new double[] {1, DIVISION_WEIGHT, 4, 1.5, 0.8, 0.3, 1.5, 1.5, 0.5, 0, 0, 0, 0, 0, 0});
    }

    private static final class Shipped {
        static final ToponymRanker INSTANCE = load();

        private static ToponymRanker load() {
            InputStream in = ToponymRanker.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path next to "
                        + ToponymRanker.class.getName() + "; the accord-extract jar is incomplete");
            }
            try (in) {
                return read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The learned weights that ship with Accord. */
    public static ToponymRanker shipped() {
        return Shipped.INSTANCE;
    }

    /** The weights, in the order of {@link #FEATURES}. */
    public double[] weights() {
        return weights.clone();
    }

    /** The candidate's score: the weighted sum of its features. */
    public double score(double[] features) {
        return dot(weights, features);
    }

    /**
     * What the article tells about where its places lie, for the features of every candidate.
     *
     * @param countryShare   weight of each country (alpha-3) in the article: its states' mentions and the
     *                       countries of places already resolved
     * @param admin1Named    {@code country:code} of each first-level division the article names
     * @param anchors        places already resolved with confidence, the candidate's own reading left out
     */
    public record Context(Map<String, Double> countryShare, Set<String> admin1Named, List<GeoName> anchors) {
        public Context {
            countryShare = Map.copyOf(countryShare);
            admin1Named = Set.copyOf(admin1Named);
            anchors = List.copyOf(anchors);
        }

        double total() {
            return countryShare.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * The features of reading {@code name} as {@code g}.
     *
     * @param populationRank the candidate's place among the name's cities by population (0 for the most
     *                       populous; divisions count after the cities)
     */
    public static double[] features(GeoName g, String name, int populationRank, Context context) {
        double[] f = new double[FEATURES.size()];
        boolean division = g.featureClass().equals("A");
        double share = context.countryShare().getOrDefault(g.country(), 0.0);
        double total = context.total();
        f[0] = division ? 0 : Math.log10(g.population() + 10);
        f[1] = division ? 1 : 0;
        f[2] = total > 0 ? share / total : 0;
        f[3] = g.featureCode().equals("PPLC") ? 1 : 0;
        f[4] = g.featureCode().equals("PPLA") ? 1 : 0;
        f[5] = g.featureCode().startsWith("PPLA") && !g.featureCode().equals("PPLA") ? 1 : 0;
        f[6] = Gazetteer.key(g.name()).equals(Gazetteer.key(name)) ? 1 : 0;
        double nearest = Double.POSITIVE_INFINITY;
        for (GeoName a : context.anchors()) {
            double km = GeoName.distanceKm(g.latitude(), g.longitude(), a.latitude(), a.longitude());
            double reach = a.featureClass().equals("A") || division ? 400 : 150;
            if (km <= reach) {
                f[7] = 1;
            } else if (km <= 2 * reach) {
                f[8] = 1;
            }
            nearest = Math.min(nearest, km);
        }
        if (f[7] == 1) {
            f[8] = 0;
        }
        f[9] = share > 0 ? 1 : 0;
        // A division's own name names it: only a city gains from the article naming its division.
        f[10] = !division && context.admin1Named().contains(g.country() + ":" + g.admin1().toUpperCase(Locale.ROOT))
                ? 1 : 0;
        f[11] = context.anchors().isEmpty() ? 0 : Math.log10(1 + nearest) / 4;
        f[12] = Math.log1p(populationRank);
        f[13] = g.name().equals(name) ? 1 : 0;
        f[14] = f[3] * f[9];
        return f;
    }

    /**
     * One mention's candidates, each a feature vector, and which of them is right.
     *
     * @param correct the index of the right candidate in {@code candidates}
     */
    public record Choice(List<double[]> candidates, int correct) {
        public Choice {
            candidates = List.copyOf(candidates);
            if (correct < 0 || correct >= candidates.size()) {
                throw new IllegalArgumentException("the right candidate " + correct + " is not among the "
                        + candidates.size() + " candidates; expected an index from 0");
            }
        }
    }

    /**
     * The weights that maximise the likelihood of the right candidates under a softmax over each choice's
     * candidates, less an L2 penalty of {@code l2} per choice on the weights; full-batch gradient ascent
     * from zero weights, so the same choices always give the same weights.
     */
    public static ToponymRanker train(List<Choice> choices, double l2, int iterations) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("no choices to train the toponym ranker on; expected gold"
                    + " toponyms with at least one right candidate");
        }
        int d = FEATURES.size();
        double[] w = new double[d];
        double[] squares = new double[d];
        double rate = 0.5;
        for (int it = 0; it < iterations; it++) {
            double[] gradient = new double[d];
            for (Choice c : choices) {
                double[] p = softmax(w, c.candidates());
                double[] right = c.candidates().get(c.correct());
                for (int k = 0; k < c.candidates().size(); k++) {
                    double[] x = c.candidates().get(k);
                    for (int j = 0; j < d; j++) {
                        gradient[j] -= p[k] * x[j];
                    }
                }
                for (int j = 0; j < d; j++) {
                    gradient[j] += right[j];
                }
            }
            for (int j = 0; j < d; j++) {
                double g = gradient[j] / choices.size() - l2 * w[j];
                squares[j] += g * g;
                w[j] += rate * g / (Math.sqrt(squares[j]) + 1e-8);
            }
        }
        return new ToponymRanker(w);
    }

    /** The share of right choices: those whose right candidate scores highest. */
    public double accuracy(List<Choice> choices) {
        int right = 0;
        for (Choice c : choices) {
            int best = 0;
            for (int k = 1; k < c.candidates().size(); k++) {
                if (score(c.candidates().get(k)) > score(c.candidates().get(best))) {
                    best = k;
                }
            }
            right += best == c.correct() ? 1 : 0;
        }
        return choices.isEmpty() ? 0 : (double) right / choices.size();
    }

    private static double[] softmax(double[] w, List<double[]> candidates) {
        double[] scores = candidates.stream().mapToDouble(x -> dot(w, x)).toArray();
        double max = Arrays.stream(scores).max().orElse(0);
        double[] exp = Arrays.stream(scores).map(v -> Math.exp(v - max)).toArray();
        double sum = Arrays.stream(exp).sum();
        return Arrays.stream(exp).map(v -> v / sum).toArray();
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    /** Writes the weights as {@code feature<TAB>weight} lines after {@code header} (each line a comment). */
    public void write(Path file, List<String> header) throws IOException {
        List<String> lines = new ArrayList<>();
        header.forEach(h -> lines.add("# " + h));
        for (int i = 0; i < weights.length; i++) {
            lines.add(FEATURES.get(i) + "\t" + String.format(Locale.ROOT, "%.6f", weights[i]));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Reads weights written by {@link #write}; {@code source} names the input in errors. */
    public static ToponymRanker read(InputStream in, String source) throws IOException {
        Map<String, Double> byName = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2 || !FEATURES.contains(f[0])) {
                throw new IOException(source + ":" + n + ": '" + line + "' is not a weight line; expected"
                        + " 'FEATURE<TAB>NUMBER' with FEATURE one of " + String.join(", ", FEATURES));
            }
            try {
                byName.put(f[0], Double.parseDouble(f[1]));
            } catch (NumberFormatException e) {
                throw new IOException(source + ":" + n + ": weight '" + f[1] + "' of " + f[0]
                        + " is not a number", e);
            }
        }
        double[] w = new double[FEATURES.size()];
        for (int i = 0; i < w.length; i++) {
            Double v = byName.get(FEATURES.get(i));
            if (v == null) {
                throw new IOException(source + " has no weight for feature " + FEATURES.get(i)
                        + "; expected one line for each of " + String.join(", ", FEATURES));
            }
            w[i] = v;
        }
        return new ToponymRanker(w);
    }
}
