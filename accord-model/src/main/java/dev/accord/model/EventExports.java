package dev.accord.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.model.tables.Column;
import dev.accord.model.tables.FactTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static dev.accord.model.tables.Column.optional;
import static dev.accord.model.tables.Column.required;
import static dev.accord.model.tables.ColumnType.BOOLEAN;
import static dev.accord.model.tables.ColumnType.INTEGER;
import static dev.accord.model.tables.ColumnType.REAL;
import static dev.accord.model.tables.ColumnType.RECORDS;
import static dev.accord.model.tables.ColumnType.TEXT;

/**
 * Events in the two formats event-data users already read: PLOVER JSON Lines, one event a line as the
 * PLOVER manual's records are, and GDELT-style CAMEO tab-separated values. Both carry the article id,
 * its source and the offsets of the trigger and of every actor, so each row can be traced back. The
 * command line and the Spark job write the same records through this class.
 *
 * <p>Each format is a {@link FactTable} of events whose columns are the format's fields, in order, so a
 * field is named and computed in one place, as the fact tables' columns are.
 */
public final class EventExports {

    /** PLOVER's fields, in the order each record has them. */
    public static final FactTable<Event> PLOVER = new FactTable<>("plover", "one event, as a PLOVER record",
            ArticleFacts::events, List.of(
            required("id", TEXT, "article id and event id", (f, e) -> f.article().id() + "-" + e.id()),
            optional("date", TEXT, "the TIMEX3 date", (f, e) -> e.date() == null ? null : e.date().value()),
            required("dateFromArticle", BOOLEAN, "the date is the article's, not the text's",
                    (f, e) -> e.date() != null && e.date().fromArticleDate()),
            required("source", RECORDS, "who acted", (f, e) -> actors(f, e.actors())),
            required("target", RECORDS, "to whom", (f, e) -> actors(f, e.recipients())),
            required("event", TEXT, "the PLOVER type", (f, e) -> e.type().name()),
            required("eventText", TEXT, "the trigger", (f, e) -> e.trigger().text()),
            required("eventBegin", INTEGER, "where the trigger begins", (f, e) -> e.trigger().span().begin()),
            required("eventEnd", INTEGER, "where the trigger ends", (f, e) -> e.trigger().span().end()),
            optional("mode", TEXT, "the PLOVER mode", (f, e) -> e.mode()),
            optional("context", TEXT, "the PLOVER context", (f, e) -> e.context()),
            required("cameo", TEXT, "the CAMEO code", (f, e) -> e.cameo()),
            required("modality", TEXT, "asserted, negated, future or hypothetical", (f, e) -> modality(e)),
            optional("quote", TEXT, "the quote it was read from", (f, e) -> e.attribution().quote()),
            optional("speaker", TEXT, "the speaker's actor id", (f, e) -> e.attribution().speaker()),
            optional("eventLoc", TEXT, "where", (f, e) -> e.place() == null ? null : e.place().name()),
            required("text", TEXT, "the sentence around the trigger",
                    (f, e) -> sentence(f, e).of(f.article().text())),
            required("textBegin", INTEGER, "where the sentence begins", (f, e) -> sentence(f, e).begin()),
            required("articleId", TEXT, "the article's id", (f, e) -> f.article().id()),
            required("url", TEXT, "the article's source", (f, e) -> f.article().source()),
            required("language", TEXT, "the article's language", (f, e) -> f.article().language()),
            required("confidence", REAL, "how sure the coder is, 0 to 1", (f, e) -> e.confidence()),
            required("version", TEXT, "the ontology", (f, e) -> "PLOVER 2.0")));

    /** GDELT's columns, in the CAMEO file's order; a multi-party event lists its parties with ";". */
    public static final FactTable<Event> CAMEO = new FactTable<>("cameo", "one event, as a GDELT-style row",
            ArticleFacts::events, List.of(
            cameo("EventID", (f, e) -> f.article().id() + "-" + e.id()),
            cameo("Day", (f, e) -> e.date() == null || !e.date().value().matches("\\d{4}.*") ? ""
                    : e.date().value().split("/")[0].replace("-", "")),
            cameo("Actor1Code", (f, e) -> codes(e.actors())),
            cameo("Actor1Name", (f, e) -> names(f, e.actors())),
            cameo("Actor2Code", (f, e) -> codes(e.recipients())),
            cameo("Actor2Name", (f, e) -> names(f, e.recipients())),
            cameo("EventCode", (f, e) -> e.cameo()),
            cameo("EventBaseCode", (f, e) -> e.cameo().substring(0, Math.min(3, e.cameo().length()))),
            cameo("EventRootCode", (f, e) -> root(e)),
            cameo("QuadClass", (f, e) -> quadClass(root(e))),
            cameo("PloverType", (f, e) -> e.type().name()),
            cameo("Mode", (f, e) -> nullToEmpty(e.mode())),
            cameo("Context", (f, e) -> nullToEmpty(e.context())),
            cameo("Modality", (f, e) -> modality(e)),
            cameo("Voice", (f, e) -> e.attribution().isArticle() ? "article" : "quoted"),
            cameo("ActionGeo_FullName", (f, e) -> e.place() == null ? "" : clean(e.place().name())),
            cameo("SOURCEURL", (f, e) -> clean(f.article().source())),
            cameo("ArticleID", (f, e) -> f.article().id()),
            cameo("TriggerBegin", (f, e) -> Integer.toString(e.trigger().span().begin())),
            cameo("TriggerEnd", (f, e) -> Integer.toString(e.trigger().span().end())),
            cameo("Actor1Offsets", (f, e) -> offsets(e.actors())),
            cameo("Actor2Offsets", (f, e) -> offsets(e.recipients())),
            cameo("Confidence", (f, e) -> String.format(Locale.ROOT, "%.2f", e.confidence()))));

