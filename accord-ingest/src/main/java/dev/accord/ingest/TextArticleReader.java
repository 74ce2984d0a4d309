package dev.accord.ingest;

import dev.accord.model.Article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text news article: UTF-8 text (or Windows-1252 when the bytes are not UTF-8), with
 * its headline found and kept out of the body, and scraper residue (bylines, "Read more", share and
 * photo-credit lines) left out.
 *
 * <p>Headlines stand in two places in text saved from the web: as a first line followed by a blank
 * line, or repeated as the last lines (scraper residue). Either way they become the title and are
 * left out of the clean text, so they add no facts and no duplicate mentions.
 */
public final class TextArticleReader {

    /** A headline is a single short line without a sentence's final punctuation. */
    private static final int MAX_TITLE_LENGTH = 200;
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[^0-9].*");

    /**
     * What the user told us about the article, overriding what the reader would find itself.
     *
     * @param published the publication date, or {@code null} to take it from an ISO date that starts
     *                  the file name ({@code 2025-06-18-astana.txt}), if any
     * @param title     the headline, or {@code null} to detect it
     */
    public record Options(LocalDate published, String title) {
        public static final Options NONE = new Options(null, null);
    }

    public Article read(Input input, Options options) throws UnreadableInputException {
        return read(input.name(), input.sourceName(), input.readAllBytes(), options);
    }

    /**
     * @param inputName  how the user named the input, for messages
     * @param sourceName what the article's identity is derived from
     */
    public Article read(String inputName, String sourceName, byte[] bytes, Options options)
            throws UnreadableInputException {
        String raw = decode(inputName, bytes);
        List<String> lines = new ArrayList<>(Arrays.asList(raw.replace("\r\n", "\n").replace('\r', '\n')
                .split("\n", -1)));
        trimBlankEdges(lines);
        if (lines.isEmpty()) {
            throw new UnreadableInputException(inputName, bytes.length == 0
                    ? "empty file (0 bytes); expected a news article as UTF-8 text"
                    : "only whitespace; expected a news article as UTF-8 text");
        }
        String title = options.title() == null ? null : options.title().strip();
        String trailing = removeTrailingTitle(lines, title);
        if (title == null) {
            title = trailing != null ? trailing : removeLeadingTitle(lines);
        } else if (!lines.isEmpty() && lines.get(0).strip().equals(title)) {
            lines.remove(0);
        }
        String headline = title;
        lines.removeIf(line -> Residue.isResidue(line, headline));
        trimBlankEdges(lines);
        if (lines.isEmpty()) {
            throw new UnreadableInputException(inputName, "has a headline but no body text; expected paragraphs "
                    + "of an article");
        }
        String text = String.join("\n", lines);
        LocalDate published = options.published() != null ? options.published() : dateFromName(sourceName);
        return Article.of(sourceName, title, published, "en", text);
    }

    private static String decode(String inputName, byte[] bytes) throws UnreadableInputException {
        return Decoding.decode(inputName, bytes, null).text();
    }

    /** The last line repeated at the end is the headline; with a given title, trailing copies of it go. */
    private static String removeTrailingTitle(List<String> lines, String givenTitle) {
        String last = lines.get(lines.size() - 1).strip();
        boolean repeated = lines.size() >= 3 && lines.get(lines.size() - 2).strip().equals(last);
        if (!last.equals(givenTitle) && !(givenTitle == null && repeated && looksLikeHeadline(last))) {
            return null;
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).strip().equals(last)) {
            lines.remove(lines.size() - 1);
            trimBlankEdges(lines);
        }
        return last;
    }

    /** A short first line with no final full stop, followed by a blank line, is the headline. */
    private static String removeLeadingTitle(List<String> lines) {
        if (lines.size() >= 3 && lines.get(1).isBlank() && looksLikeHeadline(lines.get(0).strip())) {
            return lines.remove(0).strip();
        }
        return null;
    }

    private static boolean looksLikeHeadline(String line) {
        return !line.isEmpty() && line.length() <= MAX_TITLE_LENGTH && !line.matches(".*[.!?\"”]$");
    }

    private static void trimBlankEdges(List<String> lines) {
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }

    private static LocalDate dateFromName(String sourceName) {
        Matcher m = DATED_NAME.matcher(sourceName);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
