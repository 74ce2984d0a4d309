package dev.accord.store;

import dev.accord.model.consolidated.ConsolidatedAgreement;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.ConsolidatedPerson;
import dev.accord.model.consolidated.ConsolidationChanges;
import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationConstraint.FactKind;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The record across articles as a store keeps it: the mentions the consolidation engine has seen, indexed by
 * their blocking keys so that a new article's candidates are found without reading the store; which
 * consolidated fact each mention belongs to; the consolidated events, agreements and people; and analysts'
 * must-link and cannot-link constraints.
 *
 * <p>Obtained from {@link FactStore#consolidation}; the work given there runs in one transaction, so an
 * article's consolidation is kept whole or not at all.
 */
public interface ConsolidationStore {

    /** The keys ({@code articleId#factId}) of the mentions of {@code kind} under any of {@code blockKeys}, sorted. */
    List<String> mentionsUnder(FactKind kind, Collection<String> blockKeys);

    /**
     * The stored mentions of {@code kind} with these keys, by key; keys not stored are left out.
     *
     * @param type the mention's record: {@code EventMention}, {@code AgreementMention} or {@code PersonMention}
     */
    <M> Map<String, M> mentions(FactKind kind, Collection<String> keys, Class<M> type);

    /** The keys of the stored mentions of {@code kind} from one article, sorted. */
    List<String> mentionsOf(FactKind kind, String articleId);

    /**
     * Keeps a mention with its blocking keys, replacing what was kept under its key; a mention new to the store
     * is in no cluster until {@link #assign}, a replaced one stays in its cluster, as in the engine's own
     * in-memory index.
     */
    void putMention(FactKind kind, String key, Object mention, Collection<String> blockKeys);

    /** Forgets a mention, its blocking keys and its assignment; its constraints stay. */
    void removeMention(FactKind kind, String key);

    /** The consolidated fact each of these mentions belongs to, by mention key; unassigned ones are left out. */
    Map<String, String> assignments(FactKind kind, Collection<String> keys);

    /** The keys of every mention of {@code kind} assigned to {@code consolidatedId}, sorted. */
    List<String> assignedTo(FactKind kind, String consolidatedId);

    /** Attaches each mention to a consolidated fact, by mention key. */
    void assign(FactKind kind, Map<String, String> assignments);

    /** The ids of every consolidated fact of {@code kind} that has a mention assigned, sorted. */
    List<String> assignedIds(FactKind kind);

    /** Keeps what consolidation changed: the facts created and changed, less the ones replaced or removed. */
    void apply(ConsolidationChanges changes);

    /** The consolidated event with this id. */
    Optional<ConsolidatedEvent> findEvent(String id);

    /**
     * The consolidated event holding the article's event {@code eventId}, the way a report is opened from an
     * article.
     */
    Optional<ConsolidatedEvent> findEventOf(String articleId, String eventId);

    /** Gives every consolidated event to {@code action}, by id, so that two exports are identical. */
    void forEachEvent(Consumer<ConsolidatedEvent> action);

    /** Every consolidated agreement, by id. */
    List<ConsolidatedAgreement> agreements();

    /** Every consolidated person, by id. */
    List<ConsolidatedPerson> people();

    /** How many consolidated events there are. */
    int eventCount();

    /** Keeps an analyst's constraint, replacing an earlier one on the same pair: the later word wins. */
    void addConstraint(ConsolidationConstraint constraint);

    /** Every constraint, in the order they were made. */
    List<ConsolidationConstraint> constraints();

    /** The constraints on one mention of {@code kind}, in the order they were made. */
    List<ConsolidationConstraint> constraintsOn(FactKind kind, String mentionKey);

    /**
     * Forgets every mention, assignment and consolidated fact, keeping the constraints: the start of a
     * consolidation from scratch.
     */
    void clear();
}
