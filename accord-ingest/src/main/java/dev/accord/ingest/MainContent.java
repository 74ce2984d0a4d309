package dev.accord.ingest;

import dev.accord.model.OffsetMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article in a web page and writes it as clean text, one paragraph a line, with a map from
 * every character back to where it stands in the page's HTML.
 *
 * <p>Readability-style extractors rebuild the page and lose source positions, which the offset map
 * needs, so this works on jsoup's position-tracked tree instead: it removes what is never article
 * (scripts, navigation, headers, footers, asides, forms, figures and their photo credits, and elements
 * whose class or id names a share bar, a related-links box, an ad, a cookie banner or a newsletter
 * box), picks the element holding the most paragraph text, and keeps its blocks minus residue lines
 * and link lists.
 */
final class MainContent {

    /** The clean text and its offset map into the raw HTML. */
    record Extracted(String text, OffsetMap offsets) {
    }

    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "input, select, textarea, nav, header, footer, aside, figure, figcaption, picture, video, audio, "
            + "dialog, menu, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog]";

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(?:^|[-_\\s])(?:nav|navbar|navigation|menu|footer"
            + "|masthead|sidebar|share|sharing|social|related|recommended|recirc|promo|advert|advertisement|ads?"
            + "|ad-slot|sponsor|sponsored|cookie|cookies|consent|gdpr|banner|newsletter|subscribe|subscription"
            + "|comment|comments|breadcrumb|breadcrumbs|byline|caption|credit|credits|popup|modal|paywall|tags"
            + "|author-bio|most-read|trending|outbrain|taboola|skip-link|visually-hidden|sr-only)(?:$|[-_\\s])");

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "section", "article", "main", "table", "tr", "td", "th", "dd", "dt", "dl",
            "br", "hr", "address", "center");

    private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");

    /** Paragraphs shorter than this count little toward choosing the content element. */
    private static final int MIN_PARAGRAPH = 25;
    /** The longest character reference looked for: {@code &CounterClockwiseContourIntegral;} is 33. */
    private static final int MAX_REFERENCE = 40;
    /** A block whose text is mostly link text is navigation or a related-links list, not article. */
    private static final double MAX_LINK_SHARE = 0.5;

    private MainContent() {
    }

    /**
     * @param page  the parsed page, with positions tracked; elements are removed from it
     * @param raw   the decoded HTML the page was parsed from, which the positions index
     * @param title the headline, left out of the text where it repeats
     */
    static Extracted extract(Document page, String raw, String title) {
        page.select(NEVER_CONTENT).forEach(e -> {
            if (!PROTECTED.contains(e.normalName())) {
                e.remove();
            }
        });
        for (Element e : page.getAllElements()) {
            if (!PROTECTED.contains(e.normalName()) && e.parent() != null
                    && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find()
                    || e.attr("style").replace(" ", "").contains("display:none"))) {
                e.remove();
            }
        }
        Element root = contentRoot(page);
        List<Paragraph> paragraphs = new ArrayList<>();
        Collector collector = new Collector(paragraphs, raw);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        StringBuilder text = new StringBuilder();
        List<OffsetMap.Segment> segments = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String line = p.text.toString();
            if (line.isBlank() || Residue.isResidue(line, title) || p.linkChars > line.length() * MAX_LINK_SHARE) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            int shift = text.length();
            text.append(line);
            for (OffsetMap.Segment s : p.segments) {
                segments.add(new OffsetMap.Segment(s.textBegin() + shift, s.textEnd() + shift, s.rawBegin(),
                        s.rawEnd()));
            }
        }
        return new Extracted(text.toString(), new OffsetMap(segments));
    }

    /** The element marked as the article body, else the one whose own paragraphs hold the most text. */
    private static Element contentRoot(Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody], [property=articleBody]");
        if (marked != null && marked.text().length() > MIN_PARAGRAPH) {
            return marked;
        }
        // Elements hash by identity, so only an insertion-ordered map gives the same winner among equals
        // on every run; candidates enter in document order and the first of equal scores wins.
        Map<Element, Integer> score = new LinkedHashMap<>();
        for (Element p : page.select("p")) {
            int length = p.text().length();
            if (length >= MIN_PARAGRAPH && p.parent() != null) {
                score.merge(p.parent(), length, Integer::sum);
                // A wrapper around several paragraph groups still collects part of their weight.
                if (p.parent().parent() != null) {
                    score.merge(p.parent().parent(), length / 2, Integer::sum);
                }
            }
        }
        Elements articles = page.select("article, main");
        for (Element a : articles) {
            score.merge(a, a.select("p").text().length() / 2, Integer::sum);
        }
        Element best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Map.Entry<Element, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best != null) {
            return best;
        }
        return page.body() != null ? page.body() : page;
    }

    /** One block of text being built, with its segments relative to its own start. */
    private static final class Paragraph {
        final StringBuilder text = new StringBuilder();
        final List<OffsetMap.Segment> segments = new ArrayList<>();
        int linkChars;
        boolean pendingSpace;
        int pendingSpaceRaw = -1;
        int segTextBegin = -1;
        int segRawBegin;
        int lastRaw = -2;

        /** Appends a text node's characters, collapsing whitespace, mapping each to its raw offset. */
        void append(String whole, Range range, String raw, boolean inLink) {
            int before = text.length();
            if (!range.isTracked() || !aligned(whole, raw, range.startPos(), range.endPos())) {
                // The raw text could not be matched character by character: map the node as one whole.
                appendUnit(whole, range.isTracked() ? range.startPos() : -1, range.endPos());
            }
            if (inLink) {
                linkChars += text.length() - before;
            }
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

    /** Walks the content element, starting a paragraph at every block boundary. */
    private static final class Collector implements NodeVisitor {
        private final List<Paragraph> paragraphs;
        private final String raw;
        private Paragraph current = new Paragraph();

        Collector(List<Paragraph> paragraphs, String raw) {
            this.paragraphs = paragraphs;
            this.raw = raw;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                current.append(t.getWholeText(), t.sourceRange(), raw, inLink(t));
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
        }

        void flush() {
            current.closeSegment();
            if (current.text.length() > 0) {
                paragraphs.add(current);
            }
            current = new Paragraph();
        }

        private static boolean inLink(TextNode t) {
            for (Element e = t.parent(); e != null; e = e.parent()) {
                if (e.normalName().equals("a")) {
                    return true;
                }
            }
            return false;
        }
    }
}
