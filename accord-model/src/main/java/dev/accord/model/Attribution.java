package dev.accord.model;

/**
 * Who states an event: the article's own voice, or a quoted or reported speaker.
 *
 * @param quote   the id of the {@link Quote} the event was read from, or {@code null} for the article's voice
 * @param speaker the speaking actor's id, or {@code null}
 */
public record Attribution(String quote, String speaker) {

    public static final Attribution ARTICLE = new Attribution(null, null);

    /** Whether the article states the event itself. */
    public boolean isArticle() {
        return quote == null;
    }
}
