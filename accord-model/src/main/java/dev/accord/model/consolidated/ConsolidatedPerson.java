package dev.accord.model.consolidated;

import java.util.List;
import java.util.Objects;

/**
 * One person across articles: mentions merge only when name, role and affiliation agree, never on a shared
 * surname alone.
 *
 * @param id          stable and order-independent: {@code pe:} and 16 hex digits of a hash of its first
 *                    mention's key (by key order)
 * @param name        the full name
 * @param role        the role its mentions give, or {@code null} when none does
 * @param affiliation the affiliation its mentions give, or {@code null} when none does
 * @param country     the country its mentions give, or {@code null}
 * @param reports     how many distinct articles name the person
 * @param outlets     the distinct outlets, sorted
 * @param mentions    every article's mention, sorted by key; never empty
 */
public record ConsolidatedPerson(String id, String name, String role, String affiliation, String country,
                                 int reports, List<String> outlets, List<PersonMention> mentions) {

    public ConsolidatedPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        outlets = List.copyOf(outlets);
        mentions = List.copyOf(mentions);
        Reports.check("consolidated person", id, reports, mentions, PersonMention::articleId);
    }
}
