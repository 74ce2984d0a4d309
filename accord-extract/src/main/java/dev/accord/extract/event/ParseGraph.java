package dev.accord.extract.event;

import dev.accord.model.text.Dependency;
import dev.accord.model.text.Sentence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One sentence's dependency arcs, indexed both ways, with subtree walks. */
final class ParseGraph {

    /** Relations that start a clause of its own: a phrase's subtree stops there. */
    private static final Set<String> CLAUSAL = Set.of("acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis",
            "csubj", "punct", "ref", "cc");

    private final Map<Integer, List<Dependency>> children = new HashMap<>();
    private final Map<Integer, List<Dependency>> parents = new HashMap<>();

    ParseGraph(Sentence sentence) {
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() >= 0) {
                children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
            }
            parents.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
        }
    }

    List<Dependency> children(int token) {
        return children.getOrDefault(token, List.of());
    }

    List<Dependency> parents(int token) {
        return parents.getOrDefault(token, List.of());
    }

    /** The dependents of {@code token} whose relation is {@code relation} or starts with it and a colon. */
    List<Integer> children(int token, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(token)) {
            if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The relation of an arc from {@code governor} to {@code dependent}, or {@code null}. */
    String relation(int governor, int dependent) {
        for (Dependency d : children(governor)) {
            if (d.dependent() == dependent) {
                return d.relation();
            }
        }
        return null;
    }

    /** The tokens of the phrase headed by {@code token}, stopping at clauses of their own. */
    TreeSet<Integer> phrase(int token) {
        TreeSet<Integer> seen = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(token);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            for (Dependency d : children(t)) {
                if (!CLAUSAL.contains(d.relation())) {
                    todo.push(d.dependent());
                }
            }
        }
        return seen;
    }

    /** Whether {@code ancestor} governs {@code token}, directly or through other tokens. */
    boolean dominates(int ancestor, int token) {
        Set<Integer> seen = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(token);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (t == ancestor) {
                return true;
            }
            if (seen.add(t)) {
                parents(t).stream().filter(d -> d.governor() >= 0).forEach(d -> todo.push(d.governor()));
            }
        }
        return false;
    }
}
