package dev.accord.cli;

import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Evidence;
import dev.accord.model.Place;
import dev.accord.model.Theme;
import dev.accord.model.TimeExpression;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders facts for people: each fact with the words that support it, in context. */
final class TextFormat {

    private static final int CONTEXT = 40;
    private static final Map<EntityType, String> HEADINGS = Map.of(
            EntityType.STATE, "States",
            EntityType.ORGANIZATION, "Organisations",
            EntityType.PERSON, "People",
            EntityType.PLACE, "Places",
            EntityType.NATIONALITY, "Nationalities",
            EntityType.OTHER, "Named events, documents and other names");

    private TextFormat() {
    }

    static String titleOf(Article a) {
        return a.title() == null ? "(untitled: " + a.source() + ")" : a.title();
    }

    /** The full report: header, then each kind of fact with its evidence. */
    static String render(ArticleFacts facts) {
        Article a = facts.article();
        StringBuilder b = new StringBuilder();
        b.append("Article   ").append(a.id()).append("  ").append(a.source()).append('\n');
        b.append("Title     ").append(titleOf(a)).append('\n');
        b.append("Published ").append(a.published() == null ? "unknown (relative dates left open)" : a.published())
                .append('\n');
        for (EntityType type : EntityType.values()) {
            List<Entity> of = facts.entities().stream().filter(e -> e.type() == type).toList();
            if (of.isEmpty()) {
                continue;
            }
            b.append('\n').append(HEADINGS.get(type)).append(" (").append(of.size()).append(")\n");
            for (Entity e : of) {
                b.append("  ").append(e.name());
                if (e.code() != null) {
                    b.append(" [").append(e.code()).append(']');
                }
                b.append("  ").append(e.tag().toLowerCase()).append(", ").append(e.mentions().size())
                        .append(e.mentions().size() == 1 ? " mention" : " mentions").append('\n');
                b.append("      ").append(inContext(a.text(), e.mentions().get(0))).append('\n');
            }
        }
        if (!facts.times().isEmpty()) {
            b.append("\nDates (").append(facts.times().size()).append(")\n");
            for (TimeExpression t : facts.times()) {
                b.append("  ").append(t.value()).append("  ").append(t.type().name().toLowerCase())
                        .append(t.anchored() ? ", resolved against the article's date" : "").append('\n');
                b.append("      ").append(inContext(a.text(), t.evidence())).append('\n');
            }
        }
        renderPlaces(facts, b);
        renderThemes(facts, b);
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

    /** Two lines for a newly stored article: its id and title, then the names found. */
    static String summary(ArticleFacts facts) {
        StringBuilder b = new StringBuilder("  + ").append(facts.article().id()).append("  ")
                .append(titleOf(facts.article())).append('\n');
        for (EntityType type : EntityType.values()) {
            String names = facts.entities().stream().filter(e -> e.type() == type).map(Entity::name)
                    .collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                b.append("      ").append(HEADINGS.get(type)).append(": ").append(names).append('\n');
            }
        }
        String dates = facts.times().stream().map(t -> "\"" + t.evidence().text() + "\" = " + t.value())
                .collect(Collectors.joining(", "));
        if (!dates.isEmpty()) {
            b.append("      Dates: ").append(dates).append('\n');
        }
        return b.toString();
    }

    /** The evidence marked «thus» inside its sentence's neighbourhood, with its offsets. */
    static String inContext(String text, Evidence e) {
        int from = Math.max(0, e.span().begin() - CONTEXT);
        int to = Math.min(text.length(), e.span().end() + CONTEXT);
        String before = text.substring(from, e.span().begin());
        String after = text.substring(e.span().end(), to);
        return (from > 0 ? "…" : "") + oneLine(before) + "«" + e.text() + "»" + oneLine(after)
                + (to < text.length() ? "…" : "") + "  " + e.span();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
