package dev.accord.extract.event;

import dev.accord.model.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The event triggers of {@code events.tsv}: verb lemmas, verb–noun pairs ("hold talks") and nouns
 * that name an event ("summit"), each with its CAMEO code and PLOVER type, mode and context.
 */
final class EventLexicon {

    private static final String RESOURCE = "/dev/accord/extract/events.tsv";

    /**
     * One trigger's coding.
     *
     * @param noun the object or preposition the verb needs ("talks" for "hold talks"), or {@code null}
     */
    record Trigger(String verb, String noun, String cameo, EventType type, String mode, String context) {
        Trigger {
            Objects.requireNonNull(cameo, "cameo");
            Objects.requireNonNull(type, "type");
        }

        /** A trigger that needs a particular noun is more specific than the bare verb. */
        boolean specific() {
            return noun != null;
        }
    }

    private final Map<String, Trigger> verbs = new HashMap<>();
    private final Map<String, Trigger> verbNouns = new HashMap<>();
    private final Map<String, Trigger> nouns = new HashMap<>();
    /** The verbs of {@link #verbNouns}, so that a lookup by verb alone needs no scan. */
    private final Set<String> pairVerbs = new HashSet<>();

    private EventLexicon() {
    }

    private static final class Holder {
        static final EventLexicon STANDARD = load();
    }

    static EventLexicon standard() {
        return Holder.STANDARD;
    }

    /**
     * The trigger for a verb given the lemmas of its object, obliques and prepositions: a verb–noun pair
     * wins over the bare verb.
     */
    Optional<Trigger> forVerb(String lemma, List<String> argumentLemmas) {
        for (String noun : argumentLemmas) {
            Trigger t = verbNouns.get(lemma + ">" + noun);
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.ofNullable(verbs.get(lemma));
    }

    /** Whether some verb–noun pair needs this verb, so the verb is worth a look even without a bare entry. */
    boolean isPairVerb(String lemma) {
        return pairVerbs.contains(lemma);
    }

    /** The trigger for a noun that names an event itself ("summit"). */
    Optional<Trigger> forNoun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma));
    }

    private static EventLexicon load() {
        EventLexicon lexicon = new EventLexicon();
        try (InputStream in = EventLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the accord-extract jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(RESOURCE + ":" + number + " has " + cells.length
                            + " columns; expected 5 (trigger, cameo, type, mode, context)");
                }
                EventType type;
                try {
                    type = EventType.valueOf(cells[2]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": unknown PLOVER type '" + cells[2]
                            + "'", e);
                }
                String key = cells[0];
                String mode = cells[3].equals("-") ? null : cells[3];
                String context = cells[4].equals("-") ? null : cells[4];
                if (key.startsWith("~")) {
                    String noun = key.substring(1);
                    lexicon.nouns.put(noun, new Trigger(null, noun, cells[1], type, mode, context));
                } else if (key.contains(">")) {
                    String[] pair = key.split(">", 2);
                    lexicon.verbNouns.put(key, new Trigger(pair[0], pair[1], cells[1], type, mode, context));
                    lexicon.pairVerbs.add(pair[0]);
                } else {
                    lexicon.verbs.put(key, new Trigger(key, null, cells[1], type, mode, context));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return lexicon;
    }
}
