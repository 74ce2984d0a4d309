package dev.accord.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a word could be part of a date, time, duration or recurrence: a word SUTime builds one
 * from. SUTime is run only over the words near such words ({@link CueGatedTimeExtractor}), because
 * it matches hundreds of rules at every word it is given and took about 40% of Accord's time when it
 * read every sentence.
 *
 * <p>The test errs towards running SUTime: a word that only sometimes takes part in a time expression
 * ("may", "second", "fall") still counts. Numbers count when they are dates or times by themselves
 * (years, ordinals, clock times, "9/11"); other numbers, written in digits or spelled out, count only
 * beside a date word ("15 years", "June 15"), as a time expression without any date word is SUTime
 * reading a bare number as a clock time ("thirteen to nineteen", "23 after two"), which it does wrongly
 * more often than rightly. {@code DateCuesIT} checks on real articles that everything else SUTime
 * finds is still found.
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

    /** A year anywhere in a token: "2010", "FY2010", "mid-2009", "2009/10". */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)[12]\\d{3}(?!\\d)");

    /**
     * A number that is a date or time by itself: "1990s", "'90s", "21st", "10:30", "9/11", "2010-11",
     * "9am". Other numbers ("15", "2.5", "300") take part in a time expression only next to a date
     * word ("June 15", "15 years"), whose reach covers them.
     */
    private static final Pattern NUMBER_DATE = Pattern.compile(
            "'\\d{2}s?|\\d{2}s|\\d+(st|nd|rd|th)|\\d{1,2}[:.]\\d{2}([:.]\\d{2})?.*|\\d{1,4}[-/]\\d{1,2}([-/]\\d{1,4})?"
                    + "|\\d{1,2}(am|pm|a\\.m\\.|p\\.m\\.|h|hrs?|gmt|utc)", Pattern.CASE_INSENSITIVE);

    private DateCues() {
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one token could be part of a time expression. */
    public static boolean isCue(String word) {
        if (hasDigit(word) && (YEAR.matcher(word).find() || NUMBER_DATE.matcher(word).matches())) {
            return true;
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
