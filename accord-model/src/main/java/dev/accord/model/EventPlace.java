package dev.accord.model;

import java.util.Objects;

/**
 * Where an event happened.
 *
 * @param entity   the id of the place's {@link Entity}
 * @param name     the place's name
 * @param evidence the words that name it for this event
 */
public record EventPlace(String entity, String name, Evidence evidence) {

    public EventPlace {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
    }
}
