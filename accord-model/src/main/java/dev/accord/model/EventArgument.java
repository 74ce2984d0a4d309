package dev.accord.model;

import java.util.Objects;

/**
 * An actor taking part in an event.
 *
 * @param actor    the {@link Actor}'s id
 * @param code     its CAMEO-style actor code: the state's ISO alpha-3 (or an IGO's code) followed by a
 *                 sector where known ({@code KAZGOV}, {@code SCO}, {@code CHN}); {@code null} for a person
 *                 or organisation whose state is unknown
 * @param evidence the words that name it in this event
 */
public record EventArgument(String actor, String code, Evidence evidence) {

    public EventArgument {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(evidence, "evidence");
    }
}
