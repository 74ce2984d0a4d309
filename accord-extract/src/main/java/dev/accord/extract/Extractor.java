package dev.accord.extract;

import dev.accord.model.Article;
import dev.accord.model.Provenance;
import dev.accord.model.text.AnnotatedText;

import java.util.List;

/**
 * One extraction stage: reads an annotated article and returns facts of one kind. Stages never
 * change their input and keep no state between articles, so one instance serves every thread.
 *
 * @param <F> the kind of fact
 */
public interface Extractor<F> {

    /** The stage's stable name; it appears in every fact's provenance. */
    String stage();

    /**
     * @param article    the article, whose clean text every evidence span indexes into
     * @param text       its annotation
     * @param provenance what to stamp on each fact
     */
    List<F> extract(Article article, AnnotatedText text, Provenance provenance);
}
