package dev.accord.consolidate;

import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationMention;
import dev.accord.model.consolidated.MentionKeys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link MentionIndex} in memory, for evaluations, benchmarks and batch jobs (the Spark job's second
 * pass). Each mention's key is kept once, in its entry, and each blocking key once, so a million mentions
 * fit in a few gigabytes. Not thread-safe: one {@link Consolidator} uses it from one thread.
 *
 * @param <M> the kind of mention
 */
public final class InMemoryMentionIndex<M extends ConsolidationMention> implements MentionIndex<M> {

    private static final String[] NO_BLOCKS = {};

    /** A held mention with the one instance of its key, its blocking keys and its cluster. */
    private static final class Entry<M> {
        final String key;
        M mention;
        String[] blocks = NO_BLOCKS;
        String cluster;

        Entry(String key) {
            this.key = key;
        }
    }

    private final Map<String, Entry<M>> entries = new HashMap<>();
    private final Map<String, List<Entry<M>>> blocks = new HashMap<>();
    /** One instance of each blocking key in use. */
    private final Map<String, String> blockNames = new HashMap<>();
    private final Map<String, TreeSet<String>> byArticle = new HashMap<>();
    private final TreeMap<String, TreeSet<String>> clusters = new TreeMap<>();
    private final Map<String, Map<String, ConsolidationConstraint>> constraints = new HashMap<>();

    @Override
    public Optional<M> find(String mentionKey) {
        Entry<M> e = entries.get(mentionKey);
        return e == null ? Optional.empty() : Optional.of(e.mention);
    }

    @Override
    public List<M> ofArticle(String articleId) {
        TreeSet<String> keys = byArticle.get(articleId);
        return keys == null ? List.of() : keys.stream().map(k -> entries.get(k).mention).toList();
    }

    @Override
    public void put(M mention, Set<String> blockingKeys) {
        Objects.requireNonNull(mention, "mention");
        String key = mention.key();
        if (!MentionKeys.articleId(key).equals(mention.articleId())) {
            throw new IllegalArgumentException("mention " + key + " says it comes from article " + mention.articleId()
                    + "; expected its key to start with that article's id");
        }
        Entry<M> e = entries.get(key);
        if (e == null) {
            e = new Entry<>(key);
            entries.put(key, e);
            byArticle.computeIfAbsent(mention.articleId(), a -> new TreeSet<>()).add(e.key);
        } else {
            unfile(e);
        }
        e.mention = mention;
        e.blocks = new String[blockingKeys.size()];
        int i = 0;
        for (String block : blockingKeys) {
            String name = blockNames.computeIfAbsent(block, b -> b);
            e.blocks[i++] = name;
            blocks.computeIfAbsent(name, b -> new ArrayList<>(4)).add(e);
        }
    }

    @Override
    public void remove(String mentionKey) {
        Entry<M> e = entries.remove(mentionKey);
        if (e == null) {
            return;
        }
        unfile(e);
        TreeSet<String> ofArticle = byArticle.get(e.mention.articleId());
        ofArticle.remove(mentionKey);
        if (ofArticle.isEmpty()) {
            byArticle.remove(e.mention.articleId());
        }
        leaveCluster(e);
    }

    private void unfile(Entry<M> e) {
        for (String block : e.blocks) {
            List<Entry<M>> members = blocks.get(block);
            members.remove(e);
            if (members.isEmpty()) {
                blocks.remove(block);
                blockNames.remove(block);
            }
        }
        e.blocks = NO_BLOCKS;
    }

    @Override
    public List<M> candidates(Set<String> blockingKeys) {
        Set<Entry<M>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<M> found = new ArrayList<>();
        for (String block : blockingKeys) {
            for (Entry<M> e : blocks.getOrDefault(block, List.of())) {
                if (seen.add(e)) {
                    found.add(e.mention);
                }
            }
        }
        return found;
    }

    @Override
    public Optional<String> clusterOf(String mentionKey) {
        Entry<M> e = entries.get(mentionKey);
        return e == null ? Optional.empty() : Optional.ofNullable(e.cluster);
    }

    @Override
    public List<M> members(String clusterId) {
        TreeSet<String> keys = clusters.get(clusterId);
        return keys == null ? List.of() : keys.stream().map(k -> entries.get(k).mention).toList();
    }

    @Override
    public void assign(String clusterId, Collection<String> mentionKeys) {
        Objects.requireNonNull(clusterId, "clusterId");
        for (String key : mentionKeys) {
            Entry<M> e = entries.get(key);
            if (e == null) {
                throw new IllegalArgumentException("cannot put mention " + key + " in cluster " + clusterId
                        + ": no such mention is held");
            }
            leaveCluster(e);
            e.cluster = clusterId;
            clusters.computeIfAbsent(clusterId, c -> new TreeSet<>()).add(e.key);
        }
    }

    private void leaveCluster(Entry<M> e) {
        if (e.cluster != null) {
            TreeSet<String> members = clusters.get(e.cluster);
            members.remove(e.key);
            if (members.isEmpty()) {
                clusters.remove(e.cluster);
            }
            e.cluster = null;
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
        return entries.size();
    }
}
