package dev.accord.geo;

import java.util.Objects;

/**
 * A place of the GeoNames gazetteer: a populated place from the cities data, a state from the
 * country facts, or a continent or world region.
 *
 * @param id           the GeoNames id, or {@code 0} where the place has none in the data (states,
 *                     most world regions)
 * @param name         the gazetteer's own name for it ("Nur-Sultan" for the city the article calls Astana)
 * @param latitude     decimal degrees, WGS 84
 * @param longitude    decimal degrees, WGS 84
 * @param featureClass GeoNames feature class: {@code P} populated place, {@code A} state or
 *                     administrative area, {@code L} area or region, {@code H} ocean or sea
 * @param featureCode  GeoNames feature code: {@code PPLC} capital, {@code PPLA} first-order seat,
 *                     {@code PCLI} independent state, {@code CONT} continent, {@code RGN} region
 * @param country      ISO 3166-1 alpha-3 code of its country, or {@code null} for regions
 * @param admin1       GeoNames first-order administrative code within the country, or {@code ""}
 * @param population   inhabitants as GeoNames records them, {@code 0} when unknown
 */
public record GeoName(long id, String name, double latitude, double longitude, String featureClass,
                      String featureCode, String country, String admin1, long population) {

    public GeoName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(featureClass, "featureClass");
        Objects.requireNonNull(featureCode, "featureCode");
        Objects.requireNonNull(admin1, "admin1");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates (" + latitude + ", " + longitude + ") of '" + name
                    + "' are outside [-90, 90] x [-180, 180]");
        }
    }

    /** Whether this is an independent or dependent state rather than a place inside one. */
    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    /** Whether this is a continent, a world region spanning several states, or an ocean or a sea. */
    public boolean isRegion() {
        return featureClass.equals("L") || featureClass.equals("H");
    }

    /** Great-circle distance in kilometres (haversine on a sphere of radius 6371 km). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
