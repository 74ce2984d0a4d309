package dev.accord.model.text;

import dev.accord.model.CharSpan;

/**
 * A sentence: its span and the half-open range of its tokens in {@link AnnotatedText#tokens()}.
 */
public record Sentence(int index, CharSpan span, int firstToken, int endToken) {
}
