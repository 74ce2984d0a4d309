package dev.accord.extract;

import dev.accord.model.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The noun phrase that names a speaker beside a cue, read from part-of-speech tags alone: "the union",
 * "Mr. Holtz-Eakin", "9/11 widow Terry Strada", "the director of the centre", "they". A phrase is a run of
 * determiners, adjectives, numbers, nouns and titles, possessives and "of" between nouns included, whose
 * head (its last word) is a noun that names no time or quantity, or a subject pronoun alone. Offsets
 * are token indexes into the article's token list.
 */
final class SpeakerPhrase {

    /** Subject pronouns a speaker is named by ("they wrote", "we said"), the person pronouns among them. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
    /** Tags of a head noun that names when or how much rather than who: "said Tuesday", "said 40 percent". */
    private static final Set<String> NOT_WHO = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "PERCENT",
            "MONEY", "ORDINAL");
    private static final int MOST_TOKENS = 14;
    /** Quantifiers that open a partitive phrase before "of": "some of the delegates said". */
    private static final Set<String> PARTITIVES = Set.of("some", "many", "most", "several", "few", "all", "both",
            "each", "none", "any");

    private SpeakerPhrase() {
    }

    /** The first token of the phrase whose head is token {@code end}, not before {@code floor}; -1 if none. */
    static int endingAt(List<Token> tokens, int end, int floor) {
        if (end < floor || end >= tokens.size() || !isHead(tokens.get(end))) {
            return -1;
        }
        if (isPronoun(tokens.get(end))) {
            return end;
        }
        int b = end;
        while (b - 1 >= floor && end - b < MOST_TOKENS) {
            Token t = tokens.get(b - 1);
            if (isInside(t)) {
                b--;
            } else if (t.word().equals("of") && b - 2 >= floor && takesOf(tokens.get(b - 2))) {
                b -= 2;
            } else {
                break;
            }
        }
        return opening(tokens, b, end);
    }

    /** The head token of the phrase that starts at token {@code begin}, before {@code limit}; -1 if none. */
    static int from(List<Token> tokens, int begin, int limit) {
        int e = runEnd(tokens, begin, limit);
        while (e >= begin && !isHead(tokens.get(e))) {
            e--;
        }
        return e >= begin && begin >= 0 ? e : -1;
    }

    /**
     * The last token of the run of phrase words that starts at token {@code begin}, before {@code limit}, which
     * may end past the head ("the mother of three", "Orlova Monday"); {@code begin - 1} if none.
     */
    static int runEnd(List<Token> tokens, int begin, int limit) {
        if (begin < 0 || begin >= Math.min(limit, tokens.size())) {
            return begin - 1;
        }
        if (isPronoun(tokens.get(begin))) {
            return begin;
        }
        if (!isInside(tokens.get(begin)) || tokens.get(begin).pos().equals("POS")
                || tokens.get(begin).pos().equals("HYPH")) {
            return begin - 1;
        }
        int e = begin;
        while (e + 1 < Math.min(limit, tokens.size()) && e + 1 - begin < MOST_TOKENS) {
            Token next = tokens.get(e + 1);
            if (isInside(next)) {
                e++;
            } else if (next.word().equals("of") && takesOf(tokens.get(e)) && e + 2 < limit
                    && e + 2 < tokens.size() && isInside(tokens.get(e + 2))) {
                e += 2;
            } else {
                break;
            }
        }
        return e;
    }

    /**
     * Whether "of" after token {@code t} continues the phrase: after a noun ("the director of the centre"), or
     * after a number or quantifier that picks some of a group, the partitive frame ("one of his aides", "some
     * of the delegates", "two of the organisers"), whose head is the group's noun.
     */
    private static boolean takesOf(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("CD")
                || PARTITIVES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** Whether a token of tokens {@code b..e} is a proper noun: the phrase holds a name. */
    static boolean hasName(List<Token> tokens, int b, int e) {
        return tokens.subList(b, e + 1).stream().anyMatch(t -> t.pos().startsWith("NNP"));
    }

    /** Whether a token names when or how much: "said Tuesday", "said 40 percent". */
    static boolean namesATime(Token t) {
        return NOT_WHO.contains(t.ner());
    }

    /** A phrase does not open with a possessive's ending or a hyphen left over from the word before. */
    private static int opening(List<Token> tokens, int b, int end) {
        while (b < end && (tokens.get(b).pos().equals("POS") || tokens.get(b).pos().equals("HYPH"))) {
            b++;
        }
        return b;
    }

    private static boolean isInside(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PDT")
                || pos.equals("PRP$") || pos.equals("CD") || pos.equals("POS") || pos.equals("HYPH")
                || t.ner().equals("TITLE");
    }

    private static boolean isHead(Token t) {
        return t.pos().startsWith("NN") && !NOT_WHO.contains(t.ner()) || isPronoun(t);
    }

    private static boolean isPronoun(Token t) {
        return t.pos().equals("PRP") && PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
