package dev.accord.model.consolidated;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's correction of consolidation: two mentions report the same real fact (must-link) or
 * different ones (cannot-link). Constraints are kept with the mentions, not with a consolidated id, so they
 * hold however the mentions are consolidated again; a cannot-link always wins over the engine's own links,
 * and a must-link over its judgement that two mentions differ.
 *
 * @param kind     which kind of fact the two mentions are
 * @param relation must-link or cannot-link
 * @param first    the key ({@code articleId#factId}) of the mention that sorts first
 * @param second   the key of the other mention
 * @param analyst  who made it
 * @param at       when
 * @param note     why, in the analyst's words, or {@code null}
 */
public record ConsolidationConstraint(FactKind kind, Relation relation, String first, String second, String analyst,
                                      Instant at, String note) {

    /** Which kind of fact a constraint joins or separates. */
    public enum FactKind { EVENT, AGREEMENT, PERSON }

    /** Whether the two mentions are one fact or two. */
    public enum Relation { MUST_LINK, CANNOT_LINK }

    public ConsolidationConstraint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(at, "at");
        MentionKeys.articleId(Objects.requireNonNull(first, "first"));
        MentionKeys.articleId(Objects.requireNonNull(second, "second"));
        if (first.equals(second)) {
            throw new IllegalArgumentException("constraint links mention " + first + " with itself; "
                    + "expected two different mentions");
        }
        if (first.compareTo(second) > 0) {
            String t = first;
            first = second;
            second = t;
        }
        if (analyst == null || analyst.isBlank()) {
            throw new IllegalArgumentException("constraint on " + first + " and " + second + " names no analyst; "
                    + "expected who made it");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Whether this constraint concerns the mention with {@code key}. */
    public boolean concerns(String key) {
        return first.equals(key) || second.equals(key);
    }

    /** The other mention of the pair; {@code key} must be one of them. */
    public String other(String key) {
        if (first.equals(key)) {
            return second;
        }
        if (second.equals(key)) {
            return first;
        }
        throw new IllegalArgumentException("constraint on " + first + " and " + second + " does not concern " + key);
    }
}
