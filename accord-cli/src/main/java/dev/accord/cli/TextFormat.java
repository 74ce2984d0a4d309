package dev.accord.cli;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Agreement;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.Evidence;
import dev.accord.model.Place;
import dev.accord.model.Quote;
import dev.accord.model.Theme;
import dev.accord.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders facts for people: each fact with the words that support it, in context. */
final class TextFormat {

    private static final int CONTEXT = 40;
    private static final int QUOTE_WIDTH = 160;
    private static final Map<ActorKind, String> ACTOR_HEADINGS = Map.of(
            ActorKind.STATE, "States",
            ActorKind.IGO, "International organisations",
            ActorKind.PERSON, "People",
            ActorKind.ORGANIZATION, "Organisations",
            ActorKind.MEDIA, "Media",
            ActorKind.INITIATIVE, "Initiatives");

    private TextFormat() {
    }

    static String titleOf(Article a) {
        return a.title() == null ? "(untitled: " + a.source() + ")" : a.title();
    }

    /** The full report: header, actors, places, named events and documents, dates and quotes. */
    static String render(ArticleFacts facts) {
        Article a = facts.article();
        StringBuilder b = new StringBuilder();
        b.append("Article   ").append(a.id()).append("  ").append(a.source()).append('\n');
        b.append("Title     ").append(titleOf(a)).append('\n');
        b.append("Published ").append(a.published() == null ? "unknown (relative dates left open)" : a.published())
                .append('\n');
        for (ActorKind kind : ActorKind.values()) {
            List<Actor> of = facts.actors().stream().filter(x -> x.kind() == kind).toList();
            section(b, ACTOR_HEADINGS.get(kind), of, actor -> describe(a, actor));
        }
        renderPlaces(facts, b);
        section(b, "Named events and documents", entities(facts, EntityType.OTHER), e -> entityLine(a, e));
        section(b, "Dates", facts.times(), t -> "  " + t.value() + "  " + t.type().name().toLowerCase(Locale.ROOT)
                + (t.anchored() ? ", resolved against the article's date" : "") + "\n      "
                + inContext(a.text(), t.evidence()) + "\n");
        renderThemes(facts, b);
        section(b, "Quotes", facts.quotes(), q -> describe(a, facts, q));
        section(b, "Events", facts.events(), e -> describe(a, facts, e));
        section(b, "Agreements", facts.agreements(), ag -> describe(a, facts, ag));
        return b.append('\n').toString();
    }

    /** Each place with what it resolved to, and its first mention in context. */
    private static void renderPlaces(ArticleFacts facts, StringBuilder b) {
        if (facts.places().isEmpty()) {
            return;
        }
        b.append("\nGeocoded places (").append(facts.places().size()).append(")\n");
        for (Place p : facts.places()) {
            b.append("  ").append(p.name()).append(" -> ");
            if (p.latitude() == null) {
                b.append("not in the gazetteer");
            } else {
                b.append(String.format(Locale.ROOT, "%s%s (%.4f, %.4f) %s%s, confidence %.2f", p.resolvedName(),
                        p.country() == null ? "" : ", " + p.country(), p.latitude(), p.longitude(),
                        p.kind().name().toLowerCase(Locale.ROOT),
                        p.geonameId() == null ? "" : ", GeoNames " + p.geonameId(), p.confidence()));
            }
            if (!p.metonymic().isEmpty()) {
                b.append("; ").append(p.metonymic().size()).append(" of ").append(p.mentions().size())
                        .append(" mentions as an actor");
            }
            b.append('\n').append("      ").append(inContext(facts.article().text(), p.mentions().get(0))).append('\n');
        }
    }

    /** Each theme with the number of passages naming it, and the first in context. */
    private static void renderThemes(ArticleFacts facts, StringBuilder b) {
        if (facts.themes().isEmpty()) {
            return;
        }
        b.append("\nThemes (").append(facts.themes().size()).append(")\n");
        for (Theme t : facts.themes()) {
            b.append("  ").append(t.label()).append("  ").append(t.evidence().size())
                    .append(t.evidence().size() == 1 ? " passage" : " passages").append('\n');
            b.append("      ").append(inContext(facts.article().text(), t.evidence().get(0))).append('\n');
        }
    }

    private static <T> void section(StringBuilder b, String heading, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        b.append('\n').append(heading).append(" (").append(items.size()).append(")\n");
        items.forEach(i -> b.append(line.apply(i)));
    }

