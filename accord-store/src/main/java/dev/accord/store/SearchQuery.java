package dev.accord.store;

import java.util.Locale;

/**
 * What to search for. Every word of {@code text} must occur in an article's title or text; words are
 * taken literally, so no character in them is search syntax.
 *
 * @param text      the words to find; {@code null} is read as blank, which is allowed when a filter is given
 * @param actorCode keep only articles with an actor of this code, or belonging to this state, such as
 *                  {@code "KAZ"} or {@code "SCO"} (upper-cased here); {@code null} or blank for any
 * @param speaker   keep only articles quoting a speaker whose name contains this, ignoring case;
 *                  {@code null} or blank for any
 * @param limit     the most hits to return; at least 1
 */
public record SearchQuery(String text, String actorCode, String speaker, int limit) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        // Codes are stored upper case (ISO 3166-1 alpha-3, IGO acronyms); users type them either way.
        actorCode = actorCode == null || actorCode.isBlank() ? null : actorCode.strip().toUpperCase(Locale.ROOT);
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        if (text.isEmpty() && actorCode == null && speaker == null) {
            throw new IllegalArgumentException("a search needs words, an actor code or a speaker; got none");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("search limit is " + limit + "; expected at least 1");
        }
    }

    /** Words, optionally filtered by an actor. */
    public SearchQuery(String text, String actorCode, int limit) {
        this(text, actorCode, null, limit);
    }
}
