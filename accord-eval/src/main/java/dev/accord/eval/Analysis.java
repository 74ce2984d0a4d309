package dev.accord.eval;

import dev.accord.extract.FactExtractor;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Annotator;

import java.util.Objects;

/**
 * One article annotated once, with Accord's facts extracted from that annotation: the scorers compare
 * Accord with the plain annotator on exactly the same run.
 */
public record Analysis(AnnotatedText annotated, ArticleFacts facts) {

    public Analysis {
        Objects.requireNonNull(annotated, "annotated");
        Objects.requireNonNull(facts, "facts");
    }

    public static Analysis of(Article article, Annotator annotator, FactExtractor extractor) {
        AnnotatedText annotated = annotator.annotate(article.text(), article.published());
        return new Analysis(annotated, extractor.analyze(article, annotated));
    }
}
