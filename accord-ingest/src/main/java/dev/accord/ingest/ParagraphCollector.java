package dev.accord.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Walks a page for {@link MainContent}, starting a paragraph at every block boundary and skipping what is left out. */
final class ParagraphCollector implements NodeFilter {
    private static final Pattern CAPTION = Pattern.compile("(?i)(?:^|[-_\\s])(?:caption|credits?)(?:$|[-_\\s])");

    private static final double IN_PAGE_LINK = 0.3;

    private final List<Paragraph> paragraphs;
    private final String raw;
    private final Set<Element> left;
    private final Deque<Element> open = new ArrayDeque<>();
    /** How many figures the walk is inside: their captions are kept but choose nothing. */
    private int figures;
    private Paragraph current = new Paragraph();

    ParagraphCollector(List<Paragraph> paragraphs, String raw, Set<Element> left) {
        this.paragraphs = paragraphs;
        this.raw = raw;
        this.left = left;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            current.append(t.getWholeText(), t.sourceRange(), raw, linkWeight(t));
        } else if (node instanceof Element e) {
            if (left.contains(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isFigure(e)) {
                flush();
                figures++;
            }
            if (MainContent.BLOCKS.contains(e.normalName()) || open.isEmpty()) {
                flush();
                open.push(e);
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && !open.isEmpty() && open.peek() == e) {
            flush();
            open.pop();
        }
        if (node instanceof Element e && isFigure(e)) {
            flush();
            figures--;
        }
        return FilterResult.CONTINUE;
    }

    void flush() {
        current.closeSegment();
        if (current.text.length() > 0 && !open.isEmpty()) {
            current.block = open.peek();
            current.caption = figures > 0;
            paragraphs.add(current);
        }
        current = new Paragraph();
    }

    /**
     * A figure, its caption, or a block whose class or id names a caption or a credit; not a phrase so named
     * inside a paragraph, which would split the paragraph's sentence.
     */
    private static boolean isFigure(Element e) {
        return e.normalName().equals("figure") || e.normalName().equals("figcaption")
                || MainContent.BLOCKS.contains(e.normalName())
                && (CAPTION.matcher(e.className()).find() || CAPTION.matcher(e.id()).find());
    }

    /**
     * How much a text node counts as link text: wholly inside a link, three tenths inside a link to a place on the
     * same page (a footnote, a section), which is no way off the article (readability.js weighs such links so).
     */
    private static double linkWeight(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("a")) {
                return e.attr("href").startsWith("#") ? IN_PAGE_LINK : 1;
            }
        }
        return 0;
    }
}
