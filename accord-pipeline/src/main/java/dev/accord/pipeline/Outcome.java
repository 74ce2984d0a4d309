package dev.accord.pipeline;

import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Problem;

/**
 * What the ingestion did with one article. Every face reports these the same way: the CLI prints a
 * line for each, the API answers with one, and a count of each closes a batch.
 */
public sealed interface Outcome {

    /** The article the outcome is about, as it was read. */
    Article article();

    /** The article was new: analysed (or taken with its facts) and stored. */
    record Stored(Article article, ArticleFacts facts) implements Outcome {
    }

    /**
     * The article's exact text was stored before, under {@code storedAs}: its own id, or the article it
     * was recorded as a copy of.
     */
    record Already(Article article, String storedAs) implements Outcome {
    }

    /**
     * A near-duplicate of the stored article {@code original} (a reprint with small edits): recorded as
     * another appearance of it and not analysed again.
     */
    record Copy(Article article, String original, double similarity) implements Outcome {
    }

    /** The article could not be analysed; the problem, with its reason, is recorded in the store. */
    record Failed(Article article, Problem problem) implements Outcome {
    }
}