    private static List<Entity> entities(ArticleFacts facts, EntityType type) {
        return facts.entities().stream().filter(e -> e.type() == type).toList();
    }

    private static String entityLine(Article a, Entity e) {
        return "  " + e.name() + "  " + e.tag().toLowerCase(Locale.ROOT) + ", " + count(e.mentions().size(), "mention")
                + "\n      " + inContext(a.text(), e.mentions().get(0)) + "\n";
    }

    private static String describe(Article a, Actor actor) {
        StringBuilder b = new StringBuilder("  ").append(actor.name());
        if (actor.code() != null) {
            b.append(" [").append(actor.code()).append(']');
        }
        List<String> facts = new ArrayList<>();
        if (actor.role() != null) {
            facts.add(actor.role() + (actor.affiliation() == null ? "" : ", " + actor.affiliation()));
        }
        if (actor.country() != null && actor.kind() != ActorKind.STATE) {
            facts.add("country " + actor.country());
        }
        if (actor.sector() != null && actor.kind() != ActorKind.IGO) {
            facts.add("sector " + actor.sector());
        }
        if (!actor.members().isEmpty()) {
            facts.add(actor.members().contains("*") ? "members: every UN member" : count(actor.members().size(), "member"));
        }
        if (actor.registered()) {
            facts.add("in the registry");
        }
        Map<String, Long> kinds = actor.mentions().stream().collect(Collectors.groupingBy(
                m -> m.kind().name().toLowerCase(Locale.ROOT), TreeMap::new, Collectors.counting()));
        b.append("  ").append(String.join("; ", facts)).append(facts.isEmpty() ? "" : "; ")
                .append(count(actor.mentions().size(), "mention")).append(" (")
                .append(kinds.entrySet().stream().map(k -> k.getKey() + " " + k.getValue())
                        .collect(Collectors.joining(", "))).append(")\n");
        ActorMention first = actor.mentions().get(0);
        b.append("      ").append(inContext(a.text(), first.evidence())).append('\n');
        if (actor.roleEvidence() != null) {
            b.append("      role: ").append(inContext(a.text(), actor.roleEvidence())).append('\n');
        }
        return b.toString();
    }

    private static String describe(Article a, ArticleFacts facts, Quote q) {
        String speaker = q.speaker() == null ? "speaker unknown"
                : facts.actors().stream().filter(x -> x.id().equals(q.speaker())).map(Actor::name).findFirst()
                .orElse(q.speaker());
        StringBuilder b = new StringBuilder("  ").append(q.kind().name().toLowerCase(Locale.ROOT)).append(", ")
                .append(speaker);
        if (q.speakerMention() != null && !q.speakerMention().text().equals(speaker)) {
            b.append(" (\"").append(q.speakerMention().text()).append("\")");
        }
        if (q.cue() != null) {
            b.append(", ").append(q.cue().text());
        }
        b.append(q.official() ? ", speaks for " + q.onBehalfOf() : ", not an official: a claim, not a state acting");
        if (q.venue() != null) {
            b.append("\n      venue: ").append(q.venue().text());
        }
        String words = q.text();
        b.append("\n      \"").append(words.length() > QUOTE_WIDTH ? words.substring(0, QUOTE_WIDTH) + "…" : words)
                .append("\"  ").append(q.parts().get(0).span()).append('\n');
        return b.toString();
    }

    private static String describe(Article a, ArticleFacts facts, Event e) {
        StringBuilder b = new StringBuilder("  ").append(e.type()).append(e.mode() == null ? "" : " (" + e.mode() + ")")
                .append(" [CAMEO ").append(e.cameo()).append("]");
        if (e.name() != null) {
            b.append("  ").append(e.name());
        }
        b.append("\n      who: ").append(arguments(facts, e.actors()));
        if (!e.recipients().isEmpty()) {
            b.append("  to whom: ").append(arguments(facts, e.recipients()));
        }
        b.append("\n      where: ").append(e.place() == null ? "—" : e.place().name())
                .append("  when: ").append(e.date() == null ? "—" : e.date().value()
                        + (e.date().fromArticleDate() ? " (the article's date)" : ""))
                .append("  ").append(e.modality().name().toLowerCase(Locale.ROOT))
                .append(e.attribution().isArticle() ? ", the article's voice" : ", said by " + name(facts, e.attribution().speaker()))
                .append(String.format(Locale.ROOT, ", confidence %.2f", e.confidence()));
        if (e.agreement() != null) {
            b.append("\n      agreement: ").append(facts.agreements().stream().filter(x -> x.id().equals(e.agreement()))
                    .map(Agreement::name).findFirst().orElse(e.agreement()));
        }
        return b.append("\n      ").append(inContext(a.text(), e.trigger())).append('\n').toString();
    }

