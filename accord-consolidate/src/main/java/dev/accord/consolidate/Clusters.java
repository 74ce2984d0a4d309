package dev.accord.consolidate;

import dev.accord.model.Hashes;
import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationConstraint.Relation;
import dev.accord.model.consolidated.ConsolidationMention;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Clustering of one kind of mention over a {@link MentionIndex}: the clusters are the connected components of
 * the graph whose edges are the linker's links and analysts' must-links, split where a component holds two
 * mentions that conflict or that an analyst cannot-linked. A split is made by the component's edges taken
 * strongest first (ties by key), joining two groups unless that would put a conflicting or cannot-linked pair
 * together; must-links go first and override conflicts, never cannot-links.
 *
 * <p>After each change the components it touches are found again from the index and clustered from scratch,
 * so the clusters are a function of the mentions and constraints held, not of the order they came in.
 * A cluster's id is a hash of its first member's key.
 *
 * @param <M> the kind of mention
 */
final class Clusters<M extends ConsolidationMention> {

    /** Above any linker score: must-links are joined first. */
    private static final double MUST = 2;

    private final MentionIndex<M> index;
    private final Linker<M> linker;
    private final String idPrefix;

    Clusters(MentionIndex<M> index, Linker<M> linker, String idPrefix) {
        this.index = index;
        this.linker = linker;
        this.idPrefix = idPrefix;
    }

    MentionIndex<M> index() {
        return index;
    }

    /** The id of a cluster whose first member (by key) has {@code firstKey}. */
    String idOf(String firstKey) {
        return idPrefix + Hashes.sha256Hex16(firstKey);
    }

    /**
     * What a change did to the clusters: the clusters that held a touched mention before, and the clusters of
     * the touched components after, each by id with its members' keys (sorted).
     */
    record Change(Map<String, List<String>> before, Map<String, List<String>> after) {

        /** Ids that existed before and are gone, each with the id that now holds its first remaining member. */
        Map<String, String> replaced() {
            Map<String, String> replaced = new TreeMap<>();
            Map<String, String> owner = new HashMap<>();
            after.forEach((id, keys) -> keys.forEach(k -> owner.put(k, id)));
            before.forEach((id, keys) -> {
                if (!after.containsKey(id)) {
                    keys.stream().filter(owner::containsKey).findFirst().ifPresent(k -> replaced.put(id, owner.get(k)));
                }
            });
            return replaced;
        }

        /** Ids that existed before and are gone with every member. */
        List<String> removed() {
            Map<String, String> replaced = replaced();
            return before.keySet().stream().filter(id -> !after.containsKey(id) && !replaced.containsKey(id))
                    .toList();
        }

        /** Ids that are new. */
        List<String> created() {
            return after.keySet().stream().filter(id -> !before.containsKey(id)).toList();
        }

        /** Ids that existed before and still do. */
        List<String> kept() {
            return after.keySet().stream().filter(before::containsKey).toList();
        }
    }

    /** Files new mentions (replacing any with the same key) and clusters the components they join. */
    Change add(Collection<M> mentions) {
        Set<String> seeds = new TreeSet<>();
        boolean replacing = false;
        for (M m : mentions) {
            replacing |= index.find(m.key()).isPresent();
            index.put(m, linker.blockingKeys(m));
            seeds.add(m.key());
        }
        if (!replacing) {
            Change joined = join(mentions);
            if (joined != null) {
                return joined;
            }
        }
        return recluster(seeds, Map.of());
    }

    /**
     * The common case without exploring whole components again: new mentions, none under a constraint, that
     * conflict with nothing they would join. They and every cluster they link to become one cluster, which is
     * what clustering their component again would give when the clusters linked to are whole components. A
     * cluster that is part of a component split for a conflict is the exception: joining it may differ from
     * splitting the grown component again, which is how far the result can depend on arrival order (the
     * README gives the measured share). Returns {@code null} when the case does not hold.
     */
    private Change join(Collection<M> mentions) {
        if (mentions.isEmpty()) {
            return new Change(Map.of(), Map.of());
        }
        Map<String, M> group = new TreeMap<>();
        Map<String, List<String>> before = new TreeMap<>();
        for (M m : mentions) {
            if (!index.constraints(m.key()).isEmpty()) {
                return null;
            }
            group.put(m.key(), m);
        }
        for (M m : mentions) {
            for (M c : index.candidates(linker.blockingKeys(m))) {
                if (group.containsKey(c.key()) || linker.link(m, c) <= 0) {
                    continue;
                }
                Optional<String> cluster = index.clusterOf(c.key());
                if (cluster.isPresent() && !before.containsKey(cluster.get())) {
                    List<M> members = index.members(cluster.get());
                    before.put(cluster.get(), members.stream().map(ConsolidationMention::key).toList());
                    for (M member : members) {
                        if (!index.constraints(member.key()).isEmpty()) {
                            return null;
                        }
                        group.put(member.key(), member);
                    }
                }
            }
        }
        if (before.size() + mentions.size() > 1 && conflicting(group, before, mentions)) {
            return null;
        }
        List<String> keys = List.copyOf(group.keySet());
        String id = idOf(keys.get(0));
        index.assign(id, keys);
        return new Change(before, Map.of(id, keys));
    }

