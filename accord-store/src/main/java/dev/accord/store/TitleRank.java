package dev.accord.store;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How well a word search's match fits its words, the same in SQLite and PostgreSQL and read from the match's title
 * alone, so that ranking a window of matches costs what reading it costs: each word of the search counts 1 (the
 * store found it in the title or the text) and 2 when the title has it, since a headline names what the article is
 * about. A word of several parts ("China-Kazakhstan") is in the title when its parts follow each other there. Words
 * and titles are compared lower-cased and without diacritics, as SQLite's tokenizer compares them.
 */
final class TitleRank {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<List<String>> words;

    /** The words of {@code text}, split as {@link SqliteSearch#matchExpression} splits them. */
    TitleRank(String text) {
        words = WHITESPACE.splitAsStream(text).map(TitleRank::parts).filter(w -> !w.isEmpty()).toList();
    }

    /** The score of a match with this title ({@code null}: none), higher for a better match. */
    double score(String title) {
        List<String> shown = title == null ? List.of() : parts(title);
        return words.stream().mapToDouble(w -> Collections.indexOfSubList(shown, w) >= 0 ? 2 : 1).sum();
    }

    private static List<String> parts(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return Arrays.stream(NOT_WORD.split(plain.toLowerCase(Locale.ROOT))).filter(p -> !p.isEmpty()).toList();
    }
}
