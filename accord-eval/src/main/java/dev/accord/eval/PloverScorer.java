package dev.accord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.extract.FactExtractor;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.EventType;
import dev.accord.model.registry.ActorRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Scores event coding against a PLOVER gold file: a JSON array of records, each one sentence with its
 * gold event type, source and target actors (the PLOVER GSR format). Each sentence is coded as an
 * article of its own, dated as its record says.
 *
 * <p>Type scores are per record: a gold type Accord also codes for the sentence is a true positive,
 * every other type Accord codes is a false positive. Actor and recipient accuracy compare the state
 * or organisation codes (sectors left aside) of the best event of the gold type. The false-event rate
 * counts every predicted event that is not the one gold event, per 100 gold events.
 */
public final class PloverScorer {

    /** PLOVER 0.5b1 names the gold may use, with their PLOVER 2.0 types. */
    private static final Map<String, EventType> OLD_NAMES = Map.of(
            "DEMAND", EventType.REQUEST,
            "DISAPPROVE", EventType.ACCUSE,
            "FIGHT", EventType.ASSAULT,
            "INVESTIGATE", EventType.ACCUSE);
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "BUS", "MED", "EDU", "NGO",
            "OPP", "REB", "IGO", "CVL", "REF", "SPY", "UAF", "CRM", "LAB", "ELI", "HLH", "AGR", "ENV", "IND", "RAD");

    /** One gold record. */
    public record Gold(String id, LocalDate date, String text, EventType type, Set<String> sources, Set<String> targets) {
    }

    /** The figures of one run. */
    public record Report(int records, Map<EventType, int[]> perType, int actorsRight, int recipientsRight,
                         int typeMatches, int fullMatches, int falseEvents) {

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

    private final FactExtractor extractor;

    public PloverScorer(FactExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Reads a gold file; a record without text or event is a clear error naming it. */
    public static List<Gold> read(Path file) {
        JsonNode root;
        try {
            root = AccordJson.mapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PLOVER gold file " + file, e);
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException(file + " is not a JSON array; expected PLOVER gold records");
        }
        List<Gold> out = new ArrayList<>();
        for (JsonNode r : root) {
            if (!r.hasNonNull("event") || !r.hasNonNull("text")) {
                continue;
            }
            String name = r.get("event").asText().strip().toUpperCase();
            EventType type = OLD_NAMES.containsKey(name) ? OLD_NAMES.get(name) : typeOf(name, file, r);
            out.add(new Gold(r.path("id").asText(), date(r.path("date").asText()), r.get("text").asText(), type,
                    codes(r.get("source")), codes(r.get("target"))));
        }
        return out;
    }

    private static EventType typeOf(String name, Path file, JsonNode record) {
        try {
            return EventType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": record " + record.path("id").asText() + " has event '" + name
                    + "'; expected a PLOVER type", e);
        }
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
    public Report score(List<Gold> gold, Consumer<ObjectNode> out) {
        Map<EventType, int[]> perType = new TreeMap<>();
        for (EventType t : EventType.values()) {
            perType.put(t, new int[3]);
        }
        int actorsRight = 0;
        int recipientsRight = 0;
        int typeMatches = 0;
        int full = 0;
        int falseEvents = 0;
        for (Gold g : gold) {
            ArticleFacts facts = extractor.analyze(Article.of(g.id(), null, g.date(), "en", g.text()));
            List<Event> events = facts.events();
            Set<EventType> predicted = new LinkedHashSet<>();
            events.forEach(e -> predicted.add(e.type()));
            for (EventType t : predicted) {
                perType.get(t)[t == g.type() ? 0 : 1]++;
            }
            if (!predicted.contains(g.type())) {
                perType.get(g.type())[2]++;
            }
            Event best = events.stream().filter(e -> e.type() == g.type())
                    .max((a, b) -> Integer.compare(agreement(a, g), agreement(b, g))).orElse(null);
            falseEvents += events.size() - (best == null ? 0 : 1);
            if (best != null) {
                typeMatches++;
                boolean actors = codes(best.actors()).equals(g.sources());
                boolean recipients = codes(best.recipients()).equals(g.targets());
                actorsRight += actors ? 1 : 0;
                recipientsRight += recipients ? 1 : 0;
                full += actors && recipients ? 1 : 0;
            }
            out.accept(prediction(g, events));
        }
        return new Report(gold.size(), perType, actorsRight, recipientsRight, typeMatches, full, falseEvents);
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
