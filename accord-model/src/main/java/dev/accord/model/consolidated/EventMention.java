package dev.accord.model.consolidated;

import dev.accord.model.Attribution;
import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;
import dev.accord.model.EventType;
import dev.accord.model.Modality;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An event of one article with what consolidation compares: what a store keeps for each event mention so that
 * the engine can decide whether a new mention reports the same real event without re-reading the article.
 *
 * @param ref         which event of which article
 * @param type        its PLOVER type
 * @param cameo       its CAMEO code
 * @param modality    asserted, negated, future or hypothetical; mentions never merge across it
 * @param attribution the article's voice or the quote it was read from; mentions never merge across voices
 * @param actors      actor ids ({@code state:KAZ}, {@code igo:SCO}, {@code person:…}), sorted, never empty
 * @param recipients  recipient actor ids, sorted
 * @param date        when, or {@code null} when the article gives no date and has no publication date
 * @param place       where, or {@code null}
 * @param name        the event's name in the text ("2nd China-Central Asia Summit"), or {@code null}
 * @param agreement   the name of the agreement the event signs or promises ("Astana Declaration"), or
 *                    {@code null}
 * @param context     the words around the trigger (its sentence), which the lexical and embedding
 *                    similarities compare
 * @param embedding   a unit-length sentence embedding of {@code context}, or {@code null} when embeddings
 *                    are off; compared by reference in {@link #equals}, as records compare arrays
 */
public record EventMention(EventMentionRef ref, EventType type, String cameo, Modality modality,
                           Attribution attribution, List<String> actors, List<String> recipients, EventDate date,
                           EventPlace place, String name, String agreement, String context,
                           float[] embedding)
        implements ConsolidationMention {

    public EventMention {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(context, "context");
        actors = actors.stream().sorted().distinct().toList();
        recipients = recipients.stream().sorted().distinct().toList();
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("event mention " + ref.key() + " has no actor; expected at least one");
        }
    }

    /** This mention's key across the store, {@code articleId#eventId}. */
    @Override
    public String key() {
        return ref.key();
    }

    @Override
    public String articleId() {
        return ref.articleId();
    }

    @Override
    public String toString() {
        return "EventMention[" + ref.key() + " " + type + " " + actors + (embedding == null ? "" : " embedded "
                + Arrays.hashCode(embedding)) + "]";
    }
}
