package dev.accord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code units in an article's clean text.
 *
 * <p>UTF-16 offsets are what {@link String#substring(int, int)} takes, so a span can be cut out of
 * the text with no conversion; consumers in other languages must count UTF-16 code units too.
 */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {

    @JsonCreator
    public CharSpan(@JsonProperty("begin") int begin, @JsonProperty("end") int end) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(
                    "invalid span [" + begin + ", " + end + "): expected 0 <= begin <= end");
        }
        this.begin = begin;
        this.end = end;
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(CharSpan other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return begin < other.end && other.begin < end;
    }

    /** The text this span covers; throws when the span runs past the end of {@code text}. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException(
                    "span [" + begin + ", " + end + ") runs past the end of a text of length " + text.length());
        }
        return text.substring(begin, end);
    }

    @Override
    public int compareTo(CharSpan o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + begin + ", " + end + ")";
    }
}
