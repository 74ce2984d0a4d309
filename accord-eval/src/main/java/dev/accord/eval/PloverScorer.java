package dev.accord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.extract.FactExtractor;
import dev.accord.extract.event.EventTypeClassifier;
import dev.accord.extract.event.PloverRecords;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.EventType;
import dev.accord.model.registry.ActorRegistry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scores event coding against a PLOVER gold file: a JSON array of records, each one sentence with its
 * gold event type, source and target actors (the PLOVER GSR format). Each sentence is coded as an
 * article of its own, dated as its record says.
 *
 * <p>Type scores are per record: a gold type Accord also codes for the sentence is a true positive,
 * every other type Accord codes is a false positive. Actor and recipient accuracy compare the state
 * or organisation codes (sectors left aside) of the best event of the gold type. The false-event rate
 * counts every predicted event that is not the one gold event, per 100 gold events.
 *
 * <p>The records are split in two by a seeded shuffle ({@link #SPLIT_SEED}) of their sorted ids: lexicon
 * rules are written, and misses read, only on the tuned half, so the untuned half gives a figure the
 * rules were not fitted to. The report holds the whole file and both halves.
 */
public final class PloverScorer {

    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "BUS", "MED", "EDU", "NGO",
            "OPP", "REB", "IGO", "CVL", "REF", "SPY", "UAF", "CRM", "LAB", "ELI", "HLH", "AGR", "ENV", "IND", "RAD");

    /** Words that say nothing of which party a phrase names, left out when the coder's words are compared. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "in", "on", "to", "from", "by",
            "its", "an", "for", "with");

    /** The seed of the split into a tuned and an untuned half. */
    public static final long SPLIT_SEED = 17_01L;

    /**
     * One gold record, and whether it is in the half that rules may be tuned on; {@code sourceWords} and
     * {@code targetWords} are the words the coder marked for each actor.
     */
    public record Gold(String id, LocalDate date, String text, EventType type, Set<String> sources, Set<String> targets,
                       List<String> sourceWords, List<String> targetWords, boolean tuned) {
    }

    /** The number of folds of the cross-validation of the learned classifier. */
    public static final int FOLDS = 5;

    /** The figures of the whole file and of its tuned and untuned halves. */
    public record Split(Report all, Report tuned, Report untuned) {
    }

    /**
     * The figures with the learned classifier: learned on the whole file and scored on it (plain);
     * {@link #FOLDS}-fold cross-validated, each record scored by a classifier that never saw it; and
     * learned on the tuned half, scored on the untuned half.
     */
    public record Learned(Report plain, Report crossValidated, Report untunedFromTuned) {
    }

    /**
     * Why a record's full (actor, type, recipient) tuple missed: no event of the gold type; actor and
     * recipient the wrong way round; a wrong code for the words the coder marked (the right mention, coded
     * otherwise: no code, another state, a state for an organisation); other words than the coder's (the
     * wrong mention chosen); no recipient where the gold has one; a recipient where the gold has none.
     */
    public enum Miss {
        TYPE_MISSED, SWAPPED, ACTOR_CODE, ACTOR_MENTION, RECIPIENT_MISSING, RECIPIENT_UNWANTED, RECIPIENT_CODE,
        RECIPIENT_MENTION;

        /**
         * The cause of a miss, or null where the predicted codes are the gold's; {@code actorWords} and
         * {@code recipientWords} say whether the predicted parties were named by the words the coder marked.
         */
        static Miss of(boolean typeMatched, Set<String> goldActors, Set<String> goldRecipients,
                       Set<String> actors, Set<String> recipients, boolean actorWords, boolean recipientWords) {
            if (!typeMatched) {
                return TYPE_MISSED;
            }
            boolean actorsRight = actors.equals(goldActors);
            boolean recipientsRight = recipients.equals(goldRecipients);
            if (actorsRight && recipientsRight) {
                return null;
            }
            if (!actorsRight && actors.equals(goldRecipients) && recipients.equals(goldActors)) {
                return SWAPPED;
            }
            if (!actorsRight) {
                return actorWords ? ACTOR_CODE : ACTOR_MENTION;
            }
            if (recipients.isEmpty()) {
                return RECIPIENT_MISSING;
            }
            if (goldRecipients.isEmpty()) {
                return RECIPIENT_UNWANTED;
            }
            return recipientWords ? RECIPIENT_CODE : RECIPIENT_MENTION;
        }
    }

    /** The figures of one run; {@code misses} counts the full-tuple misses by cause. */
    public record Report(int records, Map<EventType, int[]> perType, int actorsRight, int recipientsRight,
                         int typeMatches, int fullMatches, int falseEvents, Map<Miss, Integer> misses) {

        public double precision(int[] c) {
            return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        }

        public double recall(int[] c) {
            return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        }

        public double f1(int[] c) {
            double p = precision(c);
            double r = recall(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** True positives, false positives and false negatives over every type. */
        public int[] overall() {
            int[] sum = new int[3];
            perType.values().forEach(c -> {
                sum[0] += c[0];
                sum[1] += c[1];
                sum[2] += c[2];
            });
            return sum;
        }
    }

    /** What one record's coding scored: its type counts and whether the best event's parties matched. */
    record Outcome(boolean tuned, EventType gold, Set<EventType> predicted, boolean typeMatched, boolean actorsRight,
                   boolean recipientsRight, int falseEvents, Miss miss) {

        static Report report(List<Outcome> outcomes) {
            Map<EventType, int[]> perType = new TreeMap<>();
            for (EventType t : EventType.values()) {
                perType.put(t, new int[3]);
            }
            int actors = 0;
            int recipients = 0;
            int matches = 0;
            int full = 0;
            int falseEvents = 0;
            Map<Miss, Integer> misses = new EnumMap<>(Miss.class);
            for (Miss m : Miss.values()) {
                misses.put(m, 0);
            }
            for (Outcome o : outcomes) {
                if (o.miss() != null) {
                    misses.merge(o.miss(), 1, Integer::sum);
                }
                for (EventType t : o.predicted()) {
                    perType.get(t)[t == o.gold() ? 0 : 1]++;
                }
                if (!o.predicted().contains(o.gold())) {
                    perType.get(o.gold())[2]++;
                }
                matches += o.typeMatched() ? 1 : 0;
                actors += o.actorsRight() ? 1 : 0;
                recipients += o.recipientsRight() ? 1 : 0;
                full += o.actorsRight() && o.recipientsRight() ? 1 : 0;
                falseEvents += o.falseEvents();
            }
            return new Report(outcomes.size(), perType, actors, recipients, matches, full, falseEvents, misses);
        }
    }

    private final FactExtractor extractor;

    public PloverScorer(FactExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Reads a gold file; a record without text or event is a clear error naming it. */
    public static List<Gold> read(Path file) {
        JsonNode root = PloverRecords.records(file);
        List<String> ids = new ArrayList<>();
        for (JsonNode r : root) {
            if (r.hasNonNull("event") && r.hasNonNull("text")) {
                ids.add(r.path("id").asText());
            }
        }
        Collections.sort(ids);
        Collections.shuffle(ids, new Random(SPLIT_SEED));
        Set<String> tuned = Set.copyOf(ids.subList(0, ids.size() / 2));
        List<Gold> out = new ArrayList<>();
        for (JsonNode r : root) {
            if (!r.hasNonNull("event") || !r.hasNonNull("text")) {
                continue;
            }
            EventType type = PloverRecords.type(r.get("event").asText(), file, r.path("id").asText());
            out.add(new Gold(r.path("id").asText(), date(r.path("date").asText()), r.get("text").asText(), type,
                    codes(r.get("source")), codes(r.get("target")), words(r.get("source")), words(r.get("target")),
                    tuned.contains(r.path("id").asText())));
        }
        return out;
    }

    private static LocalDate date(String s) {
        try {
            return s.isBlank() ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Set<String> codes(JsonNode actors) {
        Set<String> out = new TreeSet<>();
        if (actors != null && actors.isArray()) {
            for (JsonNode a : actors) {
                String code = a.path("code").asText().strip();
                if (!code.isEmpty()) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    private static List<String> words(JsonNode actors) {
        List<String> out = new ArrayList<>();
        if (actors != null && actors.isArray()) {
            actors.forEach(a -> out.add(a.path("actorText").asText()));
        }
        return out;
    }

    /**
     * Whether two sets of actor words name the same parties: each phrase of one shares a word other than
     * a function word with a phrase of the other ("Kyrgyz Prime Minister Nikolai Tanaev" and "Nikolai
     * Tanaev"; "U.S." and "US"). Two empty sets agree.
     */
    static boolean sameWords(List<String> gold, List<String> predicted) {
        return gold.stream().allMatch(g -> predicted.stream().anyMatch(p -> shareWord(g, p)))
                && predicted.stream().allMatch(p -> gold.stream().anyMatch(g -> shareWord(g, p)));
    }

    private static boolean shareWord(String a, String b) {
        Set<String> words = contentWords(a);
        words.retainAll(contentWords(b));
        return !words.isEmpty();
    }

    private static Set<String> contentWords(String phrase) {
        Set<String> out = new TreeSet<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).replace(".", "").split("[^\\p{L}]+")) {
            if (w.length() >= 2 && !FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The state or organisation part of a CAMEO-style code: {@code KAZGOV} is {@code KAZ}. */
    static String base(String code) {
        if (code == null) {
            return null;
        }
        String c = code;
        while (c.length() > 3 && SECTORS.contains(c.substring(c.length() - 3))) {
            c = c.substring(0, c.length() - 3);
        }
        return c;
    }

    /** Codes every record, scores it, and hands each record's predictions to {@code out} as JSON. */
    public Split score(List<Gold> gold, Consumer<ObjectNode> out) {
        List<Outcome> outcomes = outcomes(extractor, gold, out);
        return new Split(Outcome.report(outcomes),
                Outcome.report(outcomes.stream().filter(Outcome::tuned).toList()),
                Outcome.report(outcomes.stream().filter(o -> !o.tuned()).toList()));
    }

    /**
     * Scores the extractor with a classifier learned, by {@code trained}, from each part of the gold in
     * turn; the cross-validated records' predictions go to {@code out}. The folds follow the seeded order
     * of the split ({@link #SPLIT_SEED}).
     */
    public static Learned scoreLearned(List<Gold> gold, Function<List<EventTypeClassifier.Example>, FactExtractor> trained,
                                       Consumer<ObjectNode> out) {
        Report plain = Outcome.report(outcomes(trained.apply(examples(gold)), gold, line -> { }));
        List<Gold> order = new ArrayList<>(gold);
        order.sort(Comparator.comparing(Gold::id));
        Collections.shuffle(order, new Random(SPLIT_SEED));
        List<Outcome> crossValidated = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Gold> test = new ArrayList<>();
            List<Gold> train = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % FOLDS == fold ? test : train).add(order.get(i));
            }
            crossValidated.addAll(outcomes(trained.apply(examples(train)), test, out));
        }
        List<Gold> tuned = gold.stream().filter(Gold::tuned).toList();
        List<Gold> untuned = gold.stream().filter(g -> !g.tuned()).toList();
        Report fromTuned = Outcome.report(outcomes(trained.apply(examples(tuned)), untuned, line -> { }));
        return new Learned(plain, Outcome.report(crossValidated), fromTuned);
    }

    private static List<EventTypeClassifier.Example> examples(List<Gold> gold) {
        return gold.stream().map(g -> new EventTypeClassifier.Example(g.text(), g.type())).toList();
    }

    private static List<Outcome> outcomes(FactExtractor extractor, List<Gold> gold, Consumer<ObjectNode> out) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Gold g : gold) {
            ArticleFacts facts = extractor.analyze(Article.of(g.id(), null, g.date(), "en", g.text()));
            outcomes.add(outcome(g, facts.events()));
            out.accept(prediction(g, facts.events()));
        }
        return outcomes;
    }

    private static Outcome outcome(Gold g, List<Event> events) {
        Set<EventType> predicted = new LinkedHashSet<>();
        events.forEach(e -> predicted.add(e.type()));
        Event best = events.stream().filter(e -> e.type() == g.type())
                .max((a, b) -> Integer.compare(agreement(a, g), agreement(b, g))).orElse(null);
        Set<String> actors = best == null ? Set.of() : codes(best.actors());
        Set<String> recipients = best == null ? Set.of() : codes(best.recipients());
        return new Outcome(g.tuned(), g.type(), predicted, best != null,
                best != null && actors.equals(g.sources()),
                best != null && recipients.equals(g.targets()),
                events.size() - (best == null ? 0 : 1),
                Miss.of(best != null, g.sources(), g.targets(), actors, recipients,
                        best != null && sameWords(g.sourceWords(), texts(best.actors())),
                        best != null && sameWords(g.targetWords(), texts(best.recipients()))));
    }

    private static List<String> texts(List<EventArgument> args) {
        return args.stream().map(a -> a.evidence().text()).toList();
    }

    private static int agreement(Event e, Gold g) {
        return (codes(e.actors()).equals(g.sources()) ? 2 : 0) + (codes(e.recipients()).equals(g.targets()) ? 1 : 0);
    }

    /**
     * The codes of an event's parties as the gold writes them: state codes without sectors, and any
     * international organisation as {@code IGO}, the gold's one code for them all.
     */
    private static Set<String> codes(List<EventArgument> args) {
        Set<String> out = new TreeSet<>();
        args.forEach(a -> {
            String b = base(a.code());
            if (b != null) {
                out.add(ActorRegistry.standard().findIgo(b).isPresent() ? "IGO" : b);
            }
        });
        return out;
    }

    private static ObjectNode prediction(Gold g, List<Event> events) {
        ObjectNode line = AccordJson.mapper().createObjectNode();
        line.put("id", g.id());
        line.put("half", g.tuned() ? "tuned" : "untuned");
        ObjectNode gold = line.putObject("gold");
        gold.put("type", g.type().name());
        g.sources().forEach(gold.putArray("source")::add);
        g.targets().forEach(gold.putArray("target")::add);
        ArrayNode predicted = line.putArray("predicted");
        for (Event e : events) {
            ObjectNode p = predicted.addObject();
            p.put("type", e.type().name());
            p.put("cameo", e.cameo());
            p.put("modality", e.modality().name());
            ArrayNode actors = p.putArray("actors");
            e.actors().forEach(a -> actors.add(a.code()));
            ArrayNode recipients = p.putArray("recipients");
            e.recipients().forEach(a -> recipients.add(a.code()));
            p.put("trigger", e.trigger().text());
        }
        return line;
    }
}
