package dev.accord.extract;

import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.EventDate;
import dev.accord.model.Evidence;
import dev.accord.model.Provenance;
import dev.accord.model.TimeExpression;
import dev.accord.model.TimeType;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.EntitySpan;
import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporal expressions with TIMEX3-style values, resolved against the article's date.
 *
 * <p>A month or day written without a year ("in June", "Aug 31") takes its year from the article's
 * date and the tense of its sentence: a past-tense sentence points to the latest such date on or
 * before publication, a future one to the first on or after it, and otherwise the nearest within six
 * months wins. The annotator's own guess is replaced, because it ignores tense. A range written as
 * one phrase ("from Aug 31 to Sept 1") becomes one {@code INTERVAL} whose value is an ISO 8601
 * interval, with the leading "from" left out of its evidence.
 */
public final class TimeExtractor implements Extractor {

    /** The tense a sentence reports in, which decides the year of a date written without one. */
    enum Tense { PAST, FUTURE, UNKNOWN }

    private static final Pattern MONTH_DAY = Pattern.compile("(?:XXXX|\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern PADDABLE = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern RANGE_WORD = Pattern.compile("(?i).*\\b(to|until|till|through|and)\\b.*|.*[-\u2013].*");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?i)^(from|between)\\s+");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b\\.?");
    private static final Pattern DECADE = Pattern.compile("(?i)(?:the\\s+)?(coming|next|past|last)\\s+decade");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:(?:on|this|last|next|early|late)\\s+)*(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
                    + "(?:day)?\\.?(?:\\s+(?:morning|afternoon|evening|night))?$");
    private static final Pattern ADJECTIVAL_DURATION = Pattern.compile(
            "(?i)^([\\p{L}\\d.-]+?)[- ](year|month|week|day|hour|minute|decade)(?:s)?(?:-long|-old)?$");
    private static final Pattern UTC_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2})?)\\+0000$");
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "(?i)\\b(next|coming|last|previous|this)\\s+year\\b|\\byear\\s+(previous|before)\\b");
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();
    private static final Pattern VAGUE = Pattern.compile("(?i)(?:(?:in\\s+)?(?:the\\s+)?((?:recent|past|last)\\s+"
            + "(?:few\\s+|several\\s+)?)|(?:the\\s+)?(?:coming|next|following|upcoming)\\s+(?:few\\s+|several\\s+)?)"
            + "(?:years|months|weeks|decades)");
    private static final Pattern AGO = Pattern.compile("(?i).*\\b(years?|months?)\\s+(?:ago|earlier|before)\\b.*");
    private static final Set<String> FUTURE_WORDS = WordList.set("future-cues");

    @Override
    public String stage() {
        return "times";
    }

    @Override
    public List<Slot<?>> needs() {
        return List.of(Slot.ARTICLE, Slot.ANNOTATION);
    }

    @Override
    public List<Slot<?>> provides() {
        return List.of(Slot.TIMES);
    }

    @Override
    public void extract(Analysis analysis, Provenance provenance) {
        analysis.put(Slot.TIMES, extract(analysis.get(Slot.ARTICLE), analysis.get(Slot.ANNOTATION), provenance));
    }

    public List<TimeExpression> extract(Article article, AnnotatedText annotated, Provenance provenance) {
        List<TimeExpression> out = new ArrayList<>();
        LocalDate published = article.published();
        for (EntitySpan m : annotated.mentions()) {
            if (m.timex() == null) {
                continue;
            }
            Optional<Normalised> n = normalise(m, annotated, published);
            if (n.isEmpty()) {
                continue;
            }
            CharSpan span = trimPreposition(m);
            boolean anchored = published != null && !EXPLICIT_YEAR.matcher(m.text()).find()
                    && n.get().value().matches("^\\d{4}.*");
            out.add(new TimeExpression("t" + span.begin(), n.get().type(), n.get().value(), anchored,
                    Evidence.of(article, span), provenance));
        }
        return out;
    }

    /** A TIMEX3 type and value. */
    private record Normalised(TimeType type, String value) {
    }

    /**
     * The mention's value: Accord's own reading where the annotator's is known to be wrong (vague
     * spans, weekdays, adjectival durations, decades, written ranges), otherwise the annotator's value
     * with the year of a yearless month chosen by tense; empty when there is no value at all.
     */
    private static Optional<Normalised> normalise(EntitySpan m, AnnotatedText annotated, LocalDate published) {
        EntitySpan.Timex t = m.timex();
        // A month written without a year ("in June") is re-anchored by the tense of its verb.
        boolean yearless = !EXPLICIT_YEAR.matcher(m.text()).find() && MONTH_NAME.matcher(m.text()).find();
        Tense tense = yearless ? localTense(annotated, m) : Tense.UNKNOWN;
        Matcher decade = DECADE.matcher(m.text());
        Matcher weekday = WEEKDAY.matcher(m.text());
        Matcher adjectival = ADJECTIVAL_DURATION.matcher(m.text());
        Matcher vague = VAGUE.matcher(m.text());
        if (vague.matches()) {
            // "in recent years", "the coming months": a direction in time, not a span to count.
            return Optional.of(new Normalised(TimeType.DATE, vague.group(1) != null ? "PAST_REF" : "FUTURE_REF"));
        }
        if (weekday.matches() && published != null) {
            // SUTime takes the weekday of the publication week; the tense says which week is meant.
            return Optional.of(new Normalised(TimeType.DATE, weekdayDate(published, dayOf(weekday.group(1)),
                    localTense(annotated, m), m.text().toLowerCase(Locale.ROOT)).toString()));
        }
        if (adjectival.matches() && durationOf(adjectival.group(1), adjectival.group(2)) != null) {
            // "a fifty-year history", "12-hour talks": SUTime gives no value for a duration used as an adjective.
            return Optional.of(new Normalised(TimeType.DURATION, durationOf(adjectival.group(1), adjectival.group(2))));
        }
        if (decade.matches() && published != null) {
            // SUTime reads "the coming decade" as the 2030s (203X); it means the ten years from next year.
            int from = decade.group(1).equalsIgnoreCase("past") || decade.group(1).equalsIgnoreCase("last")
                    ? published.getYear() - 10 : published.getYear() + 1;
            return Optional.of(new Normalised(TimeType.INTERVAL, from + "/" + (from + 9)));
        }
        if (isWrittenRange(m)) {
            return Optional.of(new Normalised(TimeType.INTERVAL, resolve(t.rangeBegin(), published, yearless, tense)
                    + "/" + resolve(t.rangeEnd(), published, yearless, tense)));
        }
        if (t.value() == null || t.value().equals("/")) {
            return Optional.empty();
        }
        TimeType type = typeOf(t.type());
        String value = UTC_OFFSET.matcher(resolve(t.value(), published, yearless && type == TimeType.DATE, tense))
                .replaceFirst("$1Z");
        value = agoGranularity(relativeYear(value, m.text(), published), m.text());
        if (value.startsWith("T") && published != null) {
            // "at 08:30 UTC" with no day: the day the article reports on.
            value = published + value;
        }
        return Optional.of(new Normalised(type, value));
    }

    /**
     * The one event-date rule, which the events and their agreements use: among the time expressions of
     * the sentence that holds an event's trigger, a calendar one (a {@code DATE}, {@code INTERVAL} or
     * {@code TIME}, not a {@code *_REF} such as "recently") whose first character stands nearest the
     * trigger's first character, the earlier in text order on a tie. Durations ("for three years")
     * say how long, not when.
     *
     * <p>This is the rule the event coder has always applied, so every stored event keeps its date; an
     * older, looser reading here (dates and intervals only, measured between the spans' edges) was read
     * by nothing but a test and is gone.
     *
     * @param times    the article's time expressions, in text order
     * @param sentence the span of the trigger's sentence
     * @param trigger  the trigger's span
     */
    public static Optional<TimeExpression> eventTime(List<TimeExpression> times, CharSpan sentence, CharSpan trigger) {
        return times.stream()
                .filter(t -> sentence.contains(t.evidence().span()))
                .filter(t -> t.type() == TimeType.DATE || t.type() == TimeType.INTERVAL || t.type() == TimeType.TIME)
                .filter(t -> !t.value().endsWith("_REF"))
                .min(Comparator.comparingInt(t -> Math.abs(t.evidence().span().begin() - trigger.begin())));
    }

    /**
     * The date of the event whose words stand at {@code event}: by {@link #eventTime} in the sentence
     * that holds them, or else the article's publication date, marked as such; empty when there is
     * neither.
     */
    public static Optional<EventDate> eventDate(Article article, AnnotatedText annotated,
                                                List<TimeExpression> times, CharSpan event) {
        CharSpan sentence = annotated.sentences().stream().map(Sentence::span).filter(s -> s.overlaps(event))
                .findFirst().orElse(event);
        return eventTime(times, sentence, event).map(TimeExtractor::dateOf).or(() -> publicationDate(article));
    }

    /** The date a time expression gives an event. */
    public static EventDate dateOf(TimeExpression time) {
        return new EventDate(time.value(), time.id(), time.evidence(), false);
    }

    /** The article's publication date as the date of an event its text does not date; empty without one. */
    public static Optional<EventDate> publicationDate(Article article) {
        return Optional.ofNullable(article.published()).map(d -> new EventDate(d.toString(), null, null, true));
    }

    private static boolean isWrittenRange(EntitySpan m) {
        EntitySpan.Timex t = m.timex();
        return t.rangeBegin() != null && t.rangeEnd() != null
                && "DURATION".equals(t.type())
                && RANGE_WORD.matcher(m.text()).matches()
                && !t.rangeBegin().contains("REF") && !t.rangeEnd().contains("REF");
    }

    /** Future when the sentence says "will", "next" or "plans"; past when it has a past-tense verb. */
    static Tense tenseOf(AnnotatedText annotated, int sentence) {
        if (sentence < 0 || sentence >= annotated.sentences().size()) {
            return Tense.UNKNOWN;
        }
        Sentence s = annotated.sentences().get(sentence);
        List<Token> tokens = annotated.tokens().subList(s.firstToken(), s.endToken());
        if (tokens.stream().anyMatch(t -> FUTURE_WORDS.contains(t.word().toLowerCase(Locale.ROOT)))) {
            return Tense.FUTURE;
        }
        return tokens.stream().anyMatch(t -> t.pos().equals("VBD")) ? Tense.PAST : Tense.UNKNOWN;
    }

    /**
     * The tense of the verb nearest before the expression in its sentence ("said on Friday", "will
     * meet on Friday"), or after it when none comes before; the sentence's tense when it has no verb.
     */
    static Tense localTense(AnnotatedText annotated, EntitySpan m) {
        if (m.sentence() < 0 || m.sentence() >= annotated.sentences().size()) {
            return Tense.UNKNOWN;
        }
        Sentence s = annotated.sentences().get(m.sentence());
        List<Token> tokens = annotated.tokens();
        int first = s.firstToken();
        while (first < s.endToken() && tokens.get(first).span().end() <= m.span().begin()) {
            first++;
        }
        for (int i = first - 1; i >= s.firstToken(); i--) {
            Tense t = tenseOfVerb(tokens, i, s.firstToken());
            if (t != null) {
                return t;
            }
        }
        for (int i = first; i < s.endToken(); i++) {
            if (tokens.get(i).span().begin() >= m.span().end()) {
                Tense t = tenseOfVerb(tokens, i, s.firstToken());
                if (t != null) {
                    return t;
                }
            }
        }
        return tenseOf(annotated, m.sentence());
    }

    /** The tense token {@code i} gives when it is a verb or a modal, {@code null} otherwise. */
    private static Tense tenseOfVerb(List<Token> tokens, int i, int sentenceStart) {
        Token t = tokens.get(i);
        String word = t.word().toLowerCase(Locale.ROOT);
        if (t.pos().equals("MD")) {
            return FUTURE_WORDS.contains(word) ? Tense.FUTURE : Tense.UNKNOWN;
        }
        if (t.pos().equals("VBD")) {
            return Tense.PAST;
        }
        if (t.pos().startsWith("VB")) {
            // "will meet", "is expected to meet", "has met": the auxiliary before the verb decides.
            for (int j = i - 1; j >= Math.max(sentenceStart, i - 3); j--) {
                String aux = tokens.get(j).word().toLowerCase(Locale.ROOT);
                if (FUTURE_WORDS.contains(aux)) {
                    return Tense.FUTURE;
                }
                if (aux.equals("has") || aux.equals("have") || aux.equals("had") || aux.equals("was")
                        || aux.equals("were")) {
                    return Tense.PAST;
                }
            }
            return FUTURE_WORDS.contains(word) ? Tense.FUTURE : null;
        }
        return null;
    }

    /**
     * "Two years ago" names a year and "three months ago" a month: the annotator's day, counted back
     * from the publication date, claims more than the words say.
     */
    static String agoGranularity(String value, String words) {
        Matcher ago = AGO.matcher(words);
        if (!ago.matches() || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value;
        }
        return ago.group(1).toLowerCase(Locale.ROOT).startsWith("year") ? value.substring(0, 4) : value.substring(0, 7);
    }

    /**
     * "October of next year", "the previous year": the year the words name, counted from the
     * publication year, replaces the one the annotator guessed.
     */
    static String relativeYear(String value, String words, LocalDate published) {
        Matcher year = RELATIVE_YEAR.matcher(words);
        if (published == null || !year.find() || !value.matches("\\d{4}.*")) {
            return value;
        }
        String which = (year.group(1) != null ? year.group(1) : year.group(2)).toLowerCase(Locale.ROOT);
        int y = published.getYear() + (which.equals("next") || which.equals("coming") ? 1
                : which.equals("this") ? 0 : -1);
        return y + value.substring(4);
    }

    private static CharSpan trimPreposition(EntitySpan m) {
        Matcher p = LEADING_PREPOSITION.matcher(m.text());
        return p.find() ? new CharSpan(m.span().begin() + p.end(), m.span().end()) : m.span();
    }

    private static TimeType typeOf(String timexType) {
        try {
            return TimeType.valueOf(timexType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return TimeType.DATE;
        }
    }

    /**
     * Writes months and days with two digits and, for a date the text gave without a year
     * ({@code yearless}), chooses the year from the publication date and the tense:
     * {@code XXXX-8-31} read on 2025-09-10 is {@code 2025-08-31}.
     */
    static String resolve(String value, LocalDate published, boolean yearless, Tense tense) {
        Matcher md = MONTH_DAY.matcher(value);
        if (md.matches() && (yearless || value.startsWith("XXXX"))) {
            String month = pad(md.group(1));
            String day = md.group(2) == null ? null : pad(md.group(2));
            String year = published == null ? "XXXX" : Integer.toString(yearOf(published,
                    Integer.parseInt(month), day == null ? 0 : Integer.parseInt(day), tense));
            return year + "-" + month + (day == null ? "" : "-" + day);
        }
        Matcher p = PADDABLE.matcher(value);
        if (p.matches()) {
            return p.group(1) + "-" + pad(p.group(2)) + (p.group(3) == null ? "" : "-" + pad(p.group(3)));
        }
        return value;
    }

    /** The year for a month (and day, 0 for none) that the text left without one. */
    private static int yearOf(LocalDate published, int month, int day, Tense tense) {
        int year = published.getYear();
        // A month without a day is compared by its first day for the future and its last for the past.
        LocalDate start = LocalDate.of(year, month, day == 0 ? 1 : Math.min(day, 28));
        LocalDate end = day == 0 ? start.withDayOfMonth(start.lengthOfMonth()) : start;
        return switch (tense) {
            case PAST -> start.isAfter(published) ? year - 1 : year;
            case FUTURE -> end.isBefore(published) ? year + 1 : year;
            case UNKNOWN -> start.isAfter(published.plusMonths(6)) ? year - 1
                    : end.isBefore(published.minusMonths(6)) ? year + 1 : year;
        };
    }

    /**
     * The date of a weekday named without a date, against the publication date: in a past-tense
     * sentence the latest on or before it, in a future one the first on or after it, otherwise the
     * nearest ("last Monday" and "next Monday" say so themselves).
     */
    static LocalDate weekdayDate(LocalDate published, DayOfWeek day, Tense tense, String words) {
        int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        int ahead = (day.getValue() - published.getDayOfWeek().getValue() + 7) % 7;
        boolean past = words.startsWith("last") || !words.startsWith("next") && (tense == Tense.PAST
                || tense == Tense.UNKNOWN && back <= ahead);
        if (words.startsWith("last") && back == 0) {
            back = 7;
        }
        if (words.startsWith("next") && ahead == 0) {
            ahead = 7;
        }
        return past ? published.minusDays(back) : published.plusDays(ahead);
    }

    private static DayOfWeek dayOf(String abbreviation) {
        String a = abbreviation.toLowerCase(Locale.ROOT).substring(0, 2);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(a)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + abbreviation + "' is not a weekday; expected Mon..Sun");
    }

    /** "fifty" and "year" give {@code P50Y}; {@code null} when the count is not a number. */
    static String durationOf(String count, String unit) {
        String c = count.toLowerCase(Locale.ROOT);
        Integer n = c.matches("\\d+") ? Integer.valueOf(c) : NUMBER_WORDS.get(c);
        if (n == null) {
            return null;
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "hour" -> "PT" + n + "H";
            case "minute" -> "PT" + n + "M";
            case "decade" -> "P" + n * 10 + "Y";
            default -> "P" + n + Character.toUpperCase(unit.charAt(0));
        };
    }

    private static Map<String, Integer> numberWords() {
        String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < units.length; i++) {
            m.put(units[i], i + 1);
        }
        for (int i = 0; i < tens.length; i++) {
            m.put(tens[i], (i + 2) * 10);
            for (int u = 0; u < 9; u++) {
                m.put(tens[i] + "-" + units[u], (i + 2) * 10 + u + 1);
            }
        }
        m.put("a", 1);
        m.put("hundred", 100);
        return Map.copyOf(m);
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
