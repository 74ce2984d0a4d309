package dev.accord.model.text;

import java.time.LocalDate;

/** Turns clean text into an {@link AnnotatedText}. Implementations are thread-safe. */
public interface Annotator {

    /**
     * @param text         the article's clean text
     * @param documentDate the date relative expressions are resolved against, or {@code null}
     */
    AnnotatedText annotate(String text, LocalDate documentDate);

    /** A short description of the annotator's configuration; it goes into the provenance hash. */
    String configuration();
}
