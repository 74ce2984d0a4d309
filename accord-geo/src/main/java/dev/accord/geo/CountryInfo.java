package dev.accord.geo;

import java.util.List;
import java.util.Objects;

/**
 * Facts about a state from the {@code world-countries} data.
 *
 * @param iso2      ISO 3166-1 alpha-2 code, {@code "KZ"}
 * @param iso3      ISO 3166-1 alpha-3 code, {@code "KAZ"}
 * @param name      common English name, {@code "Kazakhstan"}
 * @param capital   name of its capital, or {@code ""} when it has none
 * @param demonym   English demonym, {@code "Kazakhstani"}, or {@code ""}
 * @param latitude  a representative point, decimal degrees
 * @param longitude a representative point, decimal degrees
 * @param region    its continent-level region, {@code "Asia"}
 * @param names     every name it goes by in English and in its own languages' Latin spellings,
 *                  including the official name
 */
public record CountryInfo(String iso2, String iso3, String name, String capital, String demonym,
                          double latitude, double longitude, String region, List<String> names) {

    public CountryInfo {
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(capital, "capital");
        Objects.requireNonNull(demonym, "demonym");
        Objects.requireNonNull(region, "region");
        names = List.copyOf(names);
    }

    /** The state as a gazetteer place (feature code {@code PCLI}), at its representative point. */
    public GeoName asPlace() {
        return new GeoName(0, name, latitude, longitude, "A", "PCLI", iso3, "", 0);
    }
}
