package dev.accord.eval;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores by system and category, summed over the items of a gold set: one table for Accord and the
 * plain annotator of the same run, so the two are always compared on the same inputs.
 */
public final class ScoreTable {

    /** The category every item also counts towards. */
    public static final String ALL = "all";

    private final Map<String, Map<String, Score>> bySystem = new TreeMap<>();

    /** Adds {@code score} to {@code system}'s {@code category} and to its {@value #ALL} row. */
    public void add(String system, String category, Score score) {
        Map<String, Score> rows = bySystem.computeIfAbsent(system, k -> new TreeMap<>());
        rows.merge(category, score, Score::plus);
        if (!ALL.equals(category)) {
            rows.merge(ALL, score, Score::plus);
        }
    }

    /** Adds {@code score} to one category only, for rows that overlap others (such as "with sector"). */
    public void addOnly(String system, String category, Score score) {
        bySystem.computeIfAbsent(system, k -> new TreeMap<>()).merge(category, score, Score::plus);
    }

    /** The summed score, {@link Score#ZERO} where nothing was added. */
    public Score get(String system, String category) {
        return bySystem.getOrDefault(system, Map.of()).getOrDefault(category, Score.ZERO);
    }

    /** Prints one line per system and category, the {@value #ALL} row first. */
    public void print(PrintWriter out) {
        bySystem.forEach((system, rows) -> {
            out.printf("%-14s %-12s %s%n", system, ALL, rows.getOrDefault(ALL, Score.ZERO).format());
            rows.forEach((category, score) -> {
                if (!ALL.equals(category)) {
                    out.printf("%-14s %-12s %s%n", system, category, score.format());
                }
            });
        });
        out.flush();
    }
}
