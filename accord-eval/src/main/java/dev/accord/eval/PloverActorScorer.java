package dev.accord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.CharSpan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores actor detection and coding against PLOVER gold standard records: each record is one sentence
 * with the codes of its event's source and target actors ({@code {actorText, code, sector}}).
 *
 * <p>Matching, per sentence: a gold actor is found when a system's coded mention overlaps the gold
 * actor's words in the sentence and has its code (a state's ISO alpha-3, {@code IGO}, {@code NGO}).
 * Coded mentions that fall on a found gold actor count once, as that actor; every other coded mention
 * is a false positive. The gold codes only the event's participants, so a correct actor outside the
 * event counts against precision: precision here is a lower bound until Accord codes events. Gold
 * words that do not occur in the sentence ("Sierra Leonean ... refugees") are matched by code alone.
 * The "with sector" row scores the gold actors whose sector is given (its first three letters: CVLalb
 * is CVL; "***" is no sector) and requires the sector too; there, a false positive is a coded mention
 * that falls on such a gold actor with its code but gives another sector.
 */
public final class PloverActorScorer {

    /** The row that scores sectors as well as codes. */
    public static final String WITH_SECTOR = "with sector";

    /** One gold actor; {@code span} is where its words stand in the sentence, {@code null} if nowhere. */
    public record GoldActor(String role, String text, String code, String sector, CharSpan span) {
        public GoldActor {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(code, "code");
        }
    }

    /** One gold record: a sentence, its date and its coded actors. */
    public record GoldSentence(String id, LocalDate date, String text, List<GoldActor> actors) {
        public GoldSentence {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            actors = List.copyOf(actors);
        }

        /** The sentence as a one-sentence article. */
        public Article article() {
            return Article.of("plover:" + id, null, date, "en", text);
        }
    }

