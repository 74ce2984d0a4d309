package dev.accord.model.consolidated;

import dev.accord.model.Evidence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One report of a consolidated event: an event of one article (GDELT's mentions table, one row).
 *
 * @param articleId  the article that reports it
 * @param eventId    the {@link dev.accord.model.Event}'s id within that article ({@code e303})
 * @param outlet     the publication that printed the article, or {@code null} when unknown
 * @param published  the article's publication date, or {@code null} when unknown
 * @param trigger    the words that state the event in that article
 * @param confidence how sure the event coder was, from 0 to 1
 */
public record EventMentionRef(String articleId, String eventId, String outlet, LocalDate published,
                              Evidence trigger, double confidence) implements Comparable<EventMentionRef> {

    public EventMentionRef {
        Objects.requireNonNull(trigger, "trigger");
        MentionKeys.of(articleId, eventId);
        if (!trigger.articleId().equals(articleId)) {
            throw new IllegalArgumentException("mention " + articleId + "#" + eventId + " has its trigger in article "
                    + trigger.articleId() + "; expected evidence from the same article");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("mention " + articleId + "#" + eventId + " has confidence "
                    + confidence + "; expected 0 to 1");
        }
    }

    /** This mention's key across the store, {@code articleId#eventId}. */
    public String key() {
        return MentionKeys.of(articleId, eventId);
    }

    /** Mentions sort by key, which is what makes every list of them reproducible. */
    @Override
    public int compareTo(EventMentionRef o) {
        return key().compareTo(o.key());
    }
}
