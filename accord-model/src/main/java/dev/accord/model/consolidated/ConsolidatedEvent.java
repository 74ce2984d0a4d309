package dev.accord.model.consolidated;

import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;
import dev.accord.model.EventType;
import dev.accord.model.Modality;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event with every report of it (GDELT's events table, one row).
 *
 * @param id          stable and independent of the order articles arrived in: {@code ev:} and 16 hex digits
 *                    of a hash of its first mention's key (by key order); it changes only when a mention
 *                    that sorts first joins, and a {@link ConsolidationDelta} says so
 * @param type        the PLOVER type most of its mentions give (ties: the type's declaration order)
 * @param cameo       the CAMEO code most of its mentions give (ties: the smaller code)
 * @param modality    the modality all its mentions share
 * @param quoted      true when its mentions were read from quotes, false for the articles' own voice
 * @param actors      every mention's actor ids, merged and sorted
 * @param recipients  every mention's recipient ids, merged and sorted, less any that are also actors
 * @param date        the most precise date its mentions give (a day before a month; a date the text gives
 *                    before a publication date standing in), or {@code null}
 * @param dateFrom    the mention {@code date} came from, or {@code null}
 * @param place       the place most of its mentions give, or {@code null}
 * @param placeFrom   the first mention (by key) that gives {@code place}, or {@code null}
 * @param name        the event's name, as its first named mention gives it, or {@code null}
 * @param reports     how many distinct articles report it
 * @param outlets     the distinct outlets that report it, sorted
 * @param firstReport the earliest publication date among its articles, or {@code null} when none is known
 * @param lastReport  the latest publication date among its articles, or {@code null} when none is known
 * @param mentions    every mention, sorted by key; never empty
 */
public record ConsolidatedEvent(String id, EventType type, String cameo, Modality modality, boolean quoted,
                                List<String> actors, List<String> recipients, EventDate date,
                                EventMentionRef dateFrom, EventPlace place, EventMentionRef placeFrom, String name,
                                int reports, List<String> outlets, LocalDate firstReport, LocalDate lastReport,
                                List<EventMentionRef> mentions) {

    public ConsolidatedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        outlets = List.copyOf(outlets);
        mentions = List.copyOf(mentions);
        Reports.check("consolidated event", id, reports, mentions, EventMentionRef::articleId);
        if ((date == null) != (dateFrom == null) || (place == null) != (placeFrom == null)) {
            throw new IllegalArgumentException("consolidated event " + id
                    + ": a date or place without the mention it came from, or the reverse");
        }
        if (firstReport != null && lastReport != null && firstReport.isAfter(lastReport)) {
            throw new IllegalArgumentException("consolidated event " + id + " is first reported " + firstReport
                    + " after its last report " + lastReport);
        }
    }
}
