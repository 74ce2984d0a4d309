package dev.accord.extract.event;

import dev.accord.model.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The event triggers of {@code events.tsv}: verb lemmas, verb–noun pairs ("hold talks") and nouns
 * that name an event ("summit"), each with its CAMEO code and PLOVER type, mode and context; and,
 * below them, the triggers mined from PETRARCH2's verb dictionary ({@link PetrarchVerbs}) when it is
 * found at run time.
 *
 * <p>The dictionary is the file {@code accord.events.petrarch} names (a system property), and the
 * CAMEO-to-PLOVER table the file {@code accord.events.cameo2plover} names; by default both are read
 * from the shared folder beside the checkout ({@code accord.shared}, else {@code ../shared} beside
 * {@code accord.home}, else beside the working directory):
 * {@code reference/petrarch2-dictionaries/CAMEO.2.0.txt} and {@code eval/plover-gsr/CAMEO2PLOVER-2021.txt}.
 * When either is absent the lexicon alone codes events, and {@link #note()} says so.
 */
final class EventLexicon {

    private static final String RESOURCE = "/dev/accord/extract/events.tsv";

    /**
     * One trigger's coding.
     *
     * @param noun the object or preposition the verb needs ("talks" for "hold talks"), or {@code null}
     */
    record Trigger(String verb, String noun, String cameo, EventType type, String mode, String context,
                   boolean mined) {
        Trigger {
            Objects.requireNonNull(cameo, "cameo");
            Objects.requireNonNull(type, "type");
        }

        /** A trigger of Accord's own lexicon. */
        Trigger(String verb, String noun, String cameo, EventType type, String mode, String context) {
            this(verb, noun, cameo, type, mode, context, false);
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
    /** The mined triggers, consulted only when Accord's own have none. */
    private final Map<String, Trigger> mined = new HashMap<>();
    private String note;

    private EventLexicon() {
    }

    private static final class OwnHolder {
        static final EventLexicon OWN = load();
    }

    private static final class Holder {
        static final EventLexicon STANDARD = load().withMined(path("accord.events.petrarch",
                "reference/petrarch2-dictionaries/CAMEO.2.0.txt"), path("accord.events.cameo2plover",
                "eval/plover-gsr/CAMEO2PLOVER-2021.txt"));
    }

    /** A file named by a system property, or found under the shared folder beside the checkout. */
    static Path path(String property, String underShared) {
        String named = System.getProperty(property);
        if (named != null) {
            return Path.of(named);
        }
        String shared = System.getProperty("accord.shared");
        String home = System.getProperty("accord.home");
        Path dir = shared != null ? Path.of(shared)
                : (home == null ? Path.of("") : Path.of(home)).toAbsolutePath().resolve("../shared").normalize();
        return dir.resolve(underShared);
    }

    /** This lexicon with the triggers mined from a PETRARCH2 dictionary, or alone with a note when a file is absent. */
    EventLexicon withMined(Path dictionary, Path mapping) {
        if (!Files.isRegularFile(dictionary) || !Files.isRegularFile(mapping)) {
            note = "PETRARCH2 verb dictionary or CAMEO-to-PLOVER table not found (" + dictionary + ", " + mapping
                    + "); events are coded by Accord's lexicon alone. Set -Daccord.events.petrarch=FILE and "
                    + "-Daccord.events.cameo2plover=FILE to use them.";
            return this;
        }
        PetrarchVerbs.read(dictionary, PetrarchVerbs.readMapping(mapping)).forEach((key, t) -> {
            mined.put(key, t);
            if (t.noun() != null) {
                pairVerbs.add(t.verb());
            }
        });
        note = null;
        fingerprint = "petrarch=" + dictionary.getFileName() + ":" + mined.size();
        return this;
    }

    /** What the standard lexicon wants the user told (the dictionary is absent), or {@code null}. */
    static String note() {
        return Holder.STANDARD.note;
    }

    /** What this lexicon was built from, for the configuration hash. */
    String fingerprint() {
        return fingerprint;
    }

    private String fingerprint = "petrarch=none";

    static EventLexicon standard() {
        return Holder.STANDARD;
    }

    /** Accord's own lexicon, without the mined triggers: the baseline they are measured against. */
    static EventLexicon own() {
        return OwnHolder.OWN;
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
        if (verbs.containsKey(lemma)) {
            return Optional.of(verbs.get(lemma));
        }
        for (String noun : argumentLemmas) {
            Trigger t = mined.get(lemma + ">" + noun);
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.ofNullable(mined.get(lemma));
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
