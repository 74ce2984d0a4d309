package dev.accord.ingest;

import dev.accord.model.OffsetMap;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of a page's text being built by {@link MainContent}, with its segments relative to its own start,
 * so that every character keeps its offset in the raw HTML.
 */
final class Paragraph {

    /** The longest character reference looked for: {@code &CounterClockwiseContourIntegral;} is 33. */
    private static final int MAX_REFERENCE = 40;

    final StringBuilder text = new StringBuilder();
    final List<OffsetMap.Segment> segments = new ArrayList<>();
    /** The innermost block element the text stands in. */
    Element block;
    int linkChars;
    /** Whether it is a figure's caption, which is kept with the article but never chooses where it is. */
    boolean caption;
    boolean pendingSpace;
    int pendingSpaceRaw = -1;
    int segTextBegin = -1;
    int segRawBegin;
    int lastRaw = -2;

    /** Appends a text node's characters, collapsing whitespace, mapping each to its raw offset. */
    void append(String whole, Range range, String raw, double linkWeight) {
        int before = text.length();
        if (!range.isTracked() || !aligned(whole, raw, range.startPos(), range.endPos())) {
            // The raw text could not be matched character by character: map the node as one whole.
            appendUnit(whole, range.isTracked() ? range.startPos() : -1, range.endPos());
        }
        linkChars += (int) Math.round((text.length() - before) * linkWeight);
    }

    /**
     * Walks the node's raw HTML and its decoded text side by side: plain characters map one to one,
     * a character reference ({@code &amp;}, {@code &rsquo;}, {@code &#8217;}) maps to its raw span.
     * Returns {@code false}, having appended nothing, when the two cannot be matched.
     */
    private boolean aligned(String whole, String raw, int rawBegin, int rawEnd) {
        if (rawEnd > raw.length()) {
            return false;
        }
        List<int[]> units = new ArrayList<>();
        int i = rawBegin;
        int j = 0;
        while (i < rawEnd && j < whole.length()) {
            if (raw.charAt(i) == '&') {
                int semi = raw.indexOf(';', i);
                if (semi > i && semi < rawEnd && semi - i <= MAX_REFERENCE) {
                    String decoded = Parser.unescapeEntities(raw.substring(i, semi + 1), false);
                    if (!decoded.isEmpty() && whole.startsWith(decoded, j) && !decoded.equals(raw.substring(i,
                            semi + 1))) {
                        units.add(new int[] {j, j + decoded.length(), i, semi + 1});
                        j += decoded.length();
                        i = semi + 1;
                        continue;
                    }
                }
            }
            if (raw.charAt(i) != whole.charAt(j)) {
                return false;
            }
            units.add(new int[] {j, j + 1, i, i + 1});
            i++;
            j++;
        }
        if (i != rawEnd || j != whole.length()) {
            return false;
        }
        for (int[] u : units) {
            if (u[1] - u[0] == 1 && u[3] - u[2] == 1) {
                appendChar(whole.charAt(u[0]), u[2]);
            } else {
                appendUnit(whole.substring(u[0], u[1]), u[2], u[3]);
            }
        }
        return true;
    }

    /** Appends text that maps as a whole to raw {@code [rawBegin, rawEnd)}, or to nothing when rawBegin < 0. */
    private void appendUnit(String s, int rawBegin, int rawEnd) {
        closeSegment();
        if (pendingSpace && !s.isEmpty() && !isSpace(s.charAt(0))) {
            pendingSpace = false;
            put(' ', pendingSpaceRaw);
            closeSegment();
        }
        // A space owed to what came before is settled above; spaces inside the unit are its own.
        pendingSpaceRaw = -1;
        int begin = text.length();
        for (int k = 0; k < s.length(); k++) {
            appendChar(s.charAt(k), -1);
        }
        closeSegment();
        if (rawBegin >= 0 && text.length() > begin) {
            segments.add(new OffsetMap.Segment(begin, text.length(), rawBegin, rawEnd));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private void appendChar(char c, int rawOffset) {
        if (isSpace(c)) {
            if (text.length() > 0 && !pendingSpace) {
                pendingSpace = true;
                pendingSpaceRaw = c == ' ' ? rawOffset : -1;
            } else {
                pendingSpaceRaw = -1;
            }
            return;
        }
        if (pendingSpace) {
            pendingSpace = false;
            put(' ', pendingSpaceRaw);
        }
        put(c, rawOffset);
    }

    private void put(char c, int rawOffset) {
        if (rawOffset < 0 || rawOffset != lastRaw + 1) {
            closeSegment();
        }
        if (rawOffset >= 0 && segTextBegin < 0) {
            segTextBegin = text.length();
            segRawBegin = rawOffset;
        }
        text.append(c);
        lastRaw = rawOffset;
    }

    void closeSegment() {
        if (segTextBegin >= 0 && text.length() > segTextBegin) {
            segments.add(new OffsetMap.Segment(segTextBegin, text.length(), segRawBegin,
                    segRawBegin + text.length() - segTextBegin));
        }
        segTextBegin = -1;
        lastRaw = -2;
    }
}
