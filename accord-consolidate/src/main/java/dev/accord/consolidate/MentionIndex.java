package dev.accord.consolidate;

import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationMention;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where consolidation keeps one kind of mention, the blocking keys they are filed under, which cluster each
 * belongs to, and analysts' constraints. The {@link Consolidator} reads and writes only through this
 * interface, so a store can implement it over its own tables and consolidate incrementally at ingest;
 * {@link InMemoryMentionIndex} is the implementation for evaluations, benchmarks and batch jobs.
 *
 * <p>Every list an implementation returns is sorted by mention key (clusters by id), except
 * {@link #candidates}, whose order does not matter; so the same content gives the same result however it is
 * stored.
 *
 * @param <M> the kind of mention: event, agreement or person mention
 */
public interface MentionIndex<M extends ConsolidationMention> {

    /** The mention with this key, if held. */
    Optional<M> find(String mentionKey);

    /** Every held mention of one article, sorted by key. */
    List<M> ofArticle(String articleId);

    /**
     * Keeps a mention, filed under its blocking keys. A new mention is in no cluster until {@link #assign}
     * puts it in one; a mention with the key of one held replaces it, keeps its cluster and is filed under
     * the new blocking keys only (the engine then clusters its component again and reports the change).
     */
    void put(M mention, Set<String> blockingKeys);

    /** Forgets a mention, its blocking keys and its cluster membership; its constraints stay. */
    void remove(String mentionKey);

    /** Every held mention filed under at least one of {@code blockingKeys}, each once, in any order. */
    List<M> candidates(Set<String> blockingKeys);

    /** The id of the cluster the mention belongs to, if it is held and assigned. */
    Optional<String> clusterOf(String mentionKey);

    /** The members of a cluster, sorted by key; empty for an unknown id. */
    List<M> members(String clusterId);

    /**
     * Puts every mention of {@code mentionKeys} in cluster {@code clusterId}, taking each out of the cluster it
     * was in; a cluster left with no members no longer exists.
     */
    void assign(String clusterId, Collection<String> mentionKeys);

    /** The ids of every cluster, sorted. */
    List<String> clusters();

    /** Analysts' constraints that concern the mention, whether or not it is held. */
    List<ConsolidationConstraint> constraints(String mentionKey);

    /** Keeps a constraint; the same pair's earlier constraint is replaced (the later word wins). */
    void constrain(ConsolidationConstraint constraint);
}
