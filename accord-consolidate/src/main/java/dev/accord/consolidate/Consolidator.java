package dev.accord.consolidate;

import dev.accord.model.ArticleFacts;
import dev.accord.model.consolidated.AgreementMention;
import dev.accord.model.consolidated.ConsolidatedAgreement;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.ConsolidatedPerson;
import dev.accord.model.consolidated.ConsolidationChanges;
import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationDelta;
import dev.accord.model.consolidated.ConsolidationMention;
import dev.accord.model.consolidated.EventMention;
import dev.accord.model.consolidated.PersonMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Consolidates articles' events, agreements and people into one record across articles, incrementally.
 *
 * <p>{@link #add(ArticleFacts)} attaches each of an article's mentions to a consolidated fact and returns
 * what changed; adding an article already held replaces its mentions (after an analyst's correction), and
 * adding it again unchanged changes nothing. The result depends only on the articles and constraints held,
 * not on the order they came in: see {@link Clusters}. State lives in the three {@link MentionIndex}es given,
 * so a store's implementation makes consolidation survive restarts; an instance is not thread-safe.
 *
 * <pre>{@code
 * Consolidator c = Consolidator.inMemory(ConsolidationSettings.DEFAULT, new MiniLmEncoder());
 * for (ArticleFacts facts : articles) {
 *     ConsolidationChanges changes = c.add(facts);   // persist changes.events().created(), ...
 * }
 * List<ConsolidatedEvent> events = c.events();
 * }</pre>
 */
public final class Consolidator {

    private final Clusters<EventMention> events;
    private final Clusters<AgreementMention> agreements;
    private final Clusters<PersonMention> people;
    private final ConsolidationSettings settings;
    private final SentenceEncoder encoder;

    /**
     * A consolidator over the given indexes.
     *
     * @param encoder the sentence encoder for the words around triggers; {@code null} only when
     *                {@code settings} has embeddings off
     */
    public Consolidator(MentionIndex<EventMention> eventIndex, MentionIndex<AgreementMention> agreementIndex,
                        MentionIndex<PersonMention> personIndex, ConsolidationSettings settings,
                        SentenceEncoder encoder) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.embeddings() && encoder == null) {
            throw new IllegalArgumentException("consolidation settings ask for embeddings but no sentence encoder "
                    + "was given; expected an encoder, or settings with embeddings off");
        }
        this.encoder = settings.embeddings() ? encoder : null;
        this.events = new Clusters<>(Objects.requireNonNull(eventIndex, "eventIndex"), new EventLinker(settings),
                "ev:");
        this.agreements = new Clusters<>(Objects.requireNonNull(agreementIndex, "agreementIndex"),
                new AgreementLinker(settings), "ag:");
        this.people = new Clusters<>(Objects.requireNonNull(personIndex, "personIndex"), new PersonLinker(), "pe:");
    }

    /** A consolidator that keeps everything in memory, for evaluations, benchmarks and batch jobs. */
    public static Consolidator inMemory(ConsolidationSettings settings, SentenceEncoder encoder) {
        return new Consolidator(new InMemoryMentionIndex<>(), new InMemoryMentionIndex<>(),
                new InMemoryMentionIndex<>(), settings, encoder);
    }

    /** The settings in use. */
    public ConsolidationSettings settings() {
        return settings;
    }

    /** An article's mentions as this consolidator compares them (embedded where embeddings are on). */
    public ArticleMentions mentionsOf(ArticleFacts facts) {
        return ArticleMentions.of(facts, encoder);
    }

    /** Consolidates one article's facts; see {@link #add(ArticleMentions)}. */
    public ConsolidationChanges add(ArticleFacts facts) {
        return add(mentionsOf(facts));
    }

    /**
     * Consolidates one article's mentions: each joins the consolidated facts it links to (merging them when it
     * links to several) or starts one. An article already held with the same mentions changes nothing; with
     * other mentions, its old ones are replaced.
     */
    public ConsolidationChanges add(ArticleMentions article) {
        String id = article.articleId();
        if (same(events.index().ofArticle(id), article.events())
                && same(agreements.index().ofArticle(id), article.agreements())
                && same(people.index().ofArticle(id), article.people())) {
            return new ConsolidationChanges(ConsolidationDelta.none(), ConsolidationDelta.none(),
                    ConsolidationDelta.none());
        }
        Clusters.Change e = merge(events.remove(stale(events, id, article.events())), events.add(article.events()));
        Clusters.Change a = merge(agreements.remove(stale(agreements, id, article.agreements())),
                agreements.add(article.agreements()));
        Clusters.Change p = merge(people.remove(stale(people, id, article.people())), people.add(article.people()));
        return changes(e, a, p);
    }

    /** Forgets an article's mentions (the article was deleted) and consolidates again what they were part of. */
    public ConsolidationChanges remove(String articleId) {
        return changes(events.remove(keys(events.index().ofArticle(articleId))),
                agreements.remove(keys(agreements.index().ofArticle(articleId))),
                people.remove(keys(people.index().ofArticle(articleId))));
    }

    /**
     * Keeps an analyst's constraint and consolidates again the facts of its two mentions; it holds from then on,
     * for mentions held now and for mentions added later.
     */
    public ConsolidationChanges constrain(ConsolidationConstraint constraint) {
        Clusters.Change none = new Clusters.Change(Map.of(), Map.of());
        return switch (constraint.kind()) {
            case EVENT -> changes(events.constrain(constraint), none, none);
            case AGREEMENT -> changes(none, agreements.constrain(constraint), none);
            case PERSON -> changes(none, none, people.constrain(constraint));
        };
    }

    private static <M extends ConsolidationMention> boolean same(List<M> held, List<M> given) {
        if (held.size() != given.size()) {
            return false;
        }
        for (int i = 0; i < held.size(); i++) {
            if (!comparable(held.get(i)).equals(comparable(given.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** A mention as equality should see it: an event's embedding is a function of its context. */
    private static Object comparable(ConsolidationMention m) {
        if (m instanceof EventMention e) {
            return new EventMention(e.ref(), e.type(), e.cameo(), e.modality(), e.attribution(), e.actors(),
                    e.recipients(), e.date(), e.place(), e.name(), e.agreement(), e.context(), null);
        }
        return m;
    }

    /** The keys of the article's held mentions that the new mentions do not replace. */
    private static <M extends ConsolidationMention> List<String> stale(Clusters<M> clusters, String articleId,
                                                                     List<M> given) {
        TreeSet<String> keep = new TreeSet<>(keys(given));
        return keys(clusters.index().ofArticle(articleId)).stream().filter(k -> !keep.contains(k)).toList();
    }

    private static List<String> keys(List<? extends ConsolidationMention> mentions) {
        return mentions.stream().map(ConsolidationMention::key).toList();
    }

    /** Two changes in a row as one: what was before the first, what is after the second. */
    private static Clusters.Change merge(Clusters.Change first, Clusters.Change second) {
        Map<String, List<String>> before = new HashMap<>(second.before());
        before.keySet().removeAll(first.after().keySet());
        before.putAll(first.before());
        Map<String, List<String>> after = new HashMap<>(first.after());
        Map<String, String> ownerAfterSecond = new HashMap<>();
        second.after().forEach((id, members) -> members.forEach(k -> ownerAfterSecond.put(k, id)));
        after.entrySet().removeIf(en -> en.getValue().stream().anyMatch(ownerAfterSecond::containsKey));
        after.putAll(second.after());
        return new Clusters.Change(before, after);
    }

    private ConsolidationChanges changes(Clusters.Change e, Clusters.Change a, Clusters.Change p) {
        ConsolidationDelta<ConsolidatedEvent> eventDelta = delta(e, this::expectEvent);
        Clusters.Change withRenames = signingRenames(e, a);
        ConsolidationDelta<ConsolidatedAgreement> agreementDelta = delta(withRenames, this::expectAgreement);
        return new ConsolidationChanges(eventDelta, agreementDelta, delta(p, this::expectPerson));
    }

    /**
     * The agreements' change, with every agreement whose signing events were merged or renamed by the events'
     * change counted as changed too.
     */
    private Clusters.Change signingRenames(Clusters.Change e, Clusters.Change a) {
        Map<String, String> renamed = e.replaced();
        if (renamed.isEmpty() && e.created().isEmpty()) {
            return a;
        }
        TreeSet<String> articles = new TreeSet<>();
        e.before().values().forEach(keys -> keys.forEach(k -> articles.add(k.substring(0, k.indexOf('#')))));
        e.after().values().forEach(keys -> keys.forEach(k -> articles.add(k.substring(0, k.indexOf('#')))));
        Map<String, List<String>> before = new HashMap<>(a.before());
        Map<String, List<String>> after = new HashMap<>(a.after());
        for (String article : articles) {
            for (AgreementMention m : agreements.index().ofArticle(article)) {
                agreements.index().clusterOf(m.key()).ifPresent(id -> {
                    if (!after.containsKey(id) && !before.containsKey(id)) {
                        List<String> members = keys(agreements.index().members(id));
                        before.put(id, members);
                        after.put(id, members);
                    }
                });
            }
        }
        return new Clusters.Change(before, after);
    }

    private static <T> ConsolidationDelta<T> delta(Clusters.Change change, Function<String, T> summary) {
        List<T> created = new ArrayList<>();
        change.created().stream().sorted().forEach(id -> created.add(summary.apply(id)));
        List<T> changed = new ArrayList<>();
        change.kept().stream().sorted().forEach(id -> changed.add(summary.apply(id)));
        return new ConsolidationDelta<>(created, changed, change.replaced(), change.removed());
    }

    /** The consolidated event with this id. */
    public Optional<ConsolidatedEvent> findEvent(String id) {
        List<EventMention> members = events.index().members(id);
        return members.isEmpty() ? Optional.empty()
                : Optional.of(Summaries.event(id, members, settings.reportWindowDays()));
    }

    /** The consolidated event with this id; throws naming the id when there is none. */
    public ConsolidatedEvent expectEvent(String id) {
        return findEvent(id).orElseThrow(() -> new NoSuchElementException("no consolidated event " + id));
    }

    /** The id of the consolidated event an event mention ({@code articleId#eventId}) belongs to. */
    public Optional<String> eventOf(String mentionKey) {
        return events.index().clusterOf(mentionKey);
    }

    /** Every consolidated event, by id. */
    public List<ConsolidatedEvent> events() {
        return events.index().clusters().stream().map(this::expectEvent).toList();
    }

    /** The consolidated agreement with this id. */
    public Optional<ConsolidatedAgreement> findAgreement(String id) {
        List<AgreementMention> members = agreements.index().members(id);
        return members.isEmpty() ? Optional.empty() : Optional.of(Summaries.agreement(id, members,
                k -> events.index().clusterOf(k).orElse(null), settings.reportWindowDays()));
    }

    /** The consolidated agreement with this id; throws naming the id when there is none. */
    public ConsolidatedAgreement expectAgreement(String id) {
        return findAgreement(id).orElseThrow(() -> new NoSuchElementException("no consolidated agreement " + id));
    }

    /** Every consolidated agreement, by id. */
    public List<ConsolidatedAgreement> agreements() {
        return agreements.index().clusters().stream().map(this::expectAgreement).toList();
    }

    /** The consolidated person with this id. */
    public Optional<ConsolidatedPerson> findPerson(String id) {
        List<PersonMention> members = people.index().members(id);
        return members.isEmpty() ? Optional.empty() : Optional.of(Summaries.person(id, members));
    }

    /** The consolidated person with this id; throws naming the id when there is none. */
    public ConsolidatedPerson expectPerson(String id) {
        return findPerson(id).orElseThrow(() -> new NoSuchElementException("no consolidated person " + id));
    }

    /** Every consolidated person, by id. */
    public List<ConsolidatedPerson> people() {
        return people.index().clusters().stream().map(this::expectPerson).toList();
    }
}
