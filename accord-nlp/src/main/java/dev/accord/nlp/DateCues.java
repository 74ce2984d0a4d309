package dev.accord.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence may hold a date, time, duration or recurrence: a word SUTime could build one
 * from. SUTime is run only over such sentences, because it matches hundreds of rules at every token
 * and took about 40% of Accord's time when it read every sentence; a sentence without any of these
 * words holds no time expression for it to find.
 *
 * <p>The test errs towards running SUTime: a word that only sometimes takes part in a time expression
 * ("may", "second", "fall") still counts. Numbers spelled out are not cues by themselves: in a
 * sentence with no other time word SUTime reads them as clock times ("thirteen to nineteen") more
 * often than rightly. {@code accord eval timex} and the corpus check in {@code DateCuesIT} measure what
 * is lost.
 */
public final class DateCues {

    /** Words that make a time expression by themselves or with a number. */
    private static final Set<String> WORDS = Set.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "mons", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "fris", "sat", "sats",
            "sun", "suns", "now", "nowadays", "currently", "current", "recently", "recent", "lately", "ago",
            "past", "present", "future", "previously", "formerly", "soon", "later", "earlier", "once", "twice",
            "annual", "annually", "biennial", "biannual", "quarterly", "daily", "am", "pm", "a.m.", "p.m.",
            "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "zulu", "clock", "moment", "period",
            "instant", "eve", "easter", "christmas", "thanksgiving", "halloween", "ramadan", "hanukkah",
            "passover", "kwanzaa", "valentine", "mardi", "ides", "mayo", "mlk", "fall", "falls", "spring",
            "springs", "summer", "summers", "winter", "winters", "autumn", "autumns", "season", "seasons",
            "solstice", "equinox", "sundown", "sunup", "twilight", "fiscal", "fy", "semester", "trimester",
            "term", "ages", "era", "epoch", "medieval", "hr", "hrs", "min", "mins", "sec", "secs", "ms",
            "yr", "yrs", "wk", "wks", "mo", "mos", "noughts", "oughts", "twenties", "thirties", "forties",
            "fifties", "sixties", "seventies", "eighties", "nineties");

    /** Parts of words: units and their derivations ("yearly", "weekend", "overnight", "Monday"). */
    private static final List<String> PARTS = List.of(
            "year", "month", "week", "day", "hour", "minute", "second", "decade", "centur", "centennial",
            "millen", "night", "morning", "noon", "evening", "dawn", "dusk", "fortnight", "quarter",
            "anniversar", "time", "tonite", "sunrise", "sunset", "january", "february", "march", "april",
            "june", "july", "august", "september", "october", "november", "december", "tomorrow");

    private DateCues() {
    }

    /** Whether one token could be part of a time expression. */
    public static boolean isCue(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".") && w.length() > 1 && WORDS.contains(w.substring(0, w.length() - 1))) {
            return true;
        }
        if (WORDS.contains(w)) {
            return true;
        }
        for (String part : PARTS) {
            if (w.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the words could be part of a time expression. */
    public static boolean anyCue(Iterable<String> words) {
        for (String w : words) {
            if (isCue(w)) {
                return true;
            }
        }
        return false;
    }
}
