package dev.accord.geo;

/**
 * Prints how long the gazetteer index takes to load in a fresh JVM, and how fast names are looked
 * up. Run after a build:
 * {@code java -cp accord-geo/target/classes:accord-geo/target/test-classes dev.accord.geo.GazetteerLoadBenchmark}.
 */
public final class GazetteerLoadBenchmark {

    private GazetteerLoadBenchmark() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Gazetteer g = Gazetteer.shared();
        long loaded = System.nanoTime();
        String[] names = {"Astana", "Tianjin", "Paris", "Springfield", "London", "Almaty", "Kabul", "Lagos"};
        int rounds = 200_000;
        long found = 0;
        for (int i = 0; i < rounds; i++) {
            found += g.places(names[i % names.length]).size();
        }
        long looked = System.nanoTime();
        System.out.printf("gazetteer: %d places loaded in %.0f ms%n", g.size(), (loaded - start) / 1e6);
        System.out.printf("lookups: %d in %.0f ms (%.2f us each, %d candidates in all)%n", rounds,
                (looked - loaded) / 1e6, (looked - loaded) / 1e3 / rounds, found);
    }
}