    /** The CAMEO file's header row. */
    public static final String CAMEO_HEADER = String.join("\t", CAMEO.columnNames());

    private EventExports() {
    }

    /** One PLOVER record for an event. */
    public static String plover(ArticleFacts facts, Event e) {
        ObjectNode r = AccordJson.mapper().createObjectNode();
        List<Object> values = PLOVER.row(facts, e);
        for (int i = 0; i < values.size(); i++) {
            put(r, PLOVER.columns().get(i).name(), values.get(i));
        }
        return AccordJson.compact(r);
    }

    /** One tab-separated CAMEO row for an event. */
    public static String cameo(ArticleFacts facts, Event e) {
        return CAMEO.row(facts, e).stream().map(String.class::cast).collect(Collectors.joining("\t"));
    }

    private static void put(ObjectNode o, String name, Object value) {
        if (value == null) {
            o.putNull(name);
        } else if (value instanceof String s) {
            o.put(name, s);
        } else if (value instanceof Integer n) {
            o.put(name, n);
        } else if (value instanceof Double d) {
            o.put(name, d);
        } else if (value instanceof Boolean b) {
            o.put(name, b);
        } else if (value instanceof List<?> records) {
            ArrayNode array = o.putArray(name);
            for (Object record : records) {
                ObjectNode item = array.addObject();
                ((Map<?, ?>) record).forEach((k, v) -> put(item, (String) k, v));
            }
        } else {
            throw new IllegalStateException("PLOVER field " + name + " holds a " + value.getClass().getSimpleName()
                    + "; expected a value of a ColumnType");
        }
    }

    private static List<Map<String, Object>> actors(ArticleFacts facts, List<EventArgument> args) {
        return args.stream().map(a -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("actorText", a.evidence().text());
            o.put("code", a.code());
            o.put("actor", a.actor());
            o.put("name", name(facts, a.actor()));
            o.put("begin", a.evidence().span().begin());
            o.put("end", a.evidence().span().end());
            return o;
        }).toList();
    }

    private static Column<Event> cameo(String name, BiFunction<ArticleFacts, Event, Object> value) {
        return required(name, TEXT, "GDELT's " + name, value);
    }

    private static String modality(Event e) {
        return e.modality().name().toLowerCase(Locale.ROOT);
    }

    private static CharSpan sentence(ArticleFacts facts, Event e) {
        return sentenceAround(facts.article().text(), e.trigger().span());
    }

    private static String root(Event e) {
        return e.cameo().substring(0, 2);
    }

    /** CAMEO's quad classes: verbal and material cooperation, verbal and material conflict. */
    private static String quadClass(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 ? "1" : r <= 8 ? "2" : r <= 14 ? "3" : "4";
    }

    private static String codes(List<EventArgument> args) {
        return args.stream().map(a -> a.code() == null ? "" : a.code()).collect(Collectors.joining(";"));
    }

    private static String names(ArticleFacts facts, List<EventArgument> args) {
        return args.stream().map(a -> clean(name(facts, a.actor()))).collect(Collectors.joining(";"));
    }

    private static String offsets(List<EventArgument> args) {
        return args.stream().map(a -> a.evidence().span().begin() + "-" + a.evidence().span().end())
                .collect(Collectors.joining(";"));
    }

    private static String name(ArticleFacts facts, String actorId) {
        Optional<Actor> actor = facts.actors().stream().filter(x -> x.id().equals(actorId)).findFirst();
        return actor.map(Actor::name).orElse(actorId);
    }

    /** Tabs and line breaks would break a row. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The sentence around a span: from after the previous full stop or line break to the next. */
    public static CharSpan sentenceAround(String text, CharSpan span) {
        int begin = span.begin();
        while (begin > 0 && text.charAt(begin - 1) != '\n'
                && !(begin >= 2 && ".!?".indexOf(text.charAt(begin - 2)) >= 0 && text.charAt(begin - 1) == ' ')) {
            begin--;
        }
        int end = span.end();
        while (end < text.length() && text.charAt(end) != '\n'
                && !(".!?".indexOf(text.charAt(end)) >= 0 && (end + 1 == text.length() || text.charAt(end + 1) == ' '
                || text.charAt(end + 1) == '\n'))) {
            end++;
        }
        return new CharSpan(begin, Math.min(text.length(), end + 1));
    }
}
