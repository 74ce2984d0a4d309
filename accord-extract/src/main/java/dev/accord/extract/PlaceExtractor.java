package dev.accord.extract;

import dev.accord.geo.CountryInfo;
import dev.accord.geo.Gazetteer;
import dev.accord.geo.GeoName;
import dev.accord.model.Article;
import dev.accord.model.Countries;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Evidence;
import dev.accord.model.Place;
import dev.accord.model.PlaceKind;
import dev.accord.model.Provenance;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves every place the article names (the entities of type {@code PLACE} and {@code STATE}) to
 * the gazetteer: a GeoNames city, a state, or a continent or world region.
 *
 * <p>Among cities and first-level divisions of the same name a {@link ToponymRanker} chooses, weighing
 * population, the article's country context (the states it names, each mention counting), the countries
 * of the other places it names and their distance, the divisions it names, and whether the city is a
 * capital or a provincial seat: "Astana" next to "Kazakhstan" is the capital of Kazakhstan. A state or a
 * capital used as an actor ("Beijing said", "China signed") is flagged metonymic: still the place, but not
 * where anything happened.
 */
public final class PlaceExtractor implements Extractor {

    private static final Set<String> LOCATIVE = WordList.set("locative-prepositions");
    private static final Map<PlaceKind, Integer> NARROWNESS = Map.of(PlaceKind.CITY, 0, PlaceKind.ADMINISTRATIVE, 1,
            PlaceKind.COUNTRY, 2, PlaceKind.REGION, 3, PlaceKind.UNRESOLVED, 4);

