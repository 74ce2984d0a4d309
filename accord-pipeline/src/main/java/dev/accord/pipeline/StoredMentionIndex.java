package dev.accord.pipeline;

import dev.accord.consolidate.MentionIndex;
import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationConstraint.FactKind;
import dev.accord.model.consolidated.ConsolidationMention;
import dev.accord.store.ConsolidationStore;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The consolidation engine's {@link MentionIndex} over a store's tables ({@link ConsolidationStore}), so that
 * an article is consolidated against the mentions that share a blocking key with it, read from the store,
 * without the store being read whole or consolidated again.
 *
 * @param <M> the kind of mention
 */
final class StoredMentionIndex<M extends ConsolidationMention> implements MentionIndex<M> {

    private final ConsolidationStore store;
    private final FactKind kind;
    private final Class<M> type;

    StoredMentionIndex(ConsolidationStore store, FactKind kind, Class<M> type) {
        this.store = store;
        this.kind = kind;
        this.type = type;
    }

    @Override
    public Optional<M> find(String mentionKey) {
        return Optional.ofNullable(store.mentions(kind, List.of(mentionKey), type).get(mentionKey));
    }

    @Override
    public List<M> ofArticle(String articleId) {
        return read(store.mentionsOf(kind, articleId));
    }

    @Override
    public void put(M mention, Set<String> blockingKeys) {
        store.putMention(kind, mention.key(), mention, blockingKeys);
    }

    @Override
    public void remove(String mentionKey) {
        store.removeMention(kind, mentionKey);
    }

    @Override
    public List<M> candidates(Set<String> blockingKeys) {
        return read(store.mentionsUnder(kind, blockingKeys));
    }

    @Override
    public Optional<String> clusterOf(String mentionKey) {
        return Optional.ofNullable(store.assignments(kind, List.of(mentionKey)).get(mentionKey));
    }

    @Override
    public List<M> members(String clusterId) {
        return read(store.assignedTo(kind, clusterId));
    }

    @Override
    public void assign(String clusterId, Collection<String> mentionKeys) {
        Map<String, String> assignments = new TreeMap<>();
        mentionKeys.forEach(k -> assignments.put(k, clusterId));
        store.assign(kind, assignments);
    }

    @Override
    public List<String> clusters() {
        return store.assignedIds(kind);
    }

    @Override
    public List<ConsolidationConstraint> constraints(String mentionKey) {
        return store.constraintsOn(kind, mentionKey);
    }

    @Override
    public void constrain(ConsolidationConstraint constraint) {
        store.addConstraint(constraint);
    }

    /** The mentions with these keys, in the order given (sorted, as the store gives keys). */
    private List<M> read(List<String> keys) {
        Map<String, M> found = store.mentions(kind, keys, type);
        return keys.stream().map(found::get).filter(m -> m != null).toList();
    }
}
