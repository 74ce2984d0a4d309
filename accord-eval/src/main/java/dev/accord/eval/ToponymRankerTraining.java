package dev.accord.eval;

import dev.accord.eval.GeoScorer.Analysed;
import dev.accord.eval.GeoScorer.GoldToponym;
import dev.accord.extract.PlaceExtractor;
import dev.accord.extract.ToponymRanker;
import dev.accord.geo.Gazetteer;
import dev.accord.geo.GeoName;
import dev.accord.model.Place;
import dev.accord.model.PlaceKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Trains the toponym ranker on gold toponyms and measures it on articles it did not learn from: k-fold
 * cross-validation by article, the folds drawn by a seeded shuffle ({@link #FOLD_SEED}) of the articles in
 * the order given.
 *
 * <p>A gold toponym that overlaps a place whose reading the ranker chose among candidates gives one choice:
 * the candidate with the gold's GeoNames id is right, or, where the gold has none among the candidates, the
 * candidate nearest the gold's point if it lies within 161 km; a toponym none of whose candidates is right
 * teaches nothing and is left out. The candidates' features are those the hand-set ranker's passes give
 * (which places anchor the others depends on the ranker), so every model is trained on the same choices.
 */
public final class ToponymRankerTraining {

    /** How many folds the articles are split into. */
    public static final int FOLDS = 5;
    /** The seed of the shuffle that deals the articles into folds. */
    public static final long FOLD_SEED = 17_165L;
    private static final double L2 = 0.001;
    private static final int ITERATIONS = 1000;
    private static final double WITHIN_KM = 161;

    private ToponymRankerTraining() {
    }

    /** The choices the gold toponyms of {@code a} give. */
    public static List<ToponymRanker.Choice> choices(Analysed a) {
        List<ToponymRanker.Choice> out = new ArrayList<>();
        PlaceExtractor handSet = new PlaceExtractor(Gazetteer.shared(), ToponymRanker.handSet());
        for (PlaceExtractor.Ranked r : handSet.ranked(a.facts().entities())) {
            for (GoldToponym t : a.gold().toponyms()) {
                if (r.entity().mentions().stream().anyMatch(m -> m.span().overlaps(t.span()))) {
                    int right = right(r.candidates(), t);
                    if (right >= 0) {
                        out.add(new ToponymRanker.Choice(r.features(), right));
                    }
                }
            }
        }
        return out;
    }

    private static int right(List<GeoName> candidates, GoldToponym t) {
        for (int i = 0; i < candidates.size(); i++) {
            if (t.geonameId() != null && candidates.get(i).id() == t.geonameId()) {
                return i;
            }
        }
        int nearest = -1;
        double best = WITHIN_KM;
        for (int i = 0; i < candidates.size(); i++) {
            GeoName g = candidates.get(i);
            double km = GeoName.distanceKm(t.latitude(), t.longitude(), g.latitude(), g.longitude());
            if (km <= best) {
                best = km;
                nearest = i;
            }
        }
        return nearest;
    }

    /** The ranker learned from every gold toponym of {@code analysed}. */
    public static ToponymRanker train(List<Analysed> analysed) {
        return ToponymRanker.train(analysed.stream().flatMap(a -> choices(a).stream()).toList(), L2, ITERATIONS);
    }

    /** For each of {@code n} articles in their order, its fold, from 0 to {@link #FOLDS} - 1. */
    public static int[] folds(int n) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, new Random(FOLD_SEED));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % FOLDS;
        }
        return fold;
    }

    /**
     * The places of each article as the ranker trained on the other folds reads them: what a ranker makes
     * of articles it has not seen; empty when some fold's other folds hold no toponym to train on (too few
     * articles for {@link #FOLDS} folds).
     */
    public static Optional<Function<Analysed, List<Place>>> crossValidated(List<Analysed> analysed) {
        int[] fold = folds(analysed.size());
        List<List<ToponymRanker.Choice>> choices = analysed.stream().map(ToponymRankerTraining::choices).toList();
        Map<Analysed, List<Place>> places = new IdentityHashMap<>();
        for (int f = 0; f < FOLDS; f++) {
            List<ToponymRanker.Choice> training = new ArrayList<>();
            for (int i = 0; i < analysed.size(); i++) {
                if (fold[i] != f) {
                    training.addAll(choices.get(i));
                }
            }
            if (training.isEmpty()) {
                return Optional.empty();
            }
            ToponymRanker ranker = ToponymRanker.train(training, L2, ITERATIONS);
            for (int i = 0; i < analysed.size(); i++) {
                if (fold[i] == f) {
                    places.put(analysed.get(i), rankedBy(ranker).apply(analysed.get(i)));
                }
            }
        }
        return Optional.of(places::get);
    }

    /** The places of an article with every ranked reading chosen by {@code ranker} instead. */
    public static Function<Analysed, List<Place>> rankedBy(ToponymRanker ranker) {
        PlaceExtractor extractor = new PlaceExtractor(Gazetteer.shared(), ranker);
        return a -> {
            Map<String, GeoName> chosen = new HashMap<>();
            extractor.ranked(a.facts().entities()).forEach(r -> chosen.put(r.entity().id(), r.chosen()));
            List<Place> out = new ArrayList<>();
            for (Place p : a.facts().places()) {
                GeoName g = chosen.get(p.id());
                out.add(g == null ? p : reading(p, g));
            }
            return out;
        };
    }

    private static Place reading(Place p, GeoName g) {
        return new Place(p.id(), p.name(), g.featureClass().equals("A") ? PlaceKind.ADMINISTRATIVE : PlaceKind.CITY,
                g.id() == 0 ? null : g.id(), g.name(), g.latitude(), g.longitude(), g.country(), g.featureClass(),
                g.featureCode(), p.confidence(), p.mentions(), p.metonymic(), p.provenance());
    }
}
