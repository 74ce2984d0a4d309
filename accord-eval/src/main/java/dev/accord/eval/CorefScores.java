package dev.accord.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The coreference scores of a system's clustering of mentions against a gold clustering of the same mentions:
 * MUC (links), B³ (mentions), CEAF-e (entities, φ4 similarity, optimal one-to-one alignment) and their CoNLL
 * average, as the CoNLL-2012 reference scorer defines them, and the rate of wrong merges.
 *
 * @param mentions      how many mentions were scored
 * @param goldClusters  how many gold clusters they form
 * @param systemClusters how many system clusters
 * @param muc           MUC precision, recall and F1
 * @param bCubed        B³ precision, recall and F1
 * @param ceafE         CEAF-e precision, recall and F1
 * @param linkedPairs   pairs of mentions the system puts together
 * @param wrongPairs    of those, the pairs the gold keeps apart
 */
public record CorefScores(int mentions, int goldClusters, int systemClusters, Prf muc, Prf bCubed, Prf ceafE,
                          long linkedPairs, long wrongPairs) {

    /** Precision, recall and F1. */
    public record Prf(double precision, double recall) {

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** The CoNLL score: the mean of the three F1s. */
    public double conll() {
        return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
    }

    /** The share of the system's linked pairs that the gold keeps apart; 0 when it links none. */
    public double wrongMergeRate() {
        return linkedPairs == 0 ? 0 : (double) wrongPairs / linkedPairs;
    }

    /**
     * Scores a clustering.
     *
     * @param gold   each mention's gold cluster
     * @param system each mention's system cluster; must hold exactly the mentions of {@code gold}
     */
    public static CorefScores score(Map<String, String> gold, Map<String, String> system) {
        if (!gold.keySet().equals(system.keySet())) {
            throw new IllegalArgumentException("gold and system cluster different mentions: " + gold.size() + " and "
                    + system.size() + "; expected the same mentions in both");
        }
        List<Set<String>> g = clusters(gold);
        List<Set<String>> s = clusters(system);
        long linked = 0;
        long wrong = 0;
        for (Set<String> c : s) {
            List<String> members = new ArrayList<>(c);
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    linked++;
                    if (!gold.get(members.get(i)).equals(gold.get(members.get(j)))) {
                        wrong++;
                    }
                }
            }
        }
        return new CorefScores(gold.size(), g.size(), s.size(), new Prf(muc(s, gold), muc(g, system)),
                bCubed(gold, system, g, s), ceafE(g, s), linked, wrong);
    }

    private static List<Set<String>> clusters(Map<String, String> assignment) {
        Map<String, Set<String>> byId = new TreeMap<>();
        assignment.forEach((m, c) -> byId.computeIfAbsent(c, k -> new TreeSet<>()).add(m));
        return new ArrayList<>(byId.values());
    }

    /** MUC recall of {@code key} clusters against the {@code response} assignment (swap for precision). */
    private static double muc(List<Set<String>> key, Map<String, String> response) {
        long num = 0;
        long den = 0;
        for (Set<String> k : key) {
            Set<String> parts = new HashSet<>();
            k.forEach(m -> parts.add(response.get(m)));
            num += k.size() - parts.size();
            den += k.size() - 1;
        }
        return den == 0 ? 1 : (double) num / den;
    }

    private static Prf bCubed(Map<String, String> gold, Map<String, String> system, List<Set<String>> g,
                              List<Set<String>> s) {
        Map<String, Set<String>> goldOf = new HashMap<>();
        g.forEach(c -> c.forEach(m -> goldOf.put(m, c)));
        Map<String, Set<String>> systemOf = new HashMap<>();
        s.forEach(c -> c.forEach(m -> systemOf.put(m, c)));
        double p = 0;
        double r = 0;
        for (String m : gold.keySet()) {
            Set<String> gc = goldOf.get(m);
            Set<String> sc = systemOf.get(m);
            long both = sc.stream().filter(gc::contains).count();
            p += (double) both / sc.size();
            r += (double) both / gc.size();
        }
        int n = gold.size();
        return n == 0 ? new Prf(0, 0) : new Prf(p / n, r / n);
    }

    /** CEAF-e: the best one-to-one alignment of gold and system clusters by φ4, per group of overlapping ones. */
    private static Prf ceafE(List<Set<String>> g, List<Set<String>> s) {
        if (g.isEmpty() || s.isEmpty()) {
            return new Prf(0, 0);
        }
        Map<String, Integer> systemIndex = new HashMap<>();
        for (int j = 0; j < s.size(); j++) {
            for (String m : s.get(j)) {
                systemIndex.put(m, j);
            }
        }
        // Clusters that share no mention score 0 together, so each group of overlapping clusters is aligned alone.
        int[] parent = new int[g.size() + s.size()];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < g.size(); i++) {
            for (String m : g.get(i)) {
                union(parent, i, g.size() + systemIndex.get(m));
            }
        }
        Map<Integer, List<Integer>> goldGroups = new HashMap<>();
        Map<Integer, List<Integer>> systemGroups = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            goldGroups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < s.size(); j++) {
            systemGroups.computeIfAbsent(find(parent, g.size() + j), k -> new ArrayList<>()).add(j);
        }
        double total = 0;
        for (Map.Entry<Integer, List<Integer>> e : goldGroups.entrySet()) {
            List<Integer> gi = e.getValue();
            List<Integer> sj = systemGroups.get(e.getKey());
            double[][] sim = new double[gi.size()][sj.size()];
            for (int a = 0; a < gi.size(); a++) {
                for (int b = 0; b < sj.size(); b++) {
                    Set<String> x = g.get(gi.get(a));
                    Set<String> y = s.get(sj.get(b));
                    long both = x.stream().filter(y::contains).count();
                    sim[a][b] = 2.0 * both / (x.size() + y.size());
                }
            }
            total += Assignment.maximum(sim);
        }
        return new Prf(total / s.size(), total / g.size());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
