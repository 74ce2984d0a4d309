package dev.accord.model.text;

import dev.accord.model.CharSpan;

/**
 * One token of an annotated text.
 *
 * @param span  where it stands (half-open, UTF-16 code units)
 * @param word  its text
 * @param lemma its lemma
 * @param pos   its Penn Treebank part-of-speech tag
 * @param ner   its named-entity tag, {@code "O"} outside any entity
 */
public record Token(CharSpan span, String word, String lemma, String pos, String ner) {
}