    /** Whether joining puts two conflicting mentions together: a new one with any other, or two old clusters'. */
    private boolean conflicting(Map<String, M> group, Map<String, List<String>> before, Collection<M> mentions) {
        for (M m : mentions) {
            for (M other : group.values()) {
                if (other != m && linker.conflict(m, other)) {
                    return true;
                }
            }
        }
        List<List<String>> clusters = List.copyOf(before.values());
        for (int i = 0; i < clusters.size(); i++) {
            for (int j = i + 1; j < clusters.size(); j++) {
                for (String a : clusters.get(i)) {
                    for (String b : clusters.get(j)) {
                        if (linker.conflict(group.get(a), group.get(b))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Forgets the mentions with these keys and clusters again what is left of the components they were in. */
    Change remove(Collection<String> keys) {
        Set<String> seeds = new TreeSet<>();
        Map<String, List<String>> before = new TreeMap<>();
        for (String key : keys) {
            index.clusterOf(key).ifPresent(id -> before.computeIfAbsent(id, this::memberKeys));
        }
        before.values().forEach(seeds::addAll);
        seeds.removeAll(keys);
        keys.forEach(index::remove);
        return recluster(seeds, before);
    }

    /** Keeps an analyst's constraint and clusters again the components of its two mentions. */
    Change constrain(ConsolidationConstraint constraint) {
        index.constrain(constraint);
        Set<String> seeds = new TreeSet<>();
        Map<String, List<String>> before = new TreeMap<>();
        for (String key : List.of(constraint.first(), constraint.second())) {
            index.clusterOf(key).ifPresent(id -> before.computeIfAbsent(id, this::memberKeys));
        }
        before.values().forEach(seeds::addAll);
        return recluster(seeds, before);
    }

    private record Edge(String a, String b, double score) {
    }

    private List<String> memberKeys(String clusterId) {
        return index.members(clusterId).stream().map(ConsolidationMention::key).toList();
    }

    private Change recluster(Set<String> seeds, Map<String, List<String>> alsoBefore) {
        Map<String, M> component = new TreeMap<>();
        List<Edge> edges = new ArrayList<>();
        explore(seeds, component, edges);
        Map<String, List<String>> before = new TreeMap<>(alsoBefore);
        for (String key : component.keySet()) {
            index.clusterOf(key).ifPresent(id -> before.computeIfAbsent(id, this::memberKeys));
        }
        Map<String, List<String>> after = new TreeMap<>();
        for (List<String> group : split(component, edges)) {
            String id = idOf(group.get(0));
            index.assign(id, group);
            after.put(id, group);
        }
        return new Change(before, after);
    }

    /** Every mention reachable from the seeds by links and must-links, with the edges among them. */
    private void explore(Set<String> seeds, Map<String, M> component, List<Edge> edges) {
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (String key : seeds) {
            index.find(key).ifPresent(m -> {
                component.put(key, m);
                queue.add(key);
            });
        }
        Set<String> done = new HashSet<>();
        while (!queue.isEmpty()) {
            String key = queue.poll();
            M m = component.get(key);
            for (M c : index.candidates(linker.blockingKeys(m))) {
                String other = c.key();
                if (other.equals(key) || done.contains(other)) {
                    continue;
                }
                double score = linker.link(m, c);
                if (score > 0) {
                    edges.add(new Edge(key, other, score));
                    if (component.putIfAbsent(other, c) == null) {
                        queue.add(other);
                    }
                }
            }
            for (ConsolidationConstraint k : index.constraints(key)) {
                String other = k.other(key);
                if (k.relation() == Relation.MUST_LINK && !done.contains(other)) {
                    Optional<M> c = index.find(other);
                    if (c.isPresent()) {
                        edges.add(new Edge(key, other, MUST));
                        if (component.putIfAbsent(other, c.get()) == null) {
                            queue.add(other);
                        }
                    }
                }
            }
            done.add(key);
        }
    }

    /** The component's groups: strongest edges first, never joining a conflicting or cannot-linked pair. */
    private List<List<String>> split(Map<String, M> component, List<Edge> edges) {
        Map<String, Set<String>> cannot = new HashMap<>();
        for (String key : component.keySet()) {
            for (ConsolidationConstraint k : index.constraints(key)) {
                if (k.relation() == Relation.CANNOT_LINK) {
                    cannot.computeIfAbsent(key, x -> new HashSet<>()).add(k.other(key));
                }
            }
        }
        edges.sort(Comparator.comparingDouble(Edge::score).reversed().thenComparing(Edge::a).thenComparing(Edge::b));
        Map<String, Set<String>> groupOf = new HashMap<>();
        for (String key : component.keySet()) {
            Set<String> group = new LinkedHashSet<>();
            group.add(key);
            groupOf.put(key, group);
        }
        for (Edge e : edges) {
            Set<String> a = groupOf.get(e.a());
            Set<String> b = groupOf.get(e.b());
            if (a == b || !joinable(a, b, e.score() >= MUST, component, cannot)) {
                continue;
            }
            Set<String> big = a.size() >= b.size() ? a : b;
            Set<String> small = big == a ? b : a;
            big.addAll(small);
            small.forEach(k -> groupOf.put(k, big));
        }
        Set<Set<String>> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(groupOf.values());
        List<List<String>> groups = new ArrayList<>();
        for (Set<String> g : distinct) {
            groups.add(g.stream().sorted().toList());
        }
        groups.sort(Comparator.comparing(g -> g.get(0)));
        return groups;
    }

    private boolean joinable(Set<String> a, Set<String> b, boolean must, Map<String, M> component,
                             Map<String, Set<String>> cannot) {
        for (String x : a) {
            Set<String> no = cannot.getOrDefault(x, Set.of());
            M mx = component.get(x);
            for (String y : b) {
                if (no.contains(y) || (!must && linker.conflict(mx, component.get(y)))) {
                    return false;
                }
            }
        }
        return true;
    }
}