    private static String describe(Article a, ArticleFacts facts, Agreement ag) {
        StringBuilder b = new StringBuilder("  ").append(ag.name()).append("  ").append(ag.kind()).append(", ")
                .append(ag.status().toLowerCase(Locale.ROOT));
        if (!ag.parties().isEmpty()) {
            b.append("; parties: ").append(ag.parties().stream().map(p -> name(facts, p)).collect(Collectors.joining(", ")));
        }
        if (ag.signedAt() != null) {
            b.append("; signed at ").append(ag.signedAt());
        }
        if (ag.place() != null) {
            b.append("; in ").append(ag.place().name());
        }
        if (ag.date() != null) {
            b.append("; ").append(ag.date().value());
        }
        if (!ag.topics().isEmpty()) {
            b.append("; topics: ").append(String.join(", ", ag.topics()));
        }
        return b.append("\n      ").append(inContext(a.text(), ag.mentions().get(0))).append('\n').toString();
    }

    private static String arguments(ArticleFacts facts, List<EventArgument> args) {
        return args.stream().map(x -> name(facts, x.actor()) + (x.code() == null ? "" : " " + x.code()))
                .collect(Collectors.joining(", "));
    }

    private static String name(ArticleFacts facts, String actorId) {
        return actorId == null ? "unknown" : facts.actors().stream().filter(x -> x.id().equals(actorId))
                .map(Actor::name).findFirst().orElse(actorId);
    }

    /** A few lines for a newly stored article: its id and title, then the actors and dates found. */
    static String summary(ArticleFacts facts) {
        StringBuilder b = new StringBuilder("  + ").append(facts.article().id()).append("  ")
                .append(titleOf(facts.article())).append('\n');
        for (ActorKind kind : ActorKind.values()) {
            line(b, ACTOR_HEADINGS.get(kind), facts.actors().stream().filter(x -> x.kind() == kind).map(Actor::name)
                    .toList());
        }
        line(b, "Places", facts.places().stream().map(p -> p.name() + (p.country() == null ? "" : " (" + p.country() + ")"))
                .toList());
        line(b, "Named events and documents", entities(facts, EntityType.OTHER).stream().map(Entity::name).toList());
        line(b, "Dates", facts.times().stream().map(t -> "\"" + t.evidence().text() + "\" = " + t.value()).toList());
        line(b, "Themes", facts.themes().stream().map(Theme::label).toList());
        line(b, "Events", facts.events().stream().map(e -> e.type() + " " + e.actors().stream()
                .map(x -> x.code() == null ? name(facts, x.actor()) : x.code()).collect(Collectors.joining("+"))
                + (e.recipients().isEmpty() ? "" : " → " + e.recipients().stream()
                .map(x -> x.code() == null ? name(facts, x.actor()) : x.code()).collect(Collectors.joining("+"))))
                .toList());
        line(b, "Agreements", facts.agreements().stream().map(x -> x.name() + " (" + x.status().toLowerCase(Locale.ROOT)
                + ")").toList());
        if (!facts.quotes().isEmpty()) {
            b.append("      Quotes: ").append(facts.quotes().size()).append('\n');
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String heading, List<String> names) {
        if (!names.isEmpty()) {
            b.append("      ").append(heading).append(": ").append(String.join(", ", names)).append('\n');
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The evidence marked «thus» inside its neighbourhood, with its offsets. */
    static String inContext(String text, Evidence e) {
        int from = Math.max(0, e.span().begin() - CONTEXT);
        int to = Math.min(text.length(), e.span().end() + CONTEXT);
        String before = text.substring(from, e.span().begin());
        String after = text.substring(e.span().end(), to);
        return (from > 0 ? "…" : "") + oneLine(before) + "«" + oneLine(e.text()) + "»" + oneLine(after)
                + (to < text.length() ? "…" : "") + "  " + e.span();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
