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
 */
public record ArticleFacts(String schema, Article article, List<Entity> entities, List<TimeExpression> times) {

    public static final String SCHEMA = "accord/1";

    public ArticleFacts {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }

    public ArticleFacts(Article article, List<Entity> entities, List<TimeExpression> times) {
        this(SCHEMA, article, entities, times);
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
        return this;
    }
}
