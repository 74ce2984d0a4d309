package dev.accord.model;

import java.util.List;
import java.util.Objects;

/**
 * Something actors did, coded in PLOVER 2.0 with the CAMEO code alongside. A meeting of six states is
 * one event with six actors, never fifteen dyads.
 *
 * @param id          stable within the article: {@code e} and the trigger's begin offset
 * @param type        the PLOVER event type
 * @param mode        the PLOVER mode ("multilateral", "visit", "phone", ...), or {@code null}
 * @param context     the PLOVER context ("diplomatic", "economic", ...), or {@code null}
 * @param cameo       the CAMEO event code, such as {@code 057}
 * @param actors      who acted; never empty
 * @param recipients  to whom; may be empty
 * @param trigger     the words that state the event ("signed", "was held")
 * @param place       where, or {@code null}
 * @param date        when, or {@code null} when neither the text nor the article gives a date
 * @param modality    asserted, negated, future or hypothetical
 * @param attribution the article's voice or the quote it was read from
 * @param agreement   the id of the {@link Agreement} it signs or promises, or {@code null}
 * @param name        the event's name when the text gives one ("2nd China-Central Asia Summit"), or
 *                    {@code null}
 * @param confidence  how sure the coder is, from 0 to 1
 * @param provenance  the stage that coded it
 */
public record Event(String id, EventType type, String mode, String context, String cameo,
                    List<EventArgument> actors, List<EventArgument> recipients, Evidence trigger, EventPlace place,
                    EventDate date, Modality modality, Attribution attribution, String agreement, String name,
                    double confidence, Provenance provenance) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(provenance, "provenance");
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no actor; expected at least one");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("event " + id + " has confidence " + confidence + "; expected 0 to 1");
        }
    }
}
