package dev.accord.model.text;

/**
 * One arc of a sentence's Universal Dependencies graph (enhanced++), between tokens of
 * {@link AnnotatedText#tokens()}.
 *
 * @param governor  the head token's index, or -1 for the root
 * @param dependent the dependent token's index
 * @param relation  the relation with its subtype, such as {@code nsubj}, {@code obl:in}, {@code nsubj:pass}
 */
public record Dependency(int governor, int dependent, String relation) {
}
