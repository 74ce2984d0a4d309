package dev.accord.model;

import java.util.List;
import java.util.Objects;

/**
 * A place the article names, resolved against the gazetteer (GeoNames cities, states, regions).
 *
 * @param id           the id of the entity it resolves, {@code "place:astana"} or {@code "state:KAZ"}
 * @param name         the name as the article writes it
 * @param kind         what it resolved to
 * @param geonameId    its GeoNames id, or {@code null} when the gazetteer has none (states, most regions,
 *                     unresolved names)
 * @param resolvedName the gazetteer's name for it ("Nur-Sultan" for Astana in the 2020 data), or
 *                     {@code null} when unresolved
 * @param latitude     decimal degrees (WGS 84), or {@code null} when unresolved
 * @param longitude    decimal degrees (WGS 84), or {@code null} when unresolved
 * @param country      ISO 3166-1 alpha-3 code of the country it lies in (its own code for a state), or
 *                     {@code null} for regions and unresolved names
 * @param featureClass GeoNames feature class ({@code P}, {@code A}, {@code L}), or {@code null}
 * @param featureCode  GeoNames feature code ({@code PPLC}, {@code PCLI}, {@code CONT}, ...), or {@code null}
 * @param confidence   how sure the resolution is, from 0 (a guess) to 1 (only one reading)
 * @param mentions     every mention of it, in text order; never empty
 * @param metonymic    the mentions that stand for an actor rather than a location ("Beijing said"),
 *                     a subset of {@code mentions}
 * @param provenance   the stage that resolved it
 */
public record Place(String id, String name, PlaceKind kind, Long geonameId, String resolvedName, Double latitude,
                    Double longitude, String country, String featureClass, String featureCode, double confidence,
                    List<Evidence> mentions, List<Evidence> metonymic, Provenance provenance) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        mentions = List.copyOf(mentions);
        metonymic = List.copyOf(metonymic);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("place " + id + " has no mentions; expected at least one");
        }
        if (!mentions.containsAll(metonymic)) {
            throw new IllegalArgumentException("place " + id + " has metonymic mentions " + metonymic
                    + " that are not among its mentions");
        }
        if ((latitude == null) != (longitude == null) || (latitude == null) != (kind == PlaceKind.UNRESOLVED)) {
            throw new IllegalArgumentException("place " + id + " of kind " + kind + " has coordinates (" + latitude
                    + ", " + longitude + "); expected both exactly when it is resolved");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("place " + id + " has confidence " + confidence
                    + "; expected a value in [0, 1]");
        }
    }

    /** Whether every mention of it stands for an actor: the place is never named as a location. */
    public boolean onlyMetonymic() {
        return metonymic.size() == mentions.size();
    }
}
