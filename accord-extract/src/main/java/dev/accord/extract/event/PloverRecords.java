package dev.accord.extract.event;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import dev.accord.model.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sentences with their PLOVER type from a file in the PLOVER gold-standard format (a JSON array of
 * records with {@code text} and {@code event}), which the event classifier learns from. The PLOVER GSR
 * (CC BY-SA 4.0, Open Event Data Alliance) is read at run time from the file {@code accord.events.training}
 * names, by default {@code eval/plover-gsr/PLOVER_GSR_CAMEO.dev.json} in the shared folder; it is never
 * part of Accord.
 */
public final class PloverRecords {

    /** PLOVER 0.5b1 names the gold may use, with their PLOVER 2.0 types. */
    private static final Map<String, EventType> OLD_NAMES = Map.of(
            "DEMAND", EventType.REQUEST,
            "DISAPPROVE", EventType.ACCUSE,
            "FIGHT", EventType.ASSAULT,
            "INVESTIGATE", EventType.ACCUSE);

    private PloverRecords() {
    }

    /** The training file: {@code accord.events.training}, or the PLOVER GSR dev file in the shared folder. */
    public static Path defaultTraining() {
        return EventLexicon.path("accord.events.training", "eval/plover-gsr/PLOVER_GSR_CAMEO.dev.json");
    }

    /**
     * The PLOVER 2.0 type a record's event name stands for (0.5b1 names mapped); an unknown name is a clear
     * error naming the file and the record.
     */
    public static EventType type(String name, Path file, String record) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (OLD_NAMES.containsKey(n)) {
            return OLD_NAMES.get(n);
        }
        try {
            return EventType.valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": record " + record + " has event '" + name
                    + "'; expected a PLOVER type", e);
        }
    }

    /** The records of a gold file that have both a text and an event, as training examples. */
    public static List<EventTypeClassifier.Example> examples(Path file) {
        List<EventTypeClassifier.Example> out = new ArrayList<>();
        for (JsonNode r : records(file)) {
            if (r.hasNonNull("event") && r.hasNonNull("text")) {
                out.add(new EventTypeClassifier.Example(r.get("text").asText(),
                        type(r.get("event").asText(), file, r.path("id").asText())));
            }
        }
        return out;
    }

    /** The records of a gold file; a file that is not a JSON array is a clear error naming it. */
    public static JsonNode records(Path file) {
        JsonNode root;
        try {
            root = AccordJson.mapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PLOVER gold file " + file, e);
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException(file + " is not a JSON array; expected PLOVER gold records");
        }
        return root;
    }

    /** The training file's examples, or empty when it is absent. */
    public static Optional<List<EventTypeClassifier.Example>> defaultExamples() {
        Path file = defaultTraining();
        return Files.isRegularFile(file) ? Optional.of(examples(file)) : Optional.empty();
    }
}
