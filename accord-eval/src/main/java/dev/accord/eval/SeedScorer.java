package dev.accord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.geo.GeoName;
import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Evidence;
import dev.accord.model.Place;
import dev.accord.model.PlaceKind;
import dev.accord.model.Theme;
import dev.accord.model.TimeExpression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Scores Accord's facts for the seed article against {@code shared/seed/expected.json}, what a careful
 * analyst reads out of it. Each gold item becomes a {@link Check}; items of kinds Accord does not
 * extract yet (events, quotes, agreements) are reported as not scored, never as passed. Places are
 * scored by their resolved coordinates (within the gold's tolerance) and kind; themes by whether a
 * theme of Accord's taxonomy with evidence names the gold's area.
 */
public final class SeedScorer {

    /** One gold item and how Accord did on it. */
    public record Check(String category, String level, String item, Outcome outcome, String detail) {
        public Check {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    public enum Outcome { PASS, FAIL, NOT_SCORED }

    private static final Map<String, Set<EntityType>> ACTOR_TYPES = Map.of(
            "state", Set.of(EntityType.STATE),
            "person", Set.of(EntityType.PERSON),
            "igo", Set.of(EntityType.ORGANIZATION),
            "organization", Set.of(EntityType.ORGANIZATION),
            "media", Set.of(EntityType.ORGANIZATION),
            "initiative", Set.of(EntityType.ORGANIZATION, EntityType.OTHER));

    /** Categories of expected.json this scorer does not judge yet. */
    private static final List<String> NOT_YET = List.of("agreements", "events", "quotes");

    private static final Pattern SPAN_COVERING = Pattern.compile("a span covering (\\d{4})-(\\d{4})");

    private final JsonNode gold;

    public SeedScorer(JsonNode gold) {
        this.gold = Objects.requireNonNull(gold, "gold");
    }

    public static SeedScorer load(Path expectedJson) {
        try {
            return new SeedScorer(AccordJson.mapper().readTree(Files.readString(expectedJson)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed's expected facts from " + expectedJson, e);
        }
    }

    /** The publication date the gold was written for. */
    public String published() {
        return gold.path("article").path("published").asText();
    }

    public List<Check> score(ArticleFacts facts) {
        List<Check> checks = new ArrayList<>();
        String title = gold.path("article").path("title").asText();
        checks.add(new Check("title", "must", title,
                outcome(title.equals(facts.article().title())), "got: " + facts.article().title()));
        for (JsonNode actor : gold.path("actors")) {
            checks.add(scoreActor(actor, facts));
        }
        for (JsonNode place : gold.path("places")) {
            checks.add(scorePlace(place, facts));
        }
        for (JsonNode date : gold.path("dates")) {
            checks.add(scoreDate(date, facts));
        }
        JsonNode themes = gold.path("themes");
        for (JsonNode theme : themes.path("values")) {
            checks.add(scoreTheme(theme.asText(), themes.path("level").asText(), facts));
        }
        checks.add(titleAddsNothing(facts, title));
        for (String category : NOT_YET) {
            for (JsonNode item : gold.path(category)) {
                String name = item.has("name") ? item.get("name").asText()
                        : item.has("evidence") ? item.get("evidence").asText() : item.path("starts_with").asText();
                checks.add(new Check(category, item.path("level").asText(), name, Outcome.NOT_SCORED,
                        "Accord does not extract " + category + " yet"));
            }
        }
        return checks;
    }

    private Check scoreActor(JsonNode actor, ArticleFacts facts) {
        String name = actor.path("name").asText();
        String type = actor.path("type").asText();
        String level = actor.path("level").asText();
        Set<EntityType> types = ACTOR_TYPES.getOrDefault(type, Set.of(EntityType.values()));
        List<String> aliases = StreamSupport.stream(actor.path("aliases").spliterator(), false)
                .map(JsonNode::asText).toList();
        for (Entity e : facts.entities()) {
            if (!types.contains(e.type()) || !e.name().equalsIgnoreCase(name)) {
                continue;
            }
            if (actor.has("code") && !actor.get("code").asText().equals(e.code())) {
                return new Check("actors", level, name, Outcome.FAIL, "found with code " + e.code()
                        + ", expected " + actor.get("code").asText());
            }
            List<String> said = e.mentions().stream().map(Evidence::text).toList();
            List<String> missing = aliases.stream().filter(a -> !said.contains(a)).toList();
            if (!missing.isEmpty()) {
                return new Check("actors", level, name, Outcome.FAIL, "found, but not its aliases " + missing);
            }
            return new Check("actors", level, name, Outcome.PASS, e.id() + ", " + e.mentions().size()
                    + (e.mentions().size() == 1 ? " mention" : " mentions"));
        }
        return new Check("actors", level, name, Outcome.FAIL, "no " + type + " entity named '" + name + "'");
    }

    private Check scorePlace(JsonNode place, ArticleFacts facts) {
        String text = place.path("text").asText();
        String level = place.path("level").asText();
        boolean region = "region".equals(place.path("type").asText());
        for (Place p : facts.places()) {
            if (p.mentions().stream().noneMatch(m -> m.text().equals(text))) {
                continue;
            }
            if (region) {
                return new Check("places", level, text, outcome(p.kind() == PlaceKind.REGION),
                        p.id() + " resolved as " + p.kind() + (p.kind() == PlaceKind.REGION ? "" : ", expected REGION"));
            }
            if (p.latitude() == null) {
                return new Check("places", level, text, Outcome.FAIL, p.id() + " left unresolved");
            }
            double km = GeoName.distanceKm(p.latitude(), p.longitude(), place.path("lat").asDouble(),
                    place.path("lon").asDouble());
            double tolerance = place.path("tolerance_km").asDouble(50);
            boolean country = !place.has("country") || place.get("country").asText().equals(p.country());
            return new Check("places", level, text, outcome(km <= tolerance && country),
                    String.format(Locale.ROOT, "%s GeoNames %s (%.4f, %.4f) in %s, %.1f km from the gold (tolerance %.0f km)",
                            p.id(), p.geonameId(), p.latitude(), p.longitude(), p.country(), km, tolerance));
        }
        return new Check("places", level, text, Outcome.FAIL, "no place mentioned as '" + text + "'");
    }

    /**
     * The gold names themes in words ("tourism and visas", "digitalization"); a theme matches when a
     * word of its code and a word of the gold's share their first five letters (all of a shorter word).
     */
    private static Check scoreTheme(String value, String level, ArticleFacts facts) {
        List<String> goldWords = List.of(value.toLowerCase(Locale.ROOT).split("[^a-z]+"));
        for (Theme t : facts.themes()) {
            for (String word : t.code().split("-")) {
                String stem = word.substring(0, Math.min(5, word.length()));
                if (goldWords.stream().anyMatch(g -> g.length() > 3 && g.startsWith(stem))) {
                    Evidence first = t.evidence().get(0);
                    int n = t.evidence().size();
                    return new Check("themes", level, value, Outcome.PASS, t.code() + ", " + n
                            + (n == 1 ? " passage" : " passages") + ", first '" + first.text() + "' at " + first.span());
                }
            }
        }
        return new Check("themes", level, value, Outcome.FAIL, "no theme of the taxonomy names it");
    }

    private Check scoreDate(JsonNode date, ArticleFacts facts) {
        String text = date.path("text").asText();
        String value = date.path("value").asText();
        String level = date.path("level").asText();
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (TimeExpression t : facts.times()) {
            String said = t.evidence().text().toLowerCase(Locale.ROOT);
            if (lowerText.contains(said) || said.contains(lowerText)) {
                boolean ok = t.value().equals(value) || coversSpan(t.value(), value);
                return new Check("dates", level, text + " = " + value, outcome(ok),
                        "got " + t.type() + " " + t.value() + " from '" + t.evidence().text() + "'");
            }
        }
        return new Check("dates", level, text + " = " + value, Outcome.FAIL, "no temporal expression found there");
    }

    /** The gold writes some values in words: "a span covering 2026-2035" is the interval 2026/2035. */
    private static boolean coversSpan(String predicted, String gold) {
        Matcher m = SPAN_COVERING.matcher(gold);
        return m.matches() && predicted.equals(m.group(1) + "/" + m.group(2));
    }

    /** The title stands in the file as scraper residue; none of its words may be evidence of a fact. */
    private static Check titleAddsNothing(ArticleFacts facts, String title) {
        boolean inBody = facts.article().text().contains(title);
        return new Check("must_not", "must", "no fact whose only evidence is the trailing headline lines",
                outcome(!inBody), inBody ? "the headline is still part of the clean text" : "headline kept out of the text");
    }

    private static Outcome outcome(boolean passed) {
        return passed ? Outcome.PASS : Outcome.FAIL;
    }
}
