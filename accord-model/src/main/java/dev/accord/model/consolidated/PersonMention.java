package dev.accord.model.consolidated;

import dev.accord.model.Evidence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person as one article presents them, with what consolidation compares.
 *
 * @param articleId    the article
 * @param actorId      the {@link dev.accord.model.Actor}'s id within it ({@code person:gulnar-shaimergenova})
 * @param outlet       the publication that printed the article, or {@code null}
 * @param published    the article's publication date, or {@code null}
 * @param name         the full name the article gives
 * @param role         the role the article gives ("director"), or {@code null}
 * @param affiliation  the organisation the article gives, or {@code null}
 * @param country      the state the person belongs to (ISO alpha-3), or {@code null}
 * @param nameEvidence the first words that name the person in full
 * @param roleEvidence the words that give the role or affiliation, or {@code null}
 */
public record PersonMention(String articleId, String actorId, String outlet, LocalDate published, String name,
                            String role, String affiliation, String country, Evidence nameEvidence,
                            Evidence roleEvidence) implements ConsolidationMention, Comparable<PersonMention> {

    public PersonMention {
        MentionKeys.of(articleId, actorId);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameEvidence, "nameEvidence");
        if (name.isBlank()) {
            throw new IllegalArgumentException("person mention " + articleId + "#" + actorId
                    + " has a blank name; expected the person's full name");
        }
    }

    /** This mention's key across the store, {@code articleId#actorId}. */
    @Override
    public String key() {
        return MentionKeys.of(articleId, actorId);
    }

    @Override
    public int compareTo(PersonMention o) {
        return key().compareTo(o.key());
    }
}
