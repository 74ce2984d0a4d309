package dev.accord.model.consolidated;

import java.util.Objects;

/**
 * What adding an article (or a constraint) changed in the record across articles.
 *
 * @param events     consolidated events created, changed and replaced
 * @param agreements consolidated agreements created, changed and replaced
 * @param people     consolidated people created, changed and replaced
 */
public record ConsolidationChanges(ConsolidationDelta<ConsolidatedEvent> events,
                                   ConsolidationDelta<ConsolidatedAgreement> agreements,
                                   ConsolidationDelta<ConsolidatedPerson> people) {

    public ConsolidationChanges {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(people, "people");
    }

    /** Whether nothing changed (an article already consolidated, or one with no events, agreements or people). */
    public boolean isEmpty() {
        return events.isEmpty() && agreements.isEmpty() && people.isEmpty();
    }
}
