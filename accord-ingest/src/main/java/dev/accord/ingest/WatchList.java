package dev.accord.ingest;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The feeds and pages {@code accord watch} keeps current, read from an OPML file (the form feed readers
 * export their subscriptions in: each {@code <outline xmlUrl="…">}, or {@code url="…"} for a page) or a
 * plain list (one URL a line, optionally followed by its own interval; {@code #} starts a comment line).
 * An entry's interval is {@code 30m}-style or ISO 8601 ({@code PT30M}); in OPML it is the
 * {@code interval} attribute. A list is configuration, so it is read strictly: a bad line stops the
 * command with the file, the line and what was expected, rather than leaving a feed silently unwatched.
 */
public final class WatchList {

    /**
     * One URL to keep current.
     *
     * @param url      an http(s) URL
     * @param interval how often to poll it, or {@code null} for the watch's default
     */
    public record Entry(URI url, Duration interval) {
    }

    private static final Pattern SHORT = Pattern.compile("([0-9]{1,9})(s|m|h|d)");

    private WatchList() {
    }

    /**
     * The entries of a watch list, each URL once (the first time it appears), in the list's order.
     *
     * @throws IllegalArgumentException naming the file, the line or outline, the value and what was expected
     */
    public static List<Entry> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<Entry> entries = text.stripLeading().startsWith("<") ? opml(file, bytes) : plain(file, text);
        Map<URI, Entry> unique = new LinkedHashMap<>();
        entries.forEach(e -> unique.putIfAbsent(e.url(), e));
        if (unique.isEmpty()) {
            throw new IllegalArgumentException("watch list " + file + " names no URL; expected an OPML file of "
                    + "feeds or one http(s) URL a line");
        }
        return List.copyOf(unique.values());
    }

    /**
     * An interval such as {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d} or {@code PT15M}.
     *
     * @throws IllegalArgumentException naming the value and what was expected
     */
    public static Duration interval(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(v);
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                d = null;
            }
        }
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("interval '" + value + "'; expected a positive duration such as "
                    + "90s, 15m, 2h, 1d or PT15M");
        }
        return d;
    }

    private static List<Entry> plain(Path file, String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String[] parts = line.split("\\s+");
            if (parts.length > 2) {
                throw new IllegalArgumentException(where + ": '" + line + "'; expected a URL, optionally followed "
                        + "by its interval (https://example.org/feed.xml 30m)");
            }
            entries.add(new Entry(url(where, parts[0]), parts.length == 2 ? interval(where, parts[1]) : null));
        }
        return entries;
    }

    private static List<Entry> opml(Path file, byte[] bytes) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // No DOCTYPE, no external entities: an OPML file from elsewhere must not read local files.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler prints to stderr; the exception says it all.
            builder.setErrorHandler(new DefaultHandler());
            doc = builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("watch list " + file + " is not well-formed XML ("
                    + FeedReader.oneLine(e.getMessage()) + "); expected OPML or one URL a line", e);
        }
        if (!doc.getDocumentElement().getTagName().equalsIgnoreCase("opml")) {
            throw new IllegalArgumentException("watch list " + file + " is XML with the root <"
                    + doc.getDocumentElement().getTagName() + ">; expected <opml> or one URL a line");
        }
        List<Entry> entries = new ArrayList<>();
        NodeList outlines = doc.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element o = (Element) outlines.item(i);
            String url = !o.getAttribute("xmlUrl").isBlank() ? o.getAttribute("xmlUrl") : o.getAttribute("url");
            if (url.isBlank()) {
                // An outline without a URL is a folder of others.
                continue;
            }
            String where = file + ", outline " + (i + 1);
            String interval = o.getAttribute("interval");
            entries.add(new Entry(url(where, url.strip()), interval.isBlank() ? null : interval(where, interval)));
        }
        return entries;
    }

    private static URI url(String where, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(where + ": '" + value + "' is not a URL (" + e.getReason()
                    + "); expected an http(s) URL", e);
        }
        throw new IllegalArgumentException(where + ": '" + value + "'; expected an http(s) URL with a host");
    }

    private static Duration interval(String where, String value) {
        try {
            return interval(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