    private static final Pattern ACRONYM = Pattern.compile("[A-Z.]{1,4}");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}\\p{L}+) $");
    /** "Va." for Virginia, "N.J." for New Jersey: each abbreviation with its state's postal code. */
    private static final Map<String, String> US_STATE_ABBREVIATIONS = WordList.list("us-state-abbreviations")
            .stream().map(line -> line.split(" ")).collect(Collectors.toUnmodifiableMap(f -> f[0], f -> f[1]));

    private final Gazetteer gazetteer;
    private final ToponymRanker ranker;

    /** Ranks a name's gazetteer readings with the learned ranker that ships with Accord. */
    public PlaceExtractor(Gazetteer gazetteer) {
        this(gazetteer, ToponymRanker.shipped());
    }

    public PlaceExtractor(Gazetteer gazetteer, ToponymRanker ranker) {
        this.gazetteer = gazetteer;
        this.ranker = ranker;
    }

    @Override
    public String stage() {
        return "places";
    }

    @Override
    public List<Slot<?>> needs() {
        return List.of(Slot.ARTICLE, Slot.ANNOTATION, Slot.ENTITIES);
    }

    @Override
    public List<Slot<?>> provides() {
        return List.of(Slot.PLACES);
    }

    @Override
    public void extract(Analysis analysis, Provenance provenance) {
        analysis.put(Slot.PLACES, extract(analysis.get(Slot.ARTICLE), analysis.get(Slot.ANNOTATION),
                analysis.get(Slot.ENTITIES), provenance));
    }

    /** The places among {@code found}, resolved, in the order of the entities. */
    public List<Place> extract(Article article, AnnotatedText annotated, List<Entity> found, Provenance provenance) {
        Readings readings = readings(found);
        List<Place> out = new ArrayList<>();
        for (Entity e : readings.named()) {
            Resolution r = readings.resolved().get(e.id());
            List<Evidence> metonymic = e.mentions().stream()
                    .filter(m -> r.actorLike() && actsAsActor(annotated, m.span())).toList();
            GeoName g = r.place();
            if (g == null) {
                Optional<Place> wider = widenedRegion(article, e, provenance);
                if (wider.isPresent()) {
                    out.add(wider.get());
                    continue;
                }
            }
            out.add(g == null
                    ? new Place(e.id(), e.name(), PlaceKind.UNRESOLVED, null, null, null, null, null, null, null, 0,
                            e.mentions(), metonymic, provenance)
                    : new Place(e.id(), e.name(), r.kind(), g.id() == 0 ? null : g.id(), g.name(), round(g.latitude()),
                            round(g.longitude()), g.country(), g.featureClass(), g.featureCode(), r.confidence(),
                            e.mentions(), metonymic, provenance));
        }
        return out;
    }

    /**
     * A place entity whose reading the ranker chose among gazetteer candidates: the candidates, each one's
     * features as the ranker saw them (for training a ranker on gold readings), and the one chosen.
     */
    public record Ranked(Entity entity, List<GeoName> candidates, List<double[]> features, GeoName chosen) {
    }

    /** The entities among {@code found} whose reading was ranked, with their candidates. */
    public List<Ranked> ranked(List<Entity> found) {
        Readings readings = readings(found);
        List<Ranked> out = new ArrayList<>();
        for (Entity e : readings.named()) {
            Resolution r = readings.resolved().get(e.id());
            if (r.candidates() != null) {
                out.add(new Ranked(e, r.candidates(), r.features(), r.place()));
            }
        }
        return out;
    }

    /** The article's place and state entities with the reading of each, by entity id. */
    private record Readings(List<Entity> named, Map<String, Resolution> resolved) {
    }

    private Readings readings(List<Entity> found) {
        List<Entity> named = found.stream()
                .filter(e -> e.type() == EntityType.PLACE || e.type() == EntityType.STATE).toList();
        Map<String, Double> context = new HashMap<>();
        Set<String> admin1Named = new HashSet<>();
        for (Entity e : named) {
            if (e.type() == EntityType.STATE && e.code() != null) {
                context.merge(e.code(), (double) e.mentions().size(), Double::sum);
            }
            gazetteer.divisions(e.name()).forEach(d -> admin1Named.add(d.country() + ":"
                    + d.admin1().toUpperCase(Locale.ROOT)));
        }
        // Places with one reading only, or one far ahead, add their country to the context and
        // anchor the others: "Riverdale" next to "Paterson" is the Riverdale of New Jersey.
        Map<String, Resolution> first = new HashMap<>();
        List<GeoName> anchors = new ArrayList<>();
        ToponymRanker.Context alone = new ToponymRanker.Context(context, admin1Named, List.of());
        for (Entity e : named) {
            Resolution r = resolve(e, alone);
            first.put(e.id(), r);
            if (r.place() != null && r.confidence() >= 0.8 && e.type() == EntityType.PLACE
                    && (r.kind() == PlaceKind.CITY || r.kind() == PlaceKind.ADMINISTRATIVE)) {
                context.merge(r.place().country(), 0.5 * e.mentions().size(), Double::sum);
                anchors.add(r.place());
            }
        }
        Map<String, Resolution> resolved = new HashMap<>();
        for (Entity e : named) {
            Resolution earlier = first.get(e.id());
            List<GeoName> others = anchors.stream().filter(a -> !a.equals(earlier.place())).toList();
            resolved.put(e.id(), earlier.confidence() >= 0.8 ? earlier
                    : resolve(e, new ToponymRanker.Context(context, admin1Named, others)));
        }
        return new Readings(named, resolved);
    }

    /**
     * Where an event happened: among the places named in the event's sentence as a location ("in",
     * "at", "near" before them) and not as an actor, the narrowest (a city before its country), and of
     * those the nearest to the event's words. Empty when the sentence names no such place.
     *
     * @param places    the article's places
     * @param annotated the article's annotation
     * @param event     the event's words (half-open, UTF-16 code units)
     */
    public static Optional<Place> eventLocation(List<Place> places, AnnotatedText annotated, CharSpan event) {
        CharSpan sentence = annotated.sentences().stream().map(s -> s.span())
                .filter(s -> s.overlaps(event)).findFirst().orElse(event);
        Place best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Place p : places) {
            for (Evidence m : p.mentions()) {
                if (!sentence.contains(m.span()) || p.metonymic().contains(m) || !locative(annotated, m.span())) {
                    continue;
                }
                int distance = Math.abs(m.span().begin() - event.begin());
                int rank = NARROWNESS.get(p.kind()) * 100_000 + distance;
                if (rank < bestRank) {
                    best = p;
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A reading with how sure it is; {@code candidates} and their {@code features} where the ranker chose
     * it among gazetteer candidates, {@code null} otherwise.
     */
    private record Resolution(GeoName place, PlaceKind kind, double confidence, boolean actorLike,
                              List<GeoName> candidates, List<double[]> features) {
        Resolution(GeoName place, PlaceKind kind, double confidence, boolean actorLike) {
            this(place, kind, confidence, actorLike, null, null);
        }
    }

    private Resolution resolve(Entity e, ToponymRanker.Context ranking) {
        Map<String, Double> context = ranking.countryShare();
        if (e.type() == EntityType.STATE && e.code() != null) {
            Optional<GeoName> division = divisionInContext(e, context);
            if (division.isPresent()) {
                return new Resolution(division.get(), PlaceKind.ADMINISTRATIVE, 0.7, false);
            }
            Optional<CountryInfo> c = gazetteer.findCountryByCode(e.code());
            if (c.isPresent()) {
                return new Resolution(c.get().asPlace(), PlaceKind.COUNTRY, 0.95, true);
            }
        }
        Optional<GeoName> region = gazetteer.findRegion(e.name());
        if (region.isPresent() || "REGION".equals(e.tag())) {
            return region.map(r -> new Resolution(r, PlaceKind.REGION, 0.9, false))
                    .orElse(new Resolution(null, PlaceKind.UNRESOLVED, 0, false));
        }
        List<GeoName> cities = gazetteer.places(e.name());
        Optional<CountryInfo> country = gazetteer.findCountry(e.name())
                .or(() -> Countries.findCode(e.name()).flatMap(gazetteer::findCountryByCode))
                .or(() -> gazetteer.findCountry(e.name().replace(".", "")));
        if (country.isPresent() && (cities.isEmpty() || cities.get(0).population() < 1_000_000)) {
            return new Resolution(country.get().asPlace(), PlaceKind.COUNTRY, 0.9, true);
        }
        List<GeoName> candidates = new ArrayList<>(cities.subList(0, Math.min(cities.size(), 50)));
        candidates.addAll(gazetteer.divisions(e.name()));
        if (ACRONYM.matcher(e.name()).matches()) {
            // "EU" or "SA" is not the French town of Eu: a name in capitals must be written so in the
            // data, or be the code of a division of a country the article names ("BC" beside Canada).
            candidates.removeIf(g -> !g.name().equals(e.name()));
            gazetteer.divisionsByCode(e.name().replace(".", "")).stream()
                    .filter(d -> context.getOrDefault(d.country(), 0.0) > 0).forEach(candidates::add);
        }
        String usState = US_STATE_ABBREVIATIONS.get(e.name().toLowerCase(Locale.ROOT));
        if (usState != null) {
            gazetteer.divisionsByCode(usState).stream().filter(d -> d.country().equals("USA"))
                    .filter(d -> !candidates.contains(d)).forEach(candidates::add);
        }
        if (candidates.isEmpty()) {
            return new Resolution(null, PlaceKind.UNRESOLVED, 0, false);
        }
        List<double[]> features = new ArrayList<>();
        int rank = 0;
        for (GeoName g : candidates) {
            boolean division = g.featureClass().equals("A");
            features.add(ToponymRanker.features(g, e.name(), division ? candidates.size() : rank, ranking));
            rank += division ? 0 : 1;
        }
        Integer[] order = new Integer[candidates.size()];
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            scores[i] = ranker.score(features.get(i));
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i])
                .thenComparingLong(i -> candidates.get(i).id()));
        GeoName best = candidates.get(order[0]);
        double margin = order.length == 1 ? 10 : scores[order[0]] - scores[order[1]];
        double confidence = Math.round(1000 / (1 + Math.exp(-margin))) / 1000.0;
        PlaceKind kind = best.featureClass().equals("A") ? PlaceKind.ADMINISTRATIVE : PlaceKind.CITY;
        return new Resolution(best, kind, confidence, best.featureCode().equals("PPLC"), List.copyOf(candidates),
                List.copyOf(features));
    }

    /**
     * "Indian Ocean" that the recogniser split into a nationality and "Ocean": the capitalised word
     * before each mention joins it when together they name a region, an ocean or a sea.
     */
    private Optional<Place> widenedRegion(Article article, Entity e, Provenance provenance) {
        String text = article.text();
        List<Evidence> mentions = new ArrayList<>();
        GeoName region = null;
        for (Evidence m : e.mentions()) {
            Matcher before = WORD_BEFORE.matcher(text).region(0, m.span().begin());
            if (!before.find()) {
                return Optional.empty();
            }
            Optional<GeoName> r = gazetteer.findRegion(before.group(1) + " " + m.text());
            if (r.isEmpty() || region != null && !region.equals(r.get())) {
                return Optional.empty();
            }
            region = r.get();
            mentions.add(Evidence.of(article, new CharSpan(before.start(1), m.span().end())));
        }
        return Optional.of(new Place(e.id(), mentions.get(0).text(), PlaceKind.REGION,
                region.id() == 0 ? null : region.id(), region.name(), round(region.latitude()),
                round(region.longitude()), null, region.featureClass(), region.featureCode(), 0.8, mentions, List.of(),
                provenance));
    }

    /**
     * "Georgia" in an article about the United States is the state, not the country: a division of the
     * same name wins when the article names its country more often than the state's own name.
     */
    private Optional<GeoName> divisionInContext(Entity e, Map<String, Double> context) {
        return gazetteer.divisions(e.name()).stream()
                .filter(d -> !d.country().equals(e.code())
                        && context.getOrDefault(d.country(), 0.0) > e.mentions().size())
                .findFirst();
    }

    /** "Beijing said", "China has signed": the name is followed by a verb and not governed by "in"/"at". */
    private static boolean actsAsActor(AnnotatedText annotated, CharSpan mention) {
        List<Token> tokens = annotated.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().begin() >= mention.end()) {
                String pos = tokens.get(i).pos();
                return (pos.startsWith("VB") && !pos.equals("VBG") && !pos.equals("VBN") || pos.equals("MD"))
                        && !locative(annotated, mention);
            }
        }
        return false;
    }

    /**
     * Whether a locative preposition governs the mention: "in Astana", "in Kazakhstan's Astana", "in the
     * northern Chinese port city of Tianjin". Looks back over modifiers until a verb, a comma or a
     * clause boundary.
     */
    static boolean locative(AnnotatedText annotated, CharSpan mention) {
        List<Token> tokens = annotated.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).span().begin() < mention.begin()) {
            i++;
        }
        for (int back = i - 1, seen = 0; back >= 0 && seen < 8; back--, seen++) {
            Token t = tokens.get(back);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (LOCATIVE.contains(word)) {
                return true;
            }
            if (t.pos().startsWith("VB") || t.pos().equals(",") || t.pos().equals(".") || t.pos().equals("CC")
                    || t.pos().equals("IN") && !word.equals("of")) {
                return false;
            }
        }
        return false;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
