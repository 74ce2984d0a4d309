package dev.accord.model.tables;

import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.EventMentionRef;

import java.util.List;

import static dev.accord.model.tables.Column.optional;
import static dev.accord.model.tables.Column.required;
import static dev.accord.model.tables.ColumnType.BOOLEAN;
import static dev.accord.model.tables.ColumnType.INTEGER;
import static dev.accord.model.tables.ColumnType.REAL;
import static dev.accord.model.tables.ColumnType.TEXT;
import static dev.accord.model.tables.ColumnType.TEXT_LIST;

/**
 * The record across articles as two flat tables, GDELT's pattern: {@link #EVENTS}, one consolidated event a
 * row, and {@link #MENTIONS}, one report of one a row (the event's id, the article, the words' offsets, the
 * coder's confidence). {@code accord export --format events} and {@code --format mentions} write them as JSON
 * Lines, CSV or Parquet, and the Spark job's second pass as Parquet, through these columns.
 *
 * <p>They are not facts of one article, so their rows come from {@link FactTable#row} with no article
 * (the columns read only the consolidated event), as {@link FactTable#PROBLEMS}' do.
 */
public final class ConsolidatedTables {

    /** One report of a consolidated event: the rows of {@link #MENTIONS}. */
    public record ReportOf(ConsolidatedEvent event, EventMentionRef mention) {
    }

    private static final List<Column<ConsolidatedEvent>> EVENT_COLUMNS = List.of(
            required("event_id", TEXT, "the consolidated event's id (ev: and 16 hex digits), stable",
                    (f, e) -> e.id()),
            required("type", TEXT, "the PLOVER type most of its reports give", (f, e) -> e.type().name()),
            required("cameo", TEXT, "the CAMEO code most of its reports give", (f, e) -> e.cameo()),
            required("score", INTEGER, "its type's PLOVER score, from -10 (conflict) to +8 (cooperation)",
                    (f, e) -> e.type().score()),
            required("modality", TEXT, "ASSERTED, NEGATED, FUTURE or HYPOTHETICAL, shared by every report",
                    (f, e) -> e.modality().name()),
            required("quoted", BOOLEAN, "its reports were read from quotes, not the articles' own voice",
                    (f, e) -> e.quoted()),
            required("actors", TEXT_LIST, "who acted: actor ids, merged over its reports", (f, e) -> e.actors()),
            required("recipients", TEXT_LIST, "to whom: actor ids, merged over its reports",
                    (f, e) -> e.recipients()),
            optional("date", TEXT, "when: the most precise TIMEX3 value its reports give",
                    (f, e) -> e.date() == null ? null : e.date().value()),
            optional("date_from", TEXT, "the report the date came from (article_id#event_id)",
                    (f, e) -> e.dateFrom() == null ? null : e.dateFrom().key()),
            optional("place", TEXT, "where, as most of its reports name it",
                    (f, e) -> e.place() == null ? null : e.place().name()),
            optional("place_from", TEXT, "the report the place came from (article_id#event_id)",
                    (f, e) -> e.placeFrom() == null ? null : e.placeFrom().key()),
            optional("name", TEXT, "the event's name where a report gives one", (f, e) -> e.name()),
            required("reports", INTEGER, "how many articles report it", (f, e) -> e.reports()),
            required("outlets", TEXT_LIST, "the distinct outlets that report it", (f, e) -> e.outlets()),
            optional("first_report", TEXT, "the earliest publication date of its reports, ISO 8601",
                    (f, e) -> e.firstReport() == null ? null : e.firstReport().toString()),
            optional("last_report", TEXT, "the latest publication date of its reports, ISO 8601",
                    (f, e) -> e.lastReport() == null ? null : e.lastReport().toString()));

    private static final List<Column<ReportOf>> MENTION_COLUMNS = List.of(
            required("event_id", TEXT, "the consolidated event it reports", (f, r) -> r.event().id()),
            required("article_id", TEXT, "the article that reports it", (f, r) -> r.mention().articleId()),
            required("mention_id", TEXT, "the article's event (its event_id in the events fact table)",
                    (f, r) -> r.mention().eventId()),
            optional("outlet", TEXT, "the publication that printed the article", (f, r) -> r.mention().outlet()),
            optional("published", TEXT, "the article's publication date, ISO 8601",
                    (f, r) -> r.mention().published() == null ? null : r.mention().published().toString()),
            required("begin", INTEGER, "where the words that state it begin in the article's text",
                    (f, r) -> r.mention().trigger().span().begin()),
            required("end", INTEGER, "where they end", (f, r) -> r.mention().trigger().span().end()),
            required("text", TEXT, "the words", (f, r) -> r.mention().trigger().text()),
            required("confidence", REAL, "how sure the event coder was, 0 to 1", (f, r) -> r.mention().confidence()));

    public static final FactTable<ConsolidatedEvent> EVENTS = new FactTable<>("consolidated_events",
            "one real-world event with every report of it", f -> List.of(), EVENT_COLUMNS);
    public static final FactTable<ReportOf> MENTIONS = new FactTable<>("event_mentions",
            "one report of a consolidated event", f -> List.of(), MENTION_COLUMNS);

    private ConsolidatedTables() {
    }

    /** Both tables, in the order the Spark job writes them. */
    public static List<FactTable<?>> all() {
        return List.of(EVENTS, MENTIONS);
    }

    /** The rows of {@link #MENTIONS} for one consolidated event, in the order of its reports' keys. */
    public static List<ReportOf> reports(ConsolidatedEvent event) {
        return event.mentions().stream().map(m -> new ReportOf(event, m)).toList();
    }
}
