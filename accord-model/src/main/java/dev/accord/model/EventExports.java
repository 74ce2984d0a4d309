package dev.accord.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Events in the two formats event-data users already read: PLOVER JSON Lines, one event a line as the
 * PLOVER manual's records are, and GDELT-style CAMEO tab-separated values. Both carry the article id,
 * its source and the offsets of the trigger and of every actor, so each row can be traced back. The
 * command line and the Spark job write the same records through this class.
 */
public final class EventExports {

    /** The CAMEO file's header row. */
    public static final String CAMEO_HEADER = String.join("\t", "EventID", "Day", "Actor1Code", "Actor1Name", "Actor2Code",
            "Actor2Name", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "PloverType", "Mode", "Context",
            "Modality", "Voice", "ActionGeo_FullName", "SOURCEURL", "ArticleID", "TriggerBegin", "TriggerEnd",
            "Actor1Offsets", "Actor2Offsets", "Confidence");

    private EventExports() {
    }

    /** One PLOVER record for an event. */
    public static String plover(ArticleFacts facts, Event e) {
        ObjectNode r = AccordJson.mapper().createObjectNode();
        r.put("id", facts.article().id() + "-" + e.id());
        r.put("date", e.date() == null ? null : e.date().value());
        r.put("dateFromArticle", e.date() != null && e.date().fromArticleDate());
        actors(r.putArray("source"), facts, e.actors());
        actors(r.putArray("target"), facts, e.recipients());
        r.put("event", e.type().name());
        r.put("eventText", e.trigger().text());
        r.put("eventBegin", e.trigger().span().begin());
        r.put("eventEnd", e.trigger().span().end());
        r.put("mode", e.mode());
        r.put("context", e.context());
        r.put("cameo", e.cameo());
        r.put("modality", e.modality().name().toLowerCase(Locale.ROOT));
        r.put("quote", e.attribution().quote());
        r.put("speaker", e.attribution().speaker());
        r.put("eventLoc", e.place() == null ? null : e.place().name());
        CharSpan sentence = sentenceAround(facts.article().text(), e.trigger().span());
        r.put("text", sentence.of(facts.article().text()));
        r.put("textBegin", sentence.begin());
        r.put("articleId", facts.article().id());
        r.put("url", facts.article().source());
        r.put("language", facts.article().language());
        r.put("confidence", e.confidence());
        r.put("version", "PLOVER 2.0");
        return AccordJson.compact(r);
    }

    private static void actors(ArrayNode array, ArticleFacts facts, List<EventArgument> args) {
        for (EventArgument a : args) {
            ObjectNode o = array.addObject();
            o.put("actorText", a.evidence().text());
            o.put("code", a.code());
            o.put("actor", a.actor());
            o.put("name", name(facts, a.actor()));
            o.put("begin", a.evidence().span().begin());
            o.put("end", a.evidence().span().end());
        }
    }

    /** One tab-separated CAMEO row for an event; a multi-party event lists its parties with ";". */
    public static String cameo(ArticleFacts facts, Event e) {
        String day = e.date() == null || !e.date().value().matches("\\d{4}.*") ? ""
                : e.date().value().split("/")[0].replace("-", "");
        String root = e.cameo().substring(0, 2);
        return String.join("\t", facts.article().id() + "-" + e.id(), day,
                codes(e.actors()), names(facts, e.actors()), codes(e.recipients()), names(facts, e.recipients()),
                e.cameo(), e.cameo().substring(0, Math.min(3, e.cameo().length())), root, quadClass(root),
                e.type().name(), nullToEmpty(e.mode()), nullToEmpty(e.context()), e.modality().name().toLowerCase(Locale.ROOT),
                e.attribution().isArticle() ? "article" : "quoted", e.place() == null ? "" : clean(e.place().name()),
                clean(facts.article().source()), facts.article().id(), Integer.toString(e.trigger().span().begin()),
                Integer.toString(e.trigger().span().end()), offsets(e.actors()), offsets(e.recipients()),
                String.format(Locale.ROOT, "%.2f", e.confidence()));
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
