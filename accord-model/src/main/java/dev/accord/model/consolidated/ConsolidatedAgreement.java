package dev.accord.model.consolidated;

import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;

import java.util.List;
import java.util.Objects;

/**
 * One agreement ("Astana Declaration") across every article that names it.
 *
 * @param id       stable and order-independent: {@code ag:} and 16 hex digits of a hash of its first
 *                 mention's key (by key order)
 * @param name     the name most of its mentions give (ties: the first by key)
 * @param kind     the kind most of its mentions give
 * @param status   SIGNED when any mention says it was signed, else PROMISED when any says so, else MENTIONED
 * @param parties  every mention's parties, merged and sorted
 * @param date     the most precise signing date its mentions give, or {@code null}
 * @param place    the place most of its mentions give, or {@code null}
 * @param events   the ids of the consolidated events that sign or promise it, sorted
 * @param reports  how many distinct articles name it
 * @param outlets  the distinct outlets that name it, sorted
 * @param mentions every article's mention of it, sorted by key; never empty
 */
public record ConsolidatedAgreement(String id, String name, String kind, String status, List<String> parties,
                                    EventDate date, EventPlace place, List<String> events, int reports,
                                    List<String> outlets, List<AgreementMention> mentions) {

    public ConsolidatedAgreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        parties = List.copyOf(parties);
        events = List.copyOf(events);
        outlets = List.copyOf(outlets);
        mentions = List.copyOf(mentions);
        Reports.check("consolidated agreement", id, reports, mentions, AgreementMention::articleId);
    }
}
