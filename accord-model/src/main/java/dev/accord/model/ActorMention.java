package dev.accord.model;

import java.util.Objects;

/**
 * One place where the text refers to an actor.
 *
 * @param evidence the words
 * @param kind     how they refer to it
 * @param sector   the sector these words give the actor ("the Kazakh government" is GOV, "Chinese troops"
 *                 MIL), or {@code null}
 */
public record ActorMention(Evidence evidence, MentionKind kind, String sector) implements Comparable<ActorMention> {

    public ActorMention {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public int compareTo(ActorMention o) {
        return evidence.compareTo(o.evidence);
    }
}
