package dev.accord.model;

import java.util.Objects;

/**
 * When an event happened.
 *
 * @param value          a TIMEX3-style value, as {@link TimeExpression#value()}
 * @param time           the id of the {@link TimeExpression} it came from, or {@code null} when the text
 *                       gives no date for the event
 * @param evidence       the words of that expression, or {@code null}
 * @param fromArticleDate true when the text gives no date and the article's publication date stands in
 */
public record EventDate(String value, String time, Evidence evidence, boolean fromArticleDate) {

    public EventDate {
        Objects.requireNonNull(value, "value");
    }
}
