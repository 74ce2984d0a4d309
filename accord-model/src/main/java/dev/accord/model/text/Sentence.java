package dev.accord.model.text;

import dev.accord.model.CharSpan;

import java.util.List;

/**
 * A sentence: its span, the half-open range of its tokens in {@link AnnotatedText#tokens()}, and its
 * dependency arcs (empty where the annotator did not parse it).
 */
public record Sentence(int index, CharSpan span, int firstToken, int endToken, List<Dependency> dependencies) {

    public Sentence {
        dependencies = List.copyOf(dependencies);
    }
}
