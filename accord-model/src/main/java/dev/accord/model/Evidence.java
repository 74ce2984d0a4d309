package dev.accord.model;

import java.util.Objects;

/**
 * The exact words of an article that support a fact.
 *
 * @param articleId the article the words come from
 * @param span      where they stand in the article's clean text (half-open, UTF-16 code units)
 * @param text      the words themselves; always equal to the clean text at {@code span}
 */
public record Evidence(String articleId, CharSpan span, String text) implements Comparable<Evidence> {

    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("evidence text '" + text + "' has length " + text.length()
                    + " but its span " + span + " has length " + span.length());
        }
    }

    /** Cuts the evidence for {@code span} out of {@code article}'s clean text. */
    public static Evidence of(Article article, CharSpan span) {
        return new Evidence(article.id(), span, span.of(article.text()));
    }

    /** Throws unless this evidence's text is exactly what {@code article} holds at its span. */
    public void verifyAgainst(Article article) {
        if (!articleId.equals(article.id())) {
            throw new IllegalStateException("evidence for article " + articleId + " checked against " + article.id());
        }
        String actual = span.of(article.text());
        if (!actual.equals(text)) {
            throw new IllegalStateException("evidence at " + span + " says '" + text + "' but the article has '"
                    + actual + "'");
        }
    }

    @Override
    public int compareTo(Evidence o) {
        int c = span.compareTo(o.span);
        return c != 0 ? c : articleId.compareTo(o.articleId);
    }
}
