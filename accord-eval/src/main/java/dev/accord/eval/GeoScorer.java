package dev.accord.eval;

import dev.accord.geo.GeoName;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.CharSpan;
import dev.accord.model.Evidence;
import dev.accord.model.Place;
import dev.accord.model.PlaceKind;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scores toponym recognition and resolution against GeoWebNews-style XML ({@code <article>} with
 * {@code <text>} and {@code <toponyms>}) and GeoVirus-style XML ({@code <article>} with {@code <text>}
 * and {@code <locations>}).
 *
 * <p>A gold toponym with coordinates is found when a place mention of Accord's overlaps it; a found
 * toponym is resolved correctly when its coordinates lie within 161 km (100 miles) of the gold's, the
 * usual geoparsing threshold. A found name Accord could not resolve counts as an error of
 * {@value #UNRESOLVED_KM} km, half the Earth's circumference, as in Gritta et al.
 *
 * <p>The articles are split in two by a seeded shuffle ({@link #SPLIT_SEED}) of their order in the file:
 * geocoding rules are tuned, and misses read, only on the tuned half, so the untuned half gives a figure
 * they were not fitted to. The whole-set figure is the two together.
 */
public final class GeoScorer {

    /** The error charged for a toponym found but left without coordinates. */
    public static final double UNRESOLVED_KM = 20_039;
    /** The seed of the split into a tuned and an untuned half. */
    public static final long SPLIT_SEED = 17_161L;
    private static final double THRESHOLD_KM = 161;

    /** A gold toponym: its span in the article's text, coordinates and GeoNames id where given. */
    public record GoldToponym(String name, CharSpan span, double latitude, double longitude, Long geonameId) {
        public GoldToponym {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * A gold article.
     *
     * @param misaligned gold toponyms whose offsets do not point at their name, left out of the score
     * @param tuned      whether it is in the half that rules may be tuned on
     */
    public record GoldArticle(String id, String text, List<GoldToponym> toponyms, int misaligned, boolean tuned) {
        public GoldArticle {
            toponyms = List.copyOf(toponyms);
        }
    }

    /** How Accord did on one gold toponym; {@code errorKm} is {@code null} when it was not found. */
    public record Outcome(String article, GoldToponym gold, Place predicted, Double errorKm) {
    }

    /**
     * The figures over a gold file.
     *
     * @param byKind for each kind Accord resolved found toponyms to, how many and how many within 161 km
     */
    public record Result(int articles, int gold, int found, int within161, List<Double> errorsKm, int withId,
                         int idCorrect, int misaligned, Map<PlaceKind, int[]> byKind) {

        public Result {
            errorsKm = List.copyOf(errorsKm);
            byKind = Collections.unmodifiableMap(new EnumMap<>(byKind));
        }

        /** Found toponyms resolved within 161 km, over found toponyms. */
        public double accuracy161() {
            return found == 0 ? 0 : (double) within161 / found;
        }

        /** Gold toponyms (with coordinates) that Accord found as places. */
        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        /** Gold toponyms found and resolved within 161 km, over all gold toponyms. */
        public double endToEnd161() {
            return gold == 0 ? 0 : (double) within161 / gold;
        }

        public double meanKm() {
            return errorsKm.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        public double medianKm() {
            List<Double> sorted = new ArrayList<>(errorsKm);
            Collections.sort(sorted);
            int n = sorted.size();
            return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        /** Found toponyms whose gold has a GeoNames id and whose resolution has the same id. */
        public double exactId() {
            return withId == 0 ? 0 : (double) idCorrect / withId;
        }
    }

    private GeoScorer() {
    }

    /** The figures on the tuned half, the untuned half and the whole set. */
    public record Split(Result tuned, Result untuned, Result all) {
    }

    /** Reads a GeoWebNews- or GeoVirus-style file; toponyms without coordinates are left out. */
    public static List<GoldArticle> read(Path xml) {
        Element root = GoldXml.parse(xml).getDocumentElement();
        List<Element> articles = GoldXml.children(root, "article");
        boolean[] tuned = TunedHalf.of(articles.size(), SPLIT_SEED);
        List<GoldArticle> out = new ArrayList<>();
        int n = 0;
        for (Element a : articles) {
            String text = GoldXml.rawText(a, "text");
            String id = a.hasAttribute("file") ? a.getAttribute("file") : GoldXml.text(a, "source");
            id = id.isEmpty() ? Integer.toString(n) : id;
            List<GoldToponym> toponyms = new ArrayList<>();
            int misaligned = 0;
            boolean gwn = !GoldXml.children(a, "toponyms").isEmpty();
            List<Element> items = gwn ? GoldXml.children(GoldXml.children(a, "toponyms").get(0), "toponym")
                    : GoldXml.children(a, "locations").isEmpty() ? List.of()
                    : GoldXml.children(GoldXml.children(a, "locations").get(0), "location");
            for (Element t : items) {
                String name = GoldXml.text(t, gwn ? "extractedName" : "name");
                String lat = GoldXml.text(t, gwn ? "latitude" : "lat");
                String lon = GoldXml.text(t, gwn ? "longitude" : "lon");
                if (lat.isEmpty() || lon.isEmpty()) {
                    continue;
                }
                CharSpan span = align(text, name, Integer.parseInt(GoldXml.text(t, "start")),
                        Integer.parseInt(GoldXml.text(t, "end")));
                if (span == null) {
                    misaligned++;
                    continue;
                }
                String geonames = GoldXml.text(t, "geonamesID");
                toponyms.add(new GoldToponym(name, span, Double.parseDouble(lat), Double.parseDouble(lon),
                        geonames.isEmpty() ? null : Long.parseLong(geonames)));
            }
            out.add(new GoldArticle(id, text, toponyms, misaligned, tuned[n]));
            n++;
        }
        return out;
    }

    /**
     * The gold span, where the offsets point at the name. GeoVirus counts from 1, GeoWebNews from 0;
     * an offset one off either way is accepted when the name stands there.
     */
    private static CharSpan align(String text, String name, int start, int end) {
        for (int shift : new int[] {0, -1, 1}) {
            int b = start + shift;
            int e = end + shift;
            if (b >= 0 && e <= text.length() && b <= e && text.substring(b, e).equals(name)) {
                return new CharSpan(b, e);
            }
        }
        return null;
    }

    /** A gold article with Accord's facts of it. */
    public record Analysed(GoldArticle gold, ArticleFacts facts) {
    }

    /** Runs {@code analyze} over each gold article, with no publication date, as the gold gives none. */
    public static List<Analysed> analyse(List<GoldArticle> gold, Function<Article, ArticleFacts> analyze) {
        List<Analysed> out = new ArrayList<>();
        for (GoldArticle g : gold) {
            out.add(new Analysed(g, analyze.apply(Article.of(g.id(), null, null, "en", g.text()))));
        }
        return out;
    }

    /**
     * Runs {@code analyze} over each gold article and scores the places it finds, on each half and on all;
     * {@code each} sees every gold toponym's outcome.
     */
    public static Split score(List<GoldArticle> gold, Function<Article, ArticleFacts> analyze,
                              Consumer<Outcome> each) {
        return scorePlaces(analyse(gold, analyze), a -> a.facts().places(), each);
    }

    /**
     * Scores the places {@code places} gives for each analysed article, on each half and on all;
     * {@code each} sees every gold toponym's outcome.
     */
    public static Split scorePlaces(List<Analysed> analysed, Function<Analysed, List<Place>> places,
                                    Consumer<Outcome> each) {
        Tally tuned = new Tally();
        Tally untuned = new Tally();
        Tally all = new Tally();
        for (Analysed a : analysed) {
            GoldArticle g = a.gold();
            List<Place> found = places.apply(a);
            for (Tally t : List.of(g.tuned() ? tuned : untuned, all)) {
                t.articles++;
                t.misaligned += g.misaligned();
            }
            for (GoldToponym t : g.toponyms()) {
                Place p = overlapping(found, t.span());
                Double error = p == null ? null : p.latitude() == null ? UNRESOLVED_KM
                        : GeoName.distanceKm(t.latitude(), t.longitude(), p.latitude(), p.longitude());
                (g.tuned() ? tuned : untuned).add(t, p, error);
                all.add(t, p, error);
                each.accept(new Outcome(g.id(), t, p, error));
            }
        }
        return new Split(tuned.result(), untuned.result(), all.result());
    }

    /** The counts behind a {@link Result}, gathered toponym by toponym. */
    private static final class Tally {
        int articles;
        int total;
        int found;
        int within;
        int withId;
        int idCorrect;
        int misaligned;
        final List<Double> errors = new ArrayList<>();
        final Map<PlaceKind, int[]> byKind = new EnumMap<>(PlaceKind.class);

        void add(GoldToponym t, Place p, Double error) {
            total++;
            if (p == null) {
                return;
            }
            found++;
            errors.add(error);
            int[] kind = byKind.computeIfAbsent(p.kind(), k -> new int[2]);
            kind[0]++;
            if (error <= THRESHOLD_KM) {
                within++;
                kind[1]++;
            }
            if (t.geonameId() != null) {
                withId++;
                if (t.geonameId().equals(p.geonameId())) {
                    idCorrect++;
                }
            }
        }

        Result result() {
            return new Result(articles, total, found, within, errors, withId, idCorrect, misaligned, byKind);
        }
    }

    private static Place overlapping(List<Place> places, CharSpan span) {
        for (Place p : places) {
            for (Evidence m : p.mentions()) {
                if (m.span().overlaps(span)) {
                    return p;
                }
            }
        }
        return null;
    }
}