    /** One system's outcome on one gold sentence, for the per-item output. */
    public record SystemResult(List<ActorCoder.CodedMention> coded, List<String> found, List<String> missed,
                               List<String> spurious) {
        public SystemResult {
            coded = List.copyOf(coded);
            found = List.copyOf(found);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    /** One gold sentence with every system's outcome. */
    public record Item(String id, String text, List<GoldActor> gold, Map<String, SystemResult> systems) {
        public Item {
            gold = List.copyOf(gold);
            systems = Map.copyOf(systems);
        }
    }

    private PloverActorScorer() {
    }

    /** The sentences of a PLOVER gold file that code at least one actor, in file order. */
    public static List<GoldSentence> load(Path goldFile) {
        JsonNode root;
        try {
            root = AccordJson.mapper().readTree(Files.readString(goldFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PLOVER gold records from " + goldFile, e);
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException("PLOVER gold file " + goldFile + " holds a " + root.getNodeType()
                    + "; expected a JSON array of records");
        }
        List<GoldSentence> out = new ArrayList<>();
        for (JsonNode r : root) {
            String text = r.path("text").asText("");
            if (text.isBlank()) {
                continue;
            }
            Set<GoldActor> actors = new LinkedHashSet<>();
            for (String role : List.of("source", "target")) {
                for (JsonNode a : r.path(role)) {
                    if (a.isObject() && a.hasNonNull("code")) {
                        String words = a.path("actorText").asText("");
                        actors.add(new GoldActor(role, words, a.get("code").asText(), sector(a.path("sector").asText(null)),
                                locate(text, words)));
                    }
                }
            }
            if (!actors.isEmpty()) {
                String date = r.path("date").asText(null);
                out.add(new GoldSentence(r.path("id").asText(), date == null ? null : LocalDate.parse(date), text,
                        dedupe(new ArrayList<>(actors))));
            }
        }
        return out;
    }

    /** A source and a target with the same words and code are one actor of the sentence. */
    private static List<GoldActor> dedupe(List<GoldActor> actors) {
        Map<String, GoldActor> byWords = new LinkedHashMap<>();
        for (GoldActor a : actors) {
            byWords.putIfAbsent(a.text() + "\u0000" + a.code(), a);
        }
        return List.copyOf(byWords.values());
    }

    static String sector(String raw) {
        if (raw == null || raw.length() < 3 || raw.startsWith("*")) {
            return null;
        }
        return raw.substring(0, 3).toUpperCase(Locale.ROOT);
    }

    /** Where the gold words stand: exact, then ignoring case and spacing; the part before "..." for gapped words. */
    static CharSpan locate(String text, String words) {
        String w = words.strip().replaceAll("\\s+", " ");
        int gap = w.indexOf("...");
        if (gap > 0) {
            w = w.substring(0, gap).strip();
        }
        if (w.isEmpty()) {
            return null;
        }
        int at = text.indexOf(w);
        if (at < 0) {
            at = text.toLowerCase(Locale.ROOT).indexOf(w.toLowerCase(Locale.ROOT));
        }
        return at < 0 ? null : new CharSpan(at, at + w.length());
    }

    /**
     * Scores {@code coders} on every sentence, adding to {@code table}; returns each sentence's outcome.
     *
     * @param analyse the analysis of a sentence's article, made once and shared by all coders
     */
    public static List<Item> score(List<GoldSentence> gold, Function<Article, Analysis> analyse,
                                   List<ActorCoder> coders, ScoreTable table) {
        List<Item> items = new ArrayList<>();
        for (GoldSentence s : gold) {
            Analysis analysis = analyse.apply(s.article());
            Map<String, SystemResult> results = new LinkedHashMap<>();
            for (ActorCoder coder : coders) {
                List<ActorCoder.CodedMention> coded = coder.code(analysis);
                results.put(coder.name(), scoreSentence(s, coded, coder.name(), table));
            }
            items.add(new Item(s.id(), s.text(), s.actors(), results));
        }
        return items;
    }

    static SystemResult scoreSentence(GoldSentence s, List<ActorCoder.CodedMention> coded, String system,
                                      ScoreTable table) {
        List<String> found = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (GoldActor g : s.actors()) {
            boolean hit = coded.stream().anyMatch(m -> matches(m, g, false));
            (hit ? found : missed).add(g.text() + " " + g.code());
            table.add(system, category(g.code()), new Score(hit ? 1 : 0, 0, hit ? 0 : 1));
            if (g.sector() != null) {
                boolean sectorHit = coded.stream().anyMatch(m -> matches(m, g, true));
                table.addOnly(system, WITH_SECTOR, new Score(sectorHit ? 1 : 0, 0, sectorHit ? 0 : 1));
            }
        }
        for (ActorCoder.CodedMention m : coded) {
            if (s.actors().stream().noneMatch(g -> matches(m, g, false))) {
                spurious.add(m.text() + " " + m.code());
                table.add(system, category(m.code()), new Score(0, 1, 0));
            }
            boolean sectorJudged = s.actors().stream().anyMatch(g -> g.sector() != null && matches(m, g, false));
            if (m.sector() != null && sectorJudged && s.actors().stream().noneMatch(g -> matches(m, g, true))) {
                table.addOnly(system, WITH_SECTOR, new Score(0, 1, 0));
            }
        }
        return new SystemResult(coded, found, missed, spurious);
    }

    private static boolean matches(ActorCoder.CodedMention m, GoldActor g, boolean withSector) {
        boolean where = g.span() == null || m.span().overlaps(g.span());
        boolean sector = !withSector || g.sector() != null && g.sector().equals(m.sector());
        return where && m.code().equals(g.code()) && sector;
    }

    /** The row a code counts in: {@code igo}, {@code ngo} or {@code state}. */
    static String category(String code) {
        return switch (code) {
            case "IGO" -> "igo";
            case "NGO" -> "ngo";
            default -> "state";
        };
    }
}
