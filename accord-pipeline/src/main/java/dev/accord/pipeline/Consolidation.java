package dev.accord.pipeline;

import dev.accord.consolidate.ArticleMentions;
import dev.accord.consolidate.ConsolidationSettings;
import dev.accord.consolidate.Consolidator;
import dev.accord.consolidate.MiniLmEncoder;
import dev.accord.consolidate.SentenceEncoder;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Correction;
import dev.accord.model.EventType;
import dev.accord.model.consolidated.AgreementMention;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.ConsolidationChanges;
import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationConstraint.FactKind;
import dev.accord.model.consolidated.ConsolidationConstraint.Relation;
import dev.accord.model.consolidated.EventMention;
import dev.accord.model.consolidated.EventMentionRef;
import dev.accord.model.consolidated.PersonMention;
import dev.accord.store.ConsolidationStore;
import dev.accord.store.FactStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The record across articles of one store: the consolidation engine over the store's own tables, so that
 * each new article joins existing events, agreements and people or makes new ones without the store being
 * read again ({@link Ingestion} calls {@link #add} after storing an article), and analysts' corrections of
 * consolidation, kept as constraints, hold however the store is consolidated again.
 *
 * <p>Consolidation reads the curated facts (an article's corrections applied), the facts every view shows.
 * Each step runs in one transaction of the store and tells the listener what changed, so a face that keeps
 * views in memory (the server) follows without reading the store again.
 */
public final class Consolidation {

    private static SentenceEncoder encoder;

    private final FactStore store;
    private final Consolidator consolidator;
    private final Consumer<ConsolidationChanges> listener;

    /**
     * @param store    where the articles and the record across them are kept
     * @param settings how mentions are compared; {@link #settings()} in every face
     * @param encoder  the sentence encoder, or {@code null} when {@code settings} has embeddings off
     * @param listener told what each step changed
     */
    public Consolidation(FactStore store, ConsolidationSettings settings, SentenceEncoder encoder,
                         Consumer<ConsolidationChanges> listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.listener = Objects.requireNonNull(listener, "listener");
        ConsolidationStore tables = store.consolidation();
        this.consolidator = new Consolidator(new StoredMentionIndex<>(tables, FactKind.EVENT, EventMention.class),
                new StoredMentionIndex<>(tables, FactKind.AGREEMENT, AgreementMention.class),
                new StoredMentionIndex<>(tables, FactKind.PERSON, PersonMention.class), settings, encoder);
    }

    /** The consolidation every face runs over {@code store}: {@link #settings()}, with {@link #encoder()}. */
    public static Consolidation standard(FactStore store, Consumer<ConsolidationChanges> listener) {
        return new Consolidation(store, settings(), encoder(), listener);
    }

    /** The settings every face consolidates with, so that they all give the same record. */
    public static ConsolidationSettings settings() {
        return ConsolidationSettings.DEFAULT;
    }

    /** The sentence encoder every face uses, loaded on first need and shared by the JVM's threads. */
    public static synchronized SentenceEncoder encoder() {
        if (encoder == null) {
            encoder = new MiniLmEncoder();
        }
        return encoder;
    }

    /** Consolidates one stored article's curated facts, replacing what an earlier call made of them. */
    public ConsolidationChanges add(ArticleFacts curated) {
        return step(() -> consolidator.add(curated));
    }

    /** Consolidates one article's mentions, made elsewhere ({@link Consolidator#mentionsOf}). */
    public ConsolidationChanges add(ArticleMentions mentions) {
        return step(() -> consolidator.add(mentions));
    }

    /**
     * Consolidates the stored article again after one of its corrections.
     *
     * @throws NoSuchElementException naming the id when no article has it
     */
    public ConsolidationChanges reconsider(String articleId) {
        return add(store.findCurated(articleId).orElseThrow(() -> new NoSuchElementException(
                "no article with id " + articleId + " to consolidate again")));
    }

    /** What {@link #rebuild} did. */
    public record Rebuilt(int articles, int events, int agreements, int people) {
    }

    /**
     * Forgets the record across articles, keeping analysts' constraints, and consolidates every stored article
     * again, one at a time in the store's order: the same record as consolidating them as they came, because the
     * engine's result does not depend on the order (for stores made before consolidation, or after a change of
     * the engine).
     *
     * @param progress told the number of articles consolidated so far, after each
     */
    public Rebuilt rebuild(Consumer<Integer> progress) {
        store.consolidate(tables -> {
            tables.clear();
            return null;
        });
        List<String> ids = new ArrayList<>();
        store.forEach(f -> ids.add(f.article().id()));
        for (int i = 0; i < ids.size(); i++) {
            reconsider(ids.get(i));
            progress.accept(i + 1);
        }
        ConsolidationStore tables = store.consolidation();
        return new Rebuilt(ids.size(), tables.eventCount(), tables.agreements().size(), tables.people().size());
    }

    /**
     * Makes two consolidated events one, as an analyst says: their first reports are linked, every earlier
     * analyst's word that kept a report of one apart from a report of the other is taken back, and the link holds
     * through every later consolidation.
     *
     * @return the event they now are
     */
    public ConsolidatedEvent merge(String eventId, String otherId, String analyst, String note) {
        if (eventId.equals(otherId)) {
            throw new IllegalArgumentException("event " + eventId + " is merged with itself; expected another event");
        }
        ConsolidatedEvent event = expectEvent(eventId);
        ConsolidatedEvent other = expectEvent(otherId);
        Instant now = Instant.now();
        Set<String> theirs = other.mentions().stream().map(EventMentionRef::key).collect(Collectors.toSet());
        for (EventMentionRef m : event.mentions()) {
            for (ConsolidationConstraint apart : store.consolidation().constraintsOn(FactKind.EVENT, m.key())) {
                if (apart.relation() == Relation.CANNOT_LINK && theirs.contains(apart.other(m.key()))) {
                    constrain(new ConsolidationConstraint(FactKind.EVENT, Relation.MUST_LINK, apart.first(),
                            apart.second(), analyst, now, note));
                }
            }
        }
        constrain(new ConsolidationConstraint(FactKind.EVENT, Relation.MUST_LINK, event.mentions().get(0).key(),
                other.mentions().get(0).key(), analyst, now, note));
        return eventOf(event.mentions().get(0));
    }

    /**
     * Takes one report off a consolidated event, as an analyst says: it is kept apart from each other report of
     * the event from then on.
     *
     * @param mentionKey the report's key, {@code articleId#eventId}
     * @return the event that is left
     */
    public ConsolidatedEvent split(String eventId, String mentionKey, String analyst, String note) {
        ConsolidatedEvent event = expectEvent(eventId);
        List<EventMentionRef> others = event.mentions().stream().filter(m -> !m.key().equals(mentionKey)).toList();
        if (others.size() == event.mentions().size()) {
            throw new IllegalArgumentException("event " + eventId + " has no report " + mentionKey
                    + "; expected one of " + event.mentions().stream().map(EventMentionRef::key).toList());
        }
        if (others.isEmpty()) {
            throw new IllegalArgumentException("event " + eventId + " has only the report " + mentionKey
                    + "; expected an event with another report to split it from");
        }
        Instant now = Instant.now();
        for (EventMentionRef other : others) {
            constrain(new ConsolidationConstraint(FactKind.EVENT, Relation.CANNOT_LINK, mentionKey, other.key(),
                    analyst, now, note));
        }
        return eventOf(others.get(0));
    }

    /**
     * Gives a consolidated event another type, as an analyst says: each of its reports is corrected in its
     * article (a {@link Correction.Action#RETYPE} kept with who and when, as every correction is), and the
     * articles are consolidated again, so the type holds through every later consolidation.
     *
     * @return the event as it now is
     */
    public ConsolidatedEvent retype(String eventId, EventType type, String curator, String note) {
        ConsolidatedEvent event = expectEvent(eventId);
        TreeSet<String> articles = new TreeSet<>();
        for (EventMentionRef m : event.mentions()) {
            store.addCorrection(Correction.of(m.articleId(), Correction.Action.RETYPE, m.eventId(), type, List.of(),
                    List.of(), null, null, curator, note));
            articles.add(m.articleId());
        }
        articles.forEach(this::reconsider);
        return eventOf(event.mentions().get(0));
    }

    private ConsolidatedEvent expectEvent(String id) {
        return store.consolidation().findEvent(id).orElseThrow(() -> new NoSuchElementException(
                "no consolidated event " + id + "; expected the id (ev:…) of an event from /api/events"));
    }

    private ConsolidatedEvent eventOf(EventMentionRef mention) {
        return store.consolidation().findEventOf(mention.articleId(), mention.eventId()).orElseThrow(
                () -> new IllegalStateException("report " + mention.key() + " belongs to no consolidated event"));
    }

    private void constrain(ConsolidationConstraint constraint) {
        step(() -> consolidator.constrain(constraint));
    }

    private ConsolidationChanges step(Supplier<ConsolidationChanges> work) {
        ConsolidationChanges changes = store.consolidate(tables -> {
            ConsolidationChanges made = work.get();
            tables.apply(made);
            return made;
        });
        listener.accept(changes);
        return changes;
    }
}
