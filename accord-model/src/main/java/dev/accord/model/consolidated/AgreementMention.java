package dev.accord.model.consolidated;

import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;
import dev.accord.model.Evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An agreement as one article names it, with what consolidation compares.
 *
 * @param articleId   the article that names it
 * @param agreementId the {@link dev.accord.model.Agreement}'s id within that article
 * @param outlet      the publication that printed the article, or {@code null}
 * @param published   the article's publication date, or {@code null}
 * @param name        its name as the article gives it ("Astana Declaration")
 * @param kind        declaration, treaty, memorandum, ...
 * @param status      SIGNED, PROMISED or MENTIONED, as the article says
 * @param parties     the party actor ids the article gives, sorted
 * @param date        when it was signed, as the article gives it, or {@code null}
 * @param place       where, or {@code null}
 * @param events      the ids (within the article) of the events that sign or promise it, sorted
 * @param evidence    every place where the article names it; never empty
 */
public record AgreementMention(String articleId, String agreementId, String outlet, LocalDate published,
                               String name, String kind, String status, List<String> parties, EventDate date,
                               EventPlace place,
                               List<String> events, List<Evidence> evidence)
        implements ConsolidationMention, Comparable<AgreementMention> {

    public AgreementMention {
        MentionKeys.of(articleId, agreementId);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        parties = parties.stream().sorted().distinct().toList();
        events = events.stream().sorted().distinct().toList();
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("agreement mention " + articleId + "#" + agreementId
                    + " has no evidence; expected where the article names it");
        }
    }

    /** This mention's key across the store, {@code articleId#agreementId}. */
    @Override
    public String key() {
        return MentionKeys.of(articleId, agreementId);
    }

    @Override
    public int compareTo(AgreementMention o) {
        return key().compareTo(o.key());
    }
}
