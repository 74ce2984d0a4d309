package dev.accord.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as Accord reads it.
 *
 * @param id        a stable identity: see {@link #identify(String, String)}
 * @param source    where it came from, as given by the reader (a file name, a URL)
 * @param title     the headline, or {@code null} when none is known; never part of {@code text}
 * @param published the publication date, used to normalise relative dates; {@code null} when unknown
 * @param language  an ISO 639-1 code
 * @param text      the clean body text, which every evidence span indexes into
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Article(String id, String source, String title, LocalDate published, String language, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (title != null && title.isBlank()) {
            title = null;
        }
    }

    /** Builds an article whose id is derived from its source and text. */
    public static Article of(String source, String title, LocalDate published, String language, String text) {
        return new Article(identify(source, text), source, title, published, language, text);
    }

    /**
     * An article's identity: the first 16 hex digits of SHA-256 over its source name and clean text.
     * Reading the same file twice gives the same id, which is what makes ingesting idempotent.
     */
    public static String identify(String source, String text) {
        return Hashes.sha256Hex16(source, text);
    }
}
