package dev.accord.store;

import dev.accord.model.Modality;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What to search for. Every word of {@code text} must occur in an article's title or text; words are
 * taken literally, so no character in them is search syntax.
 *
 * @param text       the words to find; {@code null} is read as blank, which is allowed when a filter is given
 * @param actorCode  keep only articles with an actor of this code, or belonging to this state, such as
 *                   {@code "KAZ"} or {@code "SCO"} (upper-cased here); {@code null} or blank for any
 * @param speaker    keep only articles quoting a speaker whose name contains this, ignoring case;
 *                   {@code null} or blank for any
 * @param modalities keep only articles with an event of one of these modalities; {@code null} or all
 *                   four for any
 * @param voice      keep only articles with an event stated in this voice (and, with {@code modalities},
 *                   the same event must have both); {@code null} or {@link Voice#ANY} for any
 * @param limit      the most hits to return; at least 1
 */
public record SearchQuery(String text, String actorCode, String speaker, Set<Modality> modalities, Voice voice,
                          int limit) {

    /** Who states an event. */
    public enum Voice {
        ANY, ARTICLE, QUOTED
    }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        // Codes are stored upper case (ISO 3166-1 alpha-3, IGO acronyms); users type them either way.
        actorCode = actorCode == null || actorCode.isBlank() ? null : actorCode.strip().toUpperCase(Locale.ROOT);
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        if (modalities != null && modalities.isEmpty()) {
            throw new IllegalArgumentException("a search for events of no modality finds nothing; give at least one"
                    + " modality, or none for any");
        }
        modalities = modalities == null || modalities.containsAll(EnumSet.allOf(Modality.class)) ? null
                : Set.copyOf(modalities);
        voice = voice == null ? Voice.ANY : voice;
        if (text.isEmpty() && !narrows(actorCode, speaker, modalities, voice)) {
            throw new IllegalArgumentException("a search needs words, an actor code, a speaker, a modality or a voice;"
                    + " got none");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("search limit is " + limit + "; expected at least 1");
        }
    }

    /** Words, optionally filtered by an actor or a speaker. */
    public SearchQuery(String text, String actorCode, String speaker, int limit) {
        this(text, actorCode, speaker, null, Voice.ANY, limit);
    }

    /** Words, optionally filtered by an actor. */
    public SearchQuery(String text, String actorCode, int limit) {
        this(text, actorCode, null, limit);
    }

    /** Whether anything other than words narrows the search. */
    public boolean filters() {
        return narrows(actorCode, speaker, modalities, voice);
    }

    private static boolean narrows(String actorCode, String speaker, Set<Modality> modalities, Voice voice) {
        return actorCode != null || speaker != null || modalities != null || voice != Voice.ANY;
    }

    /** Whether the search keeps only articles with a matching event. */
    boolean filtersEvents() {
        return modalities != null || voice != Voice.ANY;
    }
}
