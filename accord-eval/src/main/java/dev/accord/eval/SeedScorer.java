package dev.accord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Quote;
import dev.accord.model.QuoteKind;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores Accord's facts for the seed article against {@code shared/seed/expected.json}, what a careful
 * analyst reads out of it. Each gold item becomes a {@link Check}; items of kinds Accord does not
 * extract yet (events, quotes, agreements, themes) are reported as not scored, never as passed.
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

    private static final Map<String, ActorKind> ACTOR_KINDS = Map.of(
            "state", ActorKind.STATE,
            "person", ActorKind.PERSON,
            "igo", ActorKind.IGO,
            "organization", ActorKind.ORGANIZATION,
            "media", ActorKind.MEDIA,
            "initiative", ActorKind.INITIATIVE);

    /** Categories of expected.json this scorer does not judge yet. */
    private static final List<String> NOT_YET = List.of("agreements", "events");

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
        for (JsonNode quote : gold.path("quotes")) {
            checks.add(scoreQuote(quote, facts));
        }
        for (JsonNode place : gold.path("places")) {
            checks.add(scorePlace(place, facts));
        }
        for (JsonNode date : gold.path("dates")) {
            checks.add(scoreDate(date, facts));
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
        ActorKind kind = ACTOR_KINDS.get(type);
        List<String> expectedMentions = texts(actor.path("aliases"));
        expectedMentions.addAll(texts(actor.path("mentions")));
        for (Actor a : facts.actors()) {
            if (a.kind() != kind || !a.name().equalsIgnoreCase(name)) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            expect(problems, "code", actor, a.code());
            expect(problems, "country", actor, a.country());
            expect(problems, "role", actor, a.role());
            expect(problems, "affiliation", actor, a.affiliation());
            List<String> said = a.mentions().stream().map(m -> m.evidence().text()).toList();
            List<String> missing = expectedMentions.stream().filter(m -> !said.contains(m)).toList();
            if (!missing.isEmpty()) {
                problems.add("mentions " + missing + " missing");
            }
            return new Check("actors", level, name, outcome(problems.isEmpty()), problems.isEmpty()
                    ? a.id() + ", " + a.mentions().size() + (a.mentions().size() == 1 ? " mention" : " mentions")
                    : String.join("; ", problems));
        }
        return new Check("actors", level, name, Outcome.FAIL, "no " + type + " actor named '" + name + "'");
    }

    /** Adds a problem when the gold gives {@code field} and the actor's value differs. */
    private static void expect(List<String> problems, String field, JsonNode gold, String actual) {
        if (gold.has(field) && !gold.get(field).asText().equals(actual)) {
            problems.add(field + " is " + actual + ", expected " + gold.get(field).asText());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private Check scoreQuote(JsonNode quote, ArticleFacts facts) {
        String start = quote.path("starts_with").asText();
        String level = quote.path("level").asText();
        QuoteKind kind = "direct".equals(quote.path("kind").asText()) ? QuoteKind.DIRECT : QuoteKind.REPORTED;
        for (Quote q : facts.quotes()) {
            if (!q.text().startsWith(start)) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (q.kind() != kind) {
                problems.add("kind is " + q.kind() + ", expected " + kind);
            }
            String speaker = facts.actors().stream().filter(a -> a.id().equals(q.speaker())).map(Actor::name)
                    .findFirst().orElse(null);
            if (!quote.path("speaker").asText().equals(speaker)) {
                problems.add("speaker is " + speaker + ", expected " + quote.path("speaker").asText());
            }
            if (quote.has("ends_with") && !q.text().endsWith(quote.get("ends_with").asText())) {
                problems.add("ends '…" + q.text().substring(Math.max(0, q.text().length() - 30)) + "'");
            }
            if (quote.has("speaker_mention") && (q.speakerMention() == null
                    || !q.speakerMention().text().equals(quote.get("speaker_mention").asText()))) {
                problems.add("speaker mention is " + (q.speakerMention() == null ? null : q.speakerMention().text()));
            }
            if (quote.has("venue") && (q.venue() == null || !q.venue().text().contains(quote.get("venue").asText()))) {
                problems.add("venue is " + (q.venue() == null ? null : q.venue().text()));
            }
            return new Check("quotes", level, start, outcome(problems.isEmpty()),
                    problems.isEmpty() ? q.id() + ", " + speaker : String.join("; ", problems));
        }
        return new Check("quotes", level, start, Outcome.FAIL, "no quote starting so");
    }

    private Check scorePlace(JsonNode place, ArticleFacts facts) {
        String text = place.path("text").asText();
        String level = place.path("level").asText();
        boolean region = "region".equals(place.path("type").asText());
        for (Entity e : facts.entities()) {
            if (e.type() == EntityType.PLACE && e.name().equals(text)) {
                if (region && !"REGION".equals(e.tag())) {
                    return new Check("places", level, text, Outcome.FAIL, "a place, but tagged " + e.tag()
                            + ", expected REGION");
                }
                return new Check("places", level, text, Outcome.PASS, e.id() + " (" + e.tag() + ")");
            }
        }
        return new Check("places", level, text, Outcome.FAIL, "no place entity named '" + text + "'");
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
