package dev.accord.ingest;

import dev.accord.model.Article;
import dev.accord.model.Problem;

/**
 * Where a reader puts what it finds in one input: each article, and each part it had to refuse.
 * An input may hold many articles (a feed, an archive, a JSON Lines file), and one bad item in it
 * never stops the others.
 */
public interface Sink {

    /** An article read; the caller decides whether to keep, analyse or store it. */
    void article(Article article);

    /** An input, or an item inside one, that could not become an article, with the reason. */
    void problem(Problem problem);
}
