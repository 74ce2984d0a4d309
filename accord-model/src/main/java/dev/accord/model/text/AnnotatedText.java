package dev.accord.model.text;

import java.util.List;

/**
 * An article's clean text with the linguistic annotation the extractors read. Extractors see only
 * this record, never the NLP library behind it.
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<Token> tokens, List<EntitySpan> mentions) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }
}
