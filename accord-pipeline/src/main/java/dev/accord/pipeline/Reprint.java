package dev.accord.pipeline;

import dev.accord.model.Article;

import java.util.Objects;

/**
 * A near-duplicate found in a batch before any store saw it (by the Spark job's driver): the article that
 * was not analysed, the batch's article it copies, and their similarity. {@code accord load} records it
 * as an appearance of what that original is stored as ({@link Ingestion#copy}).
 *
 * @param original   the id of the batch's article it copies
 * @param similarity the estimated share of word sequences in common, in [0, 1]
 * @param article    the copy as it was read, text included, so that the match can be checked again
 */
public record Reprint(String original, double similarity, Article article) {

    public Reprint {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(article, "article");
    }
}
