package dev.accord.consolidate;

import dev.accord.model.EventDate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a date may stand for, inclusive: a day is one day, "June" its thirty, "Aug 31 to Sept 1" two, and
 * a publication date standing in for an event's own some days up to it.
 *
 * @param firstDay the first day it may be, as an epoch day
 * @param lastDay  the last day it may be, as an epoch day
 * @param loose    true when it is a publication date standing in, not a date the text gives
 */
record DateRange(long firstDay, long lastDay, boolean loose) {

    private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    DateRange(LocalDate first, LocalDate last, boolean loose) {
        this(first.toEpochDay(), last.toEpochDay(), loose);
    }

    LocalDate first() {
        return LocalDate.ofEpochDay(firstDay);
    }

    LocalDate last() {
        return LocalDate.ofEpochDay(lastDay);
    }

    /** How many days it spans. */
    long days() {
        return lastDay - firstDay + 1;
    }

    /** Whether the two may be the same day, {@code slack} days apart at most. */
    boolean meets(DateRange o, int slack) {
        return firstDay <= o.lastDay + slack && o.firstDay <= lastDay + slack;
    }

    /**
     * The range of an event's date, or {@code null} when it cannot be told: no date and no publication date,
     * or a value such as {@code PAST_REF}. A year unknown in the value ({@code XXXX-06}) is the publication's.
     */
    static DateRange of(EventDate date, LocalDate published, int reportWindowDays) {
        if (date == null || date.fromArticleDate()) {
            return published == null ? null
                    : new DateRange(published.minusDays(reportWindowDays), published, true);
        }
        String value = date.value();
        int slash = value.indexOf('/');
        DateRange a = parse(slash < 0 ? value : value.substring(0, slash), published);
        DateRange b = slash < 0 ? a : parse(value.substring(slash + 1), published);
        if (a == null || b == null || b.lastDay < a.firstDay) {
            return published == null ? null
                    : new DateRange(published.minusDays(reportWindowDays), published, true);
        }
        return new DateRange(a.firstDay, b.lastDay, false);
    }

    private static DateRange parse(String value, LocalDate published) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                Integer y = year(m.group(1), published);
                LocalDate d = y == null ? null
                        : LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return d == null ? null : new DateRange(d, d, false);
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                Integer y = year(m.group(1), published);
                YearMonth ym = y == null ? null : YearMonth.of(y, Integer.parseInt(m.group(2)));
                return ym == null ? null : new DateRange(ym.atDay(1), ym.atEndOfMonth(), false);
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.MONDAY);
                return new DateRange(d, d.plusDays(6), false);
            }
            if (YEAR.matcher(value).matches()) {
                int y = Integer.parseInt(value);
                return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** The year a value gives, the publication's for {@code XXXX}, or {@code null} when neither is known. */
    private static Integer year(String text, LocalDate published) {
        if (!text.equals("XXXX")) {
            return Integer.parseInt(text);
        }
        return published == null ? null : published.getYear();
    }
}
