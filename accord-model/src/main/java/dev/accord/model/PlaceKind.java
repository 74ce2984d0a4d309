package dev.accord.model;

/** What kind of place a {@link Place} resolved to. */
public enum PlaceKind {
    /** A city, town or other populated place (GeoNames feature class P). */
    CITY,
    /** A province, state or other area inside a country (GeoNames feature class A, below the state). */
    ADMINISTRATIVE,
    /** A sovereign or dependent state (GeoNames PCLI and its kin). */
    COUNTRY,
    /** A continent or a world region spanning several states ("Central Asia", "Europe"). */
    REGION,
    /** A name the gazetteer does not know; it has no coordinates. */
    UNRESOLVED
}
