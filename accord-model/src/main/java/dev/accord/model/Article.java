package dev.accord.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as Accord reads it.
 *
 * <p>The first six components are what every reader finds; the rest is the metadata that web pages,
 * feeds and archives carry, {@code null} when the input did not say (a plain text file says none of it).
 *
 * @param id           a stable identity: see {@link #identify(String, String)}
 * @param source       where it came from, as given by the reader (a file name, a URL)
 * @param title        the headline, or {@code null} when none is known; never part of {@code text}
 * @param published    the publication date, used to normalise relative dates; {@code null} when unknown
 * @param language     an ISO 639-1 code
 * @param text         the clean body text, which every evidence span indexes into
 * @param url          the address it was fetched or archived from, or {@code null} for a local file
 * @param canonicalUrl the address the page names as its own ({@code <link rel=canonical>}, {@code og:url})
 * @param outlet       the publication that printed it ("Astana Times"), or {@code null}
 * @param author       the byline's author(s), or {@code null}
 * @param rawOffsets   where each part of {@code text} stands in the raw input (HTML), or {@code null}
 *                     when the text is the input itself
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Article(String id, String source, String title, LocalDate published, String language, String text,
                      String url, String canonicalUrl, String outlet, String author, OffsetMap rawOffsets) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        title = blankToNull(title);
        url = blankToNull(url);
        canonicalUrl = blankToNull(canonicalUrl);
        outlet = blankToNull(outlet);
        author = blankToNull(author);
        if (rawOffsets != null && rawOffsets.textLength() > text.length()) {
            throw new IllegalArgumentException("article " + id + ": offset map covers " + rawOffsets.textLength()
                    + " characters but the text has " + text.length() + "; expected a map inside the text");
        }
    }

    /** An article with no web metadata, as plain-text readers and older stores give. */
    public Article(String id, String source, String title, LocalDate published, String language, String text) {
        this(id, source, title, published, language, text, null, null, null, null, null);
    }

    /** Builds an article whose id is derived from its source and text. */
    public static Article of(String source, String title, LocalDate published, String language, String text) {
        return new Article(identify(source, text), source, title, published, language, text);
    }

    /** This article with the web metadata given; the id stays, since it depends only on source and text. */
    public Article withWeb(String url, String canonicalUrl, String outlet, String author, OffsetMap rawOffsets) {
        return new Article(id, source, title, published, language, text, url, canonicalUrl, outlet, author,
                rawOffsets);
    }

    /** This article with another language code, as a language detector decides. */
    public Article withLanguage(String code) {
        return new Article(id, source, title, published, code, text, url, canonicalUrl, outlet, author, rawOffsets);
    }

    /**
     * An article's identity: the first 16 hex digits of SHA-256 over its source name and clean text.
     * Reading the same file twice gives the same id, which is what makes ingesting idempotent.
     */
    public static String identify(String source, String text) {
        return Hashes.sha256Hex16(source, text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
