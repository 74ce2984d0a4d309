package dev.accord.model;

import java.util.Objects;

/**
 * A temporal expression normalised to a TIMEX3-style value.
 *
 * @param id         stable within the article: {@code "t"} and the begin offset
 * @param type       the TIMEX3 type
 * @param value      the normalised value: {@code 2025-06}, {@code 2025-08-31}, an ISO 8601 interval
 *                   {@code 2025-08-31/2025-09-01}, a duration {@code P3D}, or {@code X}-digits where the
 *                   text leaves a part unknown
 * @param anchored   true when the value was resolved against the article's publication date
 * @param evidence   the words of the expression
 * @param provenance the stage that normalised it
 */
public record TimeExpression(String id, TimeType type, String value, boolean anchored, Evidence evidence,
                             Provenance provenance) {

    public TimeExpression {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(provenance, "provenance");
    }
}
