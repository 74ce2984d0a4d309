package dev.accord.model.text;

import dev.accord.model.CharSpan;

/**
 * A named-entity or temporal mention found by the annotator.
 *
 * @param span      where it stands (half-open, UTF-16 code units)
 * @param text      its words
 * @param tag       the recogniser's tag: PERSON, ORGANIZATION, COUNTRY, CITY, DATE, DURATION, ...
 * @param sentence  the index of its sentence
 * @param timex     for temporal mentions, the normalised value; otherwise {@code null}
 */
public record EntitySpan(CharSpan span, String text, String tag, int sentence, Timex timex) {

    /** A normalised temporal value as the annotator gave it. */
    public record Timex(String type, String value, String rangeBegin, String rangeEnd) {
    }
}
