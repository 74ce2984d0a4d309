package dev.accord.model.text;

import java.time.LocalDate;

/** Turns clean text into an {@link AnnotatedText}. Implementations are thread-safe. */
public interface Annotator {

    /**
     * @param text         the article's clean text
     * @param documentDate the date relative expressions are resolved against, or {@code null}
     */
    AnnotatedText annotate(String text, LocalDate documentDate);

    /**
     * Annotates as {@link #annotate(String, LocalDate)} does but gives dependency arcs only to the
     * sentences {@code parse} selects; the others keep an empty list. An annotator that cannot parse
     * selectively may parse every sentence, which gives the same facts at a higher cost.
     */
    default AnnotatedText annotate(String text, LocalDate documentDate, ParseSelection parse) {
        return annotate(text, documentDate);
    }

    /**
     * Gives dependency arcs to the sentences of {@code annotated} that {@code parse} selects and that
     * have none yet; the others are kept as they are. This lets a caller choose sentences from what it
     * found in the unparsed annotation. An annotator that parses every sentence in
     * {@link #annotate(String, LocalDate)} returns {@code annotated} unchanged.
     *
     * @param annotated an annotation this annotator made
     */
    default AnnotatedText parse(AnnotatedText annotated, ParseSelection parse) {
        return annotated;
    }

    /** A short description of the annotator's configuration; it goes into the provenance hash. */
    String configuration();
}
