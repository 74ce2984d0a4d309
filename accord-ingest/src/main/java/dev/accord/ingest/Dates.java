package dev.accord.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages, feeds and URLs write them: ISO 8601 with or without time, RFC 1123
 * ({@code Tue, 17 Jun 2025 09:00:00 GMT}), "June 17, 2025", "17 June 2025", and {@code /2025/06/17/}
 * in a URL. The date is the one written, in the zone it was written in: an article published late on
 * the 17th in Astana is dated the 17th.
 */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T.*)?$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Z][a-z]{2,8})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|$)");
    /** A dateline opening an article: "ASTANA, June 17, 2025 (Agency) –". */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{L} .'-]{1,40},\\s+(?:\\p{L}+,\\s+)?"
            + "([A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\s+\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** The date a metadata value gives, if it is one of the forms above. */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip();
        Matcher m = ISO.matcher(s);
        if (m.find() && m.start() == 0) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            // Not RFC 1123; try the written forms.
        }
        return written(s);
    }

    /** A date in a URL path, as many outlets put one: {@code /2025/06/17/}. */
    static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** A date in a dateline at the start of the text. */
    static Optional<LocalDate> fromDateline(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() ? written(m.group(1)) : Optional.empty();
    }

    private static Optional<LocalDate> written(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return of(m.group(3), String.valueOf(month), m.group(2));
            }
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return of(m.group(3), String.valueOf(month), m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Integer month(String name) {
        return name.length() < 3 ? null : MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
