package dev.accord.extract;

import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.Evidence;
import dev.accord.model.Provenance;
import dev.accord.model.TimeExpression;
import dev.accord.model.TimeType;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.EntitySpan;
import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
public final class TimeExtractor implements Extractor<TimeExpression> {

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
    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "'ll", "next", "upcoming", "scheduled",
            "plan", "plans", "planned", "expected", "set");

    @Override
    public String stage() {
        return "times";
    }

    @Override
    public List<TimeExpression> extract(Article article, AnnotatedText annotated, Provenance provenance) {
        List<TimeExpression> out = new ArrayList<>();
        LocalDate published = article.published();
        for (EntitySpan m : annotated.mentions()) {
            if (m.timex() == null) {
                continue;
            }
            CharSpan span = trimPreposition(m);
            EntitySpan.Timex t = m.timex();
            // Only a month written without a year is re-anchored; "on Monday" and "last year" keep the annotator's value.
            boolean yearless = !EXPLICIT_YEAR.matcher(m.text()).find() && MONTH_NAME.matcher(m.text()).find();
            Tense tense = yearless ? tenseOf(annotated, m.sentence()) : Tense.UNKNOWN;
            TimeType type;
            String value;
            Matcher decade = DECADE.matcher(m.text());
            if (decade.matches() && published != null) {
                // SUTime reads "the coming decade" as the 2030s (203X); it means the ten years from next year.
                int from = decade.group(1).equalsIgnoreCase("past") || decade.group(1).equalsIgnoreCase("last")
                        ? published.getYear() - 10 : published.getYear() + 1;
                type = TimeType.INTERVAL;
                value = from + "/" + (from + 9);
            } else if (isWrittenRange(m)) {
                type = TimeType.INTERVAL;
                value = resolve(t.rangeBegin(), published, yearless, tense) + "/"
                        + resolve(t.rangeEnd(), published, yearless, tense);
            } else if (t.value() != null) {
                type = typeOf(t.type());
                value = resolve(t.value(), published, yearless && type == TimeType.DATE, tense);
            } else {
                continue;
            }
            boolean anchored = published != null && !EXPLICIT_YEAR.matcher(m.text()).find()
                    && value.matches("^\\d{4}.*");
            out.add(new TimeExpression("t" + span.begin(), type, value, anchored, Evidence.of(article, span),
                    provenance));
        }
        return out;
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

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
