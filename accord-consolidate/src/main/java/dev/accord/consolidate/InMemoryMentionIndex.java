package dev.accord.consolidate;

import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationMention;
import dev.accord.model.consolidated.MentionKeys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link MentionIndex} in memory, for evaluations, benchmarks and batch jobs (the Spark job's second
 * pass). Not thread-safe: one {@link Consolidator} uses it from one thread.
 *
 * @param <M> the kind of mention
 */
public final class InMemoryMentionIndex<M extends ConsolidationMention> implements MentionIndex<M> {

    private final Map<String, M> mentions = new HashMap<>();
    private final Map<String, Set<String>> keysOf = new HashMap<>();
    private final Map<String, List<String>> blocks = new HashMap<>();
    private final Map<String, TreeSet<String>> byArticle = new HashMap<>();
    private final Map<String, String> clusterOf = new HashMap<>();
    private final TreeMap<String, TreeSet<String>> clusters = new TreeMap<>();
    private final Map<String, Map<String, ConsolidationConstraint>> constraints = new HashMap<>();

    @Override
    public Optional<M> find(String mentionKey) {
        return Optional.ofNullable(mentions.get(mentionKey));
    }

    @Override
    public List<M> ofArticle(String articleId) {
        TreeSet<String> keys = byArticle.get(articleId);
        return keys == null ? List.of() : keys.stream().map(mentions::get).toList();
    }

    @Override
    public void put(M mention, Set<String> blockingKeys) {
        Objects.requireNonNull(mention, "mention");
        String key = mention.key();
        if (!MentionKeys.articleId(key).equals(mention.articleId())) {
            throw new IllegalArgumentException("mention " + key + " says it comes from article " + mention.articleId()
                    + "; expected its key to start with that article's id");
        }
        if (mentions.containsKey(key)) {
            unfile(key);
        }
        mentions.put(key, mention);
        Set<String> keys = Set.copyOf(blockingKeys);
        keysOf.put(key, keys);
        for (String block : keys) {
            blocks.computeIfAbsent(block, b -> new ArrayList<>(4)).add(key);
        }
        byArticle.computeIfAbsent(mention.articleId(), a -> new TreeSet<>()).add(key);
    }

    @Override
    public void remove(String mentionKey) {
        M mention = mentions.remove(mentionKey);
        if (mention == null) {
            return;
        }
        unfile(mentionKey);
        keysOf.remove(mentionKey);
        TreeSet<String> ofArticle = byArticle.get(mention.articleId());
        ofArticle.remove(mentionKey);
        if (ofArticle.isEmpty()) {
            byArticle.remove(mention.articleId());
        }
        leaveCluster(mentionKey);
    }

    private void unfile(String key) {
        for (String block : keysOf.getOrDefault(key, Set.of())) {
            List<String> members = blocks.get(block);
            members.remove(key);
            if (members.isEmpty()) {
                blocks.remove(block);
            }
        }
    }

    @Override
    public List<M> candidates(Set<String> blockingKeys) {
        TreeSet<String> keys = new TreeSet<>();
        for (String block : blockingKeys) {
            keys.addAll(blocks.getOrDefault(block, List.of()));
        }
        return keys.stream().map(mentions::get).toList();
    }

    @Override
    public Optional<String> clusterOf(String mentionKey) {
        return Optional.ofNullable(clusterOf.get(mentionKey));
    }

    @Override
    public List<M> members(String clusterId) {
        TreeSet<String> keys = clusters.get(clusterId);
        return keys == null ? List.of() : keys.stream().map(mentions::get).toList();
    }

    @Override
    public void assign(String clusterId, Collection<String> mentionKeys) {
        Objects.requireNonNull(clusterId, "clusterId");
        for (String key : mentionKeys) {
            if (!mentions.containsKey(key)) {
                throw new IllegalArgumentException("cannot put mention " + key + " in cluster " + clusterId
                        + ": no such mention is held");
            }
            leaveCluster(key);
            clusterOf.put(key, clusterId);
            clusters.computeIfAbsent(clusterId, c -> new TreeSet<>()).add(key);
        }
    }

    private void leaveCluster(String key) {
        String old = clusterOf.remove(key);
        if (old != null) {
            TreeSet<String> members = clusters.get(old);
            members.remove(key);
            if (members.isEmpty()) {
                clusters.remove(old);
            }
        }
    }

    @Override
    public List<String> clusters() {
        return List.copyOf(clusters.keySet());
    }

    @Override
    public List<ConsolidationConstraint> constraints(String mentionKey) {
        Map<String, ConsolidationConstraint> of = constraints.get(mentionKey);
        return of == null ? List.of() : new TreeMap<>(of).values().stream().toList();
    }

    @Override
    public void constrain(ConsolidationConstraint constraint) {
        constraints.computeIfAbsent(constraint.first(), k -> new HashMap<>()).put(constraint.second(), constraint);
        constraints.computeIfAbsent(constraint.second(), k -> new HashMap<>()).put(constraint.first(), constraint);
    }

    /** How many mentions are held. */
    public int size() {
        return mentions.size();
    }
}
