package dev.accord.model;

import java.util.List;
import java.util.Objects;

/**
 * A named entity of an article with every mention of it.
 *
 * @param id         stable within the article: the type and normalised name, such as {@code "state:CHN"} or {@code "person:gulnar-shaimergenova"}
 * @param type       the coarse kind
 * @param name       the fullest name the article uses
 * @param tag        the fine-grained tag of the recogniser, such as {@code "COUNTRY"} or {@code "CITY"}
 * @param code       ISO 3166-1 alpha-3 for states; {@code null} where none applies
 * @param mentions   every place the article names it, in text order; never empty
 * @param provenance the stage that found it
 */
public record Entity(String id, EntityType type, String name, String tag, String code, List<Evidence> mentions,
                     Provenance provenance) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(provenance, "provenance");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mentions; expected at least one");
        }
    }
}
