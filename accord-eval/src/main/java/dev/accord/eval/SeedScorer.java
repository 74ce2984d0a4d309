package dev.accord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.geo.GeoName;
import dev.accord.model.AccordJson;
import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.Agreement;
import dev.accord.model.ArticleFacts;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.EventType;
import dev.accord.model.Evidence;
import dev.accord.model.Place;
import dev.accord.model.PlaceKind;
import dev.accord.model.Quote;
import dev.accord.model.QuoteKind;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores Accord's facts for the seed article against {@code shared/seed/expected.json}, what a careful
 * analyst reads out of it. Each gold item becomes a {@link Check}, and so does each of the traps of
 * 'must_not' that a program can check. Places are scored by their resolved coordinates (within the
 * gold's tolerance) and kind; themes by whether a theme of Accord's taxonomy with evidence names the
 * gold's area.
 */
public final class SeedScorer {

    /** One gold item and how Accord did on it. */
    public record Check(String category, String level, String item, Outcome outcome, String detail) {
        public Check {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    public enum Outcome { PASS, FAIL }

    private static final Map<String, ActorKind> ACTOR_KINDS = Map.of(
            "state", ActorKind.STATE,
            "person", ActorKind.PERSON,
            "igo", ActorKind.IGO,
            "organization", ActorKind.ORGANIZATION,
            "media", ActorKind.MEDIA,
            "initiative", ActorKind.INITIATIVE);


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
        for (JsonNode event : gold.path("events")) {
            checks.add(scoreEvent(event, facts));
        }
        for (JsonNode agreement : gold.path("agreements")) {
            checks.add(scoreAgreement(agreement, facts));
        }
        checks.add(noDyadExplosion(facts));
        checks.add(speakerIsNoParty(facts));
        for (JsonNode quote : gold.path("quotes")) {
            checks.add(scoreQuote(quote, facts));
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

    /** The gold names actors by code ("KAZ") or by name ("Shanghai Cooperation Organization"). */
    private static Set<String> actorKeys(ArticleFacts facts, List<EventArgument> args) {
        Set<String> keys = new TreeSet<>();
        for (EventArgument a : args) {
            facts.actors().stream().filter(x -> x.id().equals(a.actor())).findFirst().ifPresent(x -> {
                keys.add(x.name());
                if (x.code() != null) {
                    keys.add(x.code());
                }
            });
        }
        return keys;
    }

    private static boolean sameActors(ArticleFacts facts, List<EventArgument> args, JsonNode gold) {
        List<String> want = texts(gold);
        Set<String> have = actorKeys(facts, args);
        return have.containsAll(want) && args.size() == want.size();
    }

    private Check scoreEvent(JsonNode event, ArticleFacts facts) {
        String level = event.path("level").asText();
        String label = event.has("name") ? event.get("name").asText() : event.path("evidence").asText();
        List<String> accepted = event.has("accept_types") ? texts(event.get("accept_types"))
                : List.of(event.path("type").asText());
        String evidence = event.path("evidence").asText();
        List<String> near = new ArrayList<>();
        for (Event e : facts.events()) {
            if (!evidence.isEmpty() && !evidence.contains(e.trigger().text())) {
                continue;
            }
            int at = facts.article().text().indexOf(evidence);
            if (!evidence.isEmpty() && (at < 0 || !new CharSpan(at, at + evidence.length())
                    .contains(e.trigger().span()))) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (!accepted.contains(e.type().name())) {
                problems.add("type " + e.type());
            }
            if (event.has("mode") && !event.get("mode").asText().equals(e.mode())) {
                problems.add("mode " + e.mode());
            }
            if (event.has("actors") && !sameActors(facts, e.actors(), event.get("actors"))) {
                problems.add("actors " + actorKeys(facts, e.actors()));
            }
            if (event.has("recipients") && !sameActors(facts, e.recipients(), event.get("recipients"))) {
                problems.add("recipients " + actorKeys(facts, e.recipients()));
            }
            if (event.has("place") && (e.place() == null || !e.place().name().equals(event.get("place").asText()))) {
                problems.add("place " + (e.place() == null ? null : e.place().name()));
            }
            if (event.has("date") && (e.date() == null || !e.date().value().equals(event.get("date").asText()))) {
                problems.add("date " + (e.date() == null ? null : e.date().value()));
            }
            if (event.has("agreement") && facts.agreements().stream().noneMatch(a -> a.id().equals(e.agreement())
                    && a.name().equals(event.get("agreement").asText()))) {
                problems.add("agreement " + e.agreement());
            }
            if (problems.isEmpty()) {
                return new Check("events", level, label, Outcome.PASS, e.id() + " " + e.type() + " '" + e.trigger().text() + "'");
            }
            near.add(e.id() + ": " + String.join(", ", problems));
        }
        return new Check("events", level, label, Outcome.FAIL, near.isEmpty() ? "no event there" : String.join("; ", near));
    }

    private Check scoreAgreement(JsonNode gold, ArticleFacts facts) {
        String name = gold.path("name").asText();
        String level = gold.path("level").asText();
        for (Agreement a : facts.agreements()) {
            if (!a.name().equals(name)) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (gold.has("type") && !gold.get("type").asText().equals(a.kind())) {
                problems.add("kind " + a.kind());
            }
            Set<String> parties = new TreeSet<>();
            for (String id : a.parties()) {
                facts.actors().stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(x -> {
                    parties.add(x.name());
                    if (x.code() != null) {
                        parties.add(x.code());
                    }
                });
            }
            List<String> want = texts(gold.path("parties"));
            if (!parties.containsAll(want) || a.parties().size() != want.size()) {
                problems.add("parties " + a.parties());
            }
            if (gold.has("place") && (a.place() == null || !a.place().name().equals(gold.get("place").asText()))) {
                problems.add("place " + (a.place() == null ? null : a.place().name()));
            }
            if (gold.has("date") && (a.date() == null || !a.date().value().equals(gold.get("date").asText()))) {
                problems.add("date " + (a.date() == null ? null : a.date().value()));
            }
            if (gold.has("signed_at") && a.signedAt() == null) {
                problems.add("signed at nothing");
            }
            return new Check("agreements", level, name, outcome(problems.isEmpty()),
                    problems.isEmpty() ? a.id() + ", " + a.status() + (a.signedAt() == null ? "" : " at " + a.signedAt())
                            : String.join("; ", problems));
        }
        return new Check("agreements", level, name, Outcome.FAIL, "no agreement named so");
    }

    /** A summit of six states is one event, never fifteen pairwise ones. */
    private static Check noDyadExplosion(ArticleFacts facts) {
        long consults = facts.events().stream().filter(e -> e.type() == EventType.CONSULT).count();
        long multi = facts.events().stream().filter(e -> e.actors().size() >= 3).count();
        boolean ok = consults <= 3 && multi >= 1;
        return new Check("must_not", "must", "no dyad explosion: each summit is one event with all its actors",
                outcome(ok), consults + " CONSULT events, " + multi + " with three or more actors");
    }

    /** The think-tank director is the source of claims, not a party to the summits or signings. */
    private static Check speakerIsNoParty(ArticleFacts facts) {
        Set<String> sources = new TreeSet<>();
        facts.actors().stream().filter(a -> a.kind() == ActorKind.PERSON || a.kind() == ActorKind.ORGANIZATION)
                .forEach(a -> sources.add(a.id()));
        List<String> wrong = facts.events().stream()
                .filter(e -> e.type() == EventType.CONSULT || e.type() == EventType.SUPPORT)
                .filter(e -> e.actors().stream().anyMatch(x -> sources.contains(x.actor()))).map(Event::id).toList();
        return new Check("must_not", "must", "no summit or signing with the expert or her think tank as actor",
                outcome(wrong.isEmpty()), wrong.isEmpty() ? "none" : "events " + wrong);
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
