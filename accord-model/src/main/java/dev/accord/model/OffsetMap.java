package dev.accord.model;

import java.util.List;
import java.util.Objects;

/**
 * Where the clean text of an article stands in its raw input, so a span of evidence can be shown in
 * the page it came from. Offsets on both sides are UTF-16 code units; the raw side indexes the input
 * as decoded to characters (after its charset), not its bytes.
 *
 * <p>The map is a list of segments in text order. Inside a segment whose two sides have the same
 * length, characters correspond one to one; a segment whose sides differ (an entity such as
 * {@code &amp;amp;} became one character) maps every offset inside it to the segment's raw start.
 * Text between segments (the line breaks Accord puts between paragraphs, a space that stood for
 * several) has no raw counterpart.
 *
 * @param segments in increasing, non-overlapping text order
 */
public record OffsetMap(List<Segment> segments) {

    /**
     * Text {@code [textBegin, textEnd)} came from raw {@code [rawBegin, rawEnd)}.
     */
    public record Segment(int textBegin, int textEnd, int rawBegin, int rawEnd) {
        public Segment {
            if (textBegin < 0 || textEnd < textBegin || rawBegin < 0 || rawEnd < rawBegin) {
                throw new IllegalArgumentException("offset segment text [" + textBegin + ", " + textEnd + ") raw ["
                        + rawBegin + ", " + rawEnd + "); expected non-negative, ordered bounds");
            }
        }
    }

    public OffsetMap {
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).textBegin() < segments.get(i - 1).textEnd()) {
                throw new IllegalArgumentException("offset segment " + i + " starts at " + segments.get(i).textBegin()
                        + ", before the previous one ends at " + segments.get(i - 1).textEnd()
                        + "; expected segments in text order");
            }
        }
    }

    /** The end of the last mapped text, 0 for an empty map. */
    public int textLength() {
        return segments.isEmpty() ? 0 : segments.get(segments.size() - 1).textEnd();
    }

    /**
     * The raw offset of a text offset, or -1 when the text there was made by Accord (a paragraph
     * break) and has no raw counterpart.
     */
    public int toRaw(int textOffset) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (textOffset < s.textBegin()) {
                hi = mid - 1;
            } else if (textOffset >= s.textEnd()) {
                lo = mid + 1;
            } else {
                boolean exact = s.textEnd() - s.textBegin() == s.rawEnd() - s.rawBegin();
                return exact ? s.rawBegin() + textOffset - s.textBegin() : s.rawBegin();
            }
        }
        return -1;
    }
}
