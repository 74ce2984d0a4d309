package dev.accord.model.text;

import java.util.List;

/**
 * Which sentences an {@link Annotator} must give a dependency parse. Parsing is the costliest step of
 * annotation and most sentences of a news article hold no event, so the extractors that read parses
 * say which sentences they can use, from the tokens, lemmas, tags and entities found before parsing.
 */
@FunctionalInterface
public interface ParseSelection {

    /** Every sentence parsed: what {@link Annotator#annotate(String, java.time.LocalDate)} does. */
    ParseSelection ALL = sentence -> true;

    /** No sentence parsed, for a caller that chooses them later with {@link Annotator#parse}. */
    ParseSelection NONE = sentence -> false;

    /**
     * @param sentence one sentence's tokens, with their lemmas, part-of-speech and entity tags
     * @return whether that sentence needs its dependency arcs
     */
    boolean needsParse(List<Token> sentence);
}
