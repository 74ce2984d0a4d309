package dev.accord.server;

import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;

/**
 * Turns an article posted to the API into its facts: the CLI passes its CoreNLP pipeline; a server started
 * without one refuses ingest and still serves everything else.
 */
@FunctionalInterface
public interface Analyzer {

    ArticleFacts analyze(Article article);
}
