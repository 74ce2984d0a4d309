package dev.accord.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Accord found in one article: Accord's public output, documented in {@code docs/json.md}.
 *
 * @param schema   the JSON schema's name and major version, {@value #SCHEMA}
 * @param article  the article with its clean text
 * @param entities named entities, ordered by first mention
 * @param times    temporal expressions, in text order
 * @param places   places resolved against the gazetteer, ordered by first mention
 * @param themes   areas of cooperation and conflict, ordered by first evidence
 */
public record ArticleFacts(String schema, Article article, List<Entity> entities, List<TimeExpression> times,
                           List<Place> places, List<Theme> themes) {

    public static final String SCHEMA = "accord/1";

    public ArticleFacts {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        // Facts stored before places and themes existed read back with none (accord/1 grows by adding fields).
        places = places == null ? List.of() : List.copyOf(places);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    public ArticleFacts(Article article, List<Entity> entities, List<TimeExpression> times, List<Place> places,
                        List<Theme> themes) {
        this(SCHEMA, article, entities, times, places, themes);
    }

    /** Facts without places or themes, as stages before geocoding and theme assignment see them. */
    public ArticleFacts(Article article, List<Entity> entities, List<TimeExpression> times) {
        this(article, entities, times, List.of(), List.of());
    }

    /**
     * Throws unless every fact's evidence points into this article and quotes it exactly.
     * Run on every extractor's output; a violation is a bug, never bad input.
     */
    public ArticleFacts verify() {
        for (Entity e : entities) {
            for (Evidence m : e.mentions()) {
                m.verifyAgainst(article);
            }
        }
        for (TimeExpression t : times) {
            t.evidence().verifyAgainst(article);
        }
        for (Place p : places) {
            for (Evidence m : p.mentions()) {
                m.verifyAgainst(article);
            }
        }
        for (Theme t : themes) {
            for (Evidence e : t.evidence()) {
                e.verifyAgainst(article);
            }
        }
        return this;
    }
}
