package dev.accord.pipeline;

import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;

/**
 * The article → facts function the ingestion calls for each new article: {@link Extraction#standard} in
 * every face, another function where a test or a benchmark needs one.
 */
@FunctionalInterface
public interface Analyzer {

    ArticleFacts analyze(Article article);
}
