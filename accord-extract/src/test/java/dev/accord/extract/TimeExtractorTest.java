package dev.accord.extract;

import dev.accord.extract.TimeExtractor.Tense;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeExtractorTest {

    private static final LocalDate SEPT_10 = LocalDate.of(2025, 9, 10);
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    @Test
    void aRecentDayWithoutAYearTakesThePublicationYear() {
        assertEquals("2025-08-31", TimeExtractor.resolve("XXXX-8-31", SEPT_10, true, Tense.UNKNOWN));
    }

    @Test
    void inAPastTenseSentenceTheMonthIsTheLatestBeforePublication() {
        assertEquals("2025-06", TimeExtractor.resolve("2026-06", DEC_31, true, Tense.PAST));
        assertEquals("2024-12", TimeExtractor.resolve("XXXX-12", SEPT_10, true, Tense.PAST));
    }

    @Test
    void inAFutureTenseSentenceTheMonthIsTheFirstAfterPublication() {
        assertEquals("2026-03", TimeExtractor.resolve("2025-03", DEC_31, true, Tense.FUTURE));
        assertEquals("2025-09", TimeExtractor.resolve("XXXX-09", SEPT_10, true, Tense.FUTURE));
    }

    @Test
    void withoutTenseTheNearestWithinSixMonthsWins() {
        assertEquals("2024-12-20", TimeExtractor.resolve("XXXX-12-20", LocalDate.of(2025, 3, 1), true, Tense.UNKNOWN));
        assertEquals("2026-01-05", TimeExtractor.resolve("XXXX-1-5", LocalDate.of(2025, 12, 20), true, Tense.UNKNOWN));
    }

    @Test
    void aYearTheTextGaveIsKept() {
        assertEquals("2023-06", TimeExtractor.resolve("2023-06", SEPT_10, false, Tense.PAST));
    }

    @Test
    void withoutAPublicationDateTheYearStaysOpenAndDigitsArePadded() {
        assertEquals("XXXX-08-31", TimeExtractor.resolve("XXXX-8-31", null, true, Tense.UNKNOWN));
        assertEquals("2025-06", TimeExtractor.resolve("2025-6", null, false, Tense.UNKNOWN));
    }

    @Test
    void valuesThatNeedNothingAreKept() {
        assertEquals("PRESENT_REF", TimeExtractor.resolve("PRESENT_REF", SEPT_10, false, Tense.UNKNOWN));
        assertEquals("P3D", TimeExtractor.resolve("P3D", SEPT_10, false, Tense.UNKNOWN));
    }

    @Test
    void aWeekdayInThePastIsTheLatestOnOrBeforePublication() {
        // 2025-09-10 is a Wednesday.
        assertEquals(LocalDate.of(2025, 9, 8), TimeExtractor.weekdayDate(SEPT_10, DayOfWeek.MONDAY, Tense.PAST, "monday"));
        assertEquals(LocalDate.of(2025, 9, 5), TimeExtractor.weekdayDate(SEPT_10, DayOfWeek.FRIDAY, Tense.PAST, "friday"));
    }

    @Test
    void aWeekdayInTheFutureIsTheFirstOnOrAfterPublication() {
        assertEquals(LocalDate.of(2025, 9, 12), TimeExtractor.weekdayDate(SEPT_10, DayOfWeek.FRIDAY, Tense.FUTURE,
                "friday"));
        assertEquals(LocalDate.of(2025, 9, 15), TimeExtractor.weekdayDate(SEPT_10, DayOfWeek.MONDAY, Tense.FUTURE,
                "on monday"));
    }

    @Test
    void lastAndNextSayWhichWeekThemselves() {
        assertEquals(LocalDate.of(2025, 9, 3), TimeExtractor.weekdayDate(SEPT_10, DayOfWeek.WEDNESDAY, Tense.FUTURE,
                "last wednesday"));
        assertEquals(LocalDate.of(2025, 9, 17), TimeExtractor.weekdayDate(SEPT_10, DayOfWeek.WEDNESDAY, Tense.PAST,
                "next wednesday"));
    }

    @Test
    void withoutTenseTheNearestWeekdayWins() {
        assertEquals(LocalDate.of(2025, 9, 11), TimeExtractor.weekdayDate(SEPT_10, DayOfWeek.THURSDAY, Tense.UNKNOWN,
                "thursday"));
        assertEquals(LocalDate.of(2025, 9, 8), TimeExtractor.weekdayDate(SEPT_10, DayOfWeek.MONDAY, Tense.UNKNOWN,
                "monday"));
    }

    @Test
    void aDurationUsedAsAnAdjectiveGetsItsIsoValue() {
        assertEquals("P50Y", TimeExtractor.durationOf("fifty", "year"));
        assertEquals("PT12H", TimeExtractor.durationOf("12", "hour"));
        assertEquals("P25Y", TimeExtractor.durationOf("twenty-five", "year"));
        assertEquals("P20Y", TimeExtractor.durationOf("two", "decade"));
        assertEquals(null, TimeExtractor.durationOf("record", "year"));
    }

    @Test
    void nextYearAndThePreviousYearCountFromThePublicationYear() {
        assertEquals("2026-10", TimeExtractor.relativeYear("2025-10", "October of next year", SEPT_10));
        assertEquals("2024", TimeExtractor.relativeYear("2025", "the previous year", SEPT_10));
        assertEquals("2024", TimeExtractor.relativeYear("2025", "the year before", SEPT_10));
        assertEquals("2025-10", TimeExtractor.relativeYear("2025-10", "October", SEPT_10));
    }
}
