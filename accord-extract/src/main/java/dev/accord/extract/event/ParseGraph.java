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

    /**
     * Relations that start a clause of its own: a phrase's subtree stops there. Compared without the
     * enhanced graph's subtype, so "acl:after" and "advcl:unless" end a phrase as "acl" and "advcl" do.
     */
    private static final Set<String> CLAUSAL = Set.of("acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj",
            "punct", "ref", "cc");

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
                if (!startsClause(d)) {
                    todo.push(d.dependent());
                }
            }
        }
        return seen;
    }

    /**
     * The tokens of the phrase headed by {@code token} that hang from it by modifiers of the noun itself
     * (adjectives, compounds, possessives, numbers, conjuncts), and past at most {@code hops} of the
     * phrase's prepositional modifiers or appositives: in "the Turkish and Greek sides of the island of
     * Cyprus", with no hop, "Turkish" and "Greek" and not "Cyprus".
     */
    TreeSet<Integer> phrase(int token, int hops) {
        TreeSet<Integer> seen = new TreeSet<>();
        Deque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {token, 0});
        while (!todo.isEmpty()) {
            int[] t = todo.pop();
            if (!seen.add(t[0])) {
                continue;
            }
            for (Dependency d : children(t[0])) {
                String relation = d.relation();
                int cost = isModifierPhrase(relation) ? 1 : 0;
                if (!startsClause(d) && t[1] + cost <= hops) {
                    todo.push(new int[] {d.dependent(), t[1] + cost});
                }
            }
        }
        return seen;
    }

    /**
     * Whether the arc starts a clause of its own: a clausal relation, or UD's "dep" (a dependent the
     * parser could not place) when its dependent has a subject or a complementiser, as a clause has: in
     * "an admission by Moscow that Soviet forces murdered Polish officers" the clause hangs from
     * "admission" by "dep" and names no party of the noun's phrase, where "dep" inside a name ("the
     * party's leader Mahmoud Abbas", "Vietnamese-led forces") still belongs to it.
     */
    private boolean startsClause(Dependency d) {
        String relation = base(d.relation());
        return CLAUSAL.contains(relation) || relation.equals("dep") && children(d.dependent()).stream()
                .anyMatch(c -> c.relation().startsWith("nsubj") || c.relation().equals("mark"));
    }

    /** A prepositional modifier ("of Cyprus", "in Bam") or an appositive, not a possessive. */
    private static boolean isModifierPhrase(String relation) {
        return relation.equals("appos") || relation.startsWith("nmod") && !relation.equals("nmod:poss");
    }

    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
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
