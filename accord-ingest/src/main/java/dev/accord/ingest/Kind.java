package dev.accord.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of input Accord reads, told apart by their first bytes rather than their names: saved
 * pages are often named {@code .txt} or nothing at all, and feeds {@code .php}.
 */
public enum Kind {
    TEXT, HTML, FEED, WARC, WARC_GZIP, JSONL, GZIP, EMPTY, BINARY;

    private static final java.util.regex.Pattern FRAGMENT = java.util.regex.Pattern.compile(
            "^<(?:p|div|article|section|main|span|h[1-6]|table|ul|ol|blockquote)[\\s>/]");

    /** How many leading bytes {@link #sniff} needs to see. */
    public static final int SNIFF_BYTES = 4096;

    /** The kind of an input from its first bytes (at most {@link #SNIFF_BYTES} are looked at). */
    public static Kind sniff(byte[] head, int length) {
        if (length == 0) {
            return EMPTY;
        }
        if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return GZIP;
        }
        String start = new String(head, 0, Math.min(length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (start.startsWith("WARC/")) {
            return WARC;
        }
        String s = start.replaceFirst("^(\u00EF\u00BB\u00BF|\u00FE\u00FF|\u00FF\u00FE)", "").replace("\0", "")
                .stripLeading();
        String lower = s.toLowerCase(Locale.ROOT);
        String body = lower.replaceAll("(?s)<\\?xml.*?\\?>", "").replaceAll("(?s)<!--.*?-->", "").stripLeading();
        if (body.startsWith("<rss") || body.startsWith("<feed") || body.startsWith("<rdf:rdf")
                || body.startsWith("<?xml-stylesheet") && (lower.contains("<rss") || lower.contains("<feed"))) {
            return FEED;
        }
        if (body.startsWith("<!doctype html") || body.startsWith("<html") || body.startsWith("<head")
                || body.startsWith("<body") || body.startsWith("<meta") || body.startsWith("<title")
                || lower.startsWith("<?xml") && lower.contains("<html")) {
            return HTML;
        }
        // A saved fragment ("<div class=story><p>...") is HTML too; read as text its tags would be words.
        if (body.startsWith("<") && FRAGMENT.matcher(body).find()) {
            return HTML;
        }
        if (start.indexOf('\0') >= 0 && !looksUtf16(head, length)) {
            return BINARY;
        }
        if (s.startsWith("{")) {
            return JSONL;
        }
        return TEXT;
    }

    private static boolean looksUtf16(byte[] head, int length) {
        return length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
    }
}
