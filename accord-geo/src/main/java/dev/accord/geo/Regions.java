package dev.accord.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Continents, the world regions news names ("Central Asia", "the Middle East"), and oceans and
 * seas, each with a representative point. Continents carry their GeoNames ids; the points of other regions are rough
 * centres chosen for Accord, good for a map, not for measuring distances.
 */
final class Regions {

    private static final Map<String, GeoName> BY_NAME = build();

    private Regions() {
    }

    /** The region named {@code name} (any case, with or without a leading "the"). */
    static Optional<GeoName> find(String name) {
        return Optional.ofNullable(BY_NAME.get(Gazetteer.key(name)));
    }

    private static Map<String, GeoName> build() {
        Map<String, GeoName> m = new HashMap<>();
        Object[][] continents = {
                {"Africa", 6255146L, 7.19, 21.09}, {"Asia", 6255147L, 29.84, 89.30},
                {"Europe", 6255148L, 48.69, 9.14}, {"North America", 6255149L, 46.07, -100.55},
                {"South America", 6255150L, -14.60, -57.66}, {"Oceania", 6255151L, -18.31, 138.52},
                {"Antarctica", 6255152L, -78.16, 16.41},
        };
        for (Object[] c : continents) {
            m.put(Gazetteer.key((String) c[0]), new GeoName((Long) c[1], (String) c[0], (Double) c[2], (Double) c[3],
                    "L", "CONT", null, "", 0));
        }
        Object[][] regions = {
                {"Central Asia", 45.0, 68.0}, {"East Asia", 35.0, 115.0}, {"South Asia", 22.0, 79.0},
                {"Southeast Asia", 5.0, 110.0}, {"West Asia", 29.0, 45.0}, {"Western Asia", 29.0, 45.0},
                {"Middle East", 29.0, 45.0}, {"Caucasus", 42.5, 44.5}, {"Balkans", 43.0, 21.0},
                {"Sahel", 15.0, 5.0}, {"Gulf", 27.0, 51.0}, {"Pacific", 0.0, -160.0},
                {"Indo-Pacific", 0.0, 100.0}, {"Eastern Europe", 50.0, 30.0}, {"Western Europe", 48.0, 5.0},
                {"Central Europe", 49.0, 15.0}, {"North Africa", 26.0, 15.0}, {"West Africa", 12.0, -3.0},
                {"East Africa", 0.0, 36.0}, {"Southern Africa", -25.0, 25.0}, {"Sub-Saharan Africa", 0.0, 20.0},
                {"Horn of Africa", 8.0, 45.0}, {"Scandinavia", 63.0, 15.0}, {"Levant", 33.0, 36.0},
                {"Latin America", -10.0, -65.0}, {"Central America", 13.0, -86.0}, {"Caribbean", 17.0, -72.0},
                {"Arctic", 80.0, 0.0}, {"Eurasia", 50.0, 60.0}, {"Mediterranean", 38.0, 15.0},
                {"Baltic", 58.0, 22.0}, {"Nordic countries", 63.0, 15.0}, {"Korean Peninsula", 37.5, 127.5},
                {"West Coast", 40.0, -122.0}, {"Americas", 15.0, -80.0}, {"Darfur", 13.0, 24.5},
                {"Kashmir", 34.5, 76.0}, {"Northern Europe", 60.0, 15.0}, {"Southern Europe", 41.0, 15.0}, {"East Coast", 38.0, -76.0}, {"Middle East and North Africa", 28.0, 30.0},
        };
        // Oceans and seas, which news names as places of incidents and routes.
        Object[][] waters = {
                {"Atlantic", 10.0, -30.0}, {"Atlantic Ocean", 10.0, -30.0}, {"Pacific Ocean", 0.0, -160.0},
                {"Indian Ocean", -10.0, 75.0}, {"Arctic Ocean", 85.0, 0.0}, {"Southern Ocean", -65.0, 0.0},
                {"Mediterranean Sea", 35.0, 18.0}, {"Black Sea", 43.0, 34.0}, {"Caspian Sea", 42.0, 50.5},
                {"Red Sea", 20.0, 38.5}, {"South China Sea", 12.0, 114.0}, {"East China Sea", 29.0, 125.0},
                {"Baltic Sea", 58.0, 20.0}, {"North Sea", 56.0, 3.0}, {"Arabian Sea", 15.0, 65.0},
                {"Gulf of Mexico", 25.0, -90.0}, {"Persian Gulf", 27.0, 51.0}, {"Sea of Japan", 40.0, 135.0},
                {"Strait of Hormuz", 26.6, 56.3}, {"Taiwan Strait", 24.0, 119.5}, {"Gulf of Aden", 12.0, 48.0},
        };
        for (Object[] w : waters) {
            m.put(Gazetteer.key((String) w[0]), new GeoName(0, (String) w[0], (Double) w[1], (Double) w[2],
                    "H", "OCN", null, "", 0));
        }
        for (Object[] r : regions) {
            m.put(Gazetteer.key((String) r[0]), new GeoName(0, (String) r[0], (Double) r[1], (Double) r[2],
                    "L", "RGN", null, "", 0));
        }
        return Map.copyOf(m);
    }
}
