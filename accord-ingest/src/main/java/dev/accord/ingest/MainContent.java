package dev.accord.ingest;

import dev.accord.model.OffsetMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the article in a web page and writes it as clean text, one paragraph a line, with a map from
 * every character back to where it stands in the page's HTML.
 *
 * <p>Readability-style extractors rebuild the page and lose source positions, which the offset map
 * needs, so this is our own code on jsoup's position-tracked tree, deciding the way the best extractors
 * do (readability.js, trafilatura, boilerpipe): it leaves out what is never article (scripts, navigation,
 * headers, footers, asides, forms, hidden elements, figures and their photo credits) and elements whose
 * class or id names a share bar, a related-links box, an ad, a cookie banner or a newsletter box unless it
 * also names content; it scores every element by the paragraphs inside it (their length and commas, less
 * for the levels between), by its tag and its class hints, and lowers the score by its share of link text;
 * it takes the best element with those siblings that score near it or hold prose of their own; and it keeps
 * their blocks minus residue lines, link lists and boilerplate ({@link Boilerplate}). When that leaves too
 * little, it tries again without the class hints, then without leaving out headers and asides, and keeps
 * the longest result, as readability.js does.
 */
final class MainContent {

    /**
     * The clean text, its offset map into the raw HTML, and what was left out of it as boilerplate.
     *
     * @param text       the article text, one paragraph a line
     * @param offsets    where each part of it stands in the raw HTML
     * @param blocks     the text of every block of the page that could have been article, in page order,
     *                   for the per-site template memory
     * @param boilerplate the kinds of boilerplate left out ("a cookie or consent banner"), in page order
     */
    record Extracted(String text, OffsetMap offsets, List<String> blocks, List<String> boilerplate) {
    }

    /** Elements that never hold the article, left out on every try. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "input, select, textarea, nav, figure, figcaption, picture, video, audio, dialog, menu, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=dialog], [aria-modal=true]";
    /** Page furniture that a last try still keeps: some sites wrap the whole article in one of these. */
    private static final String FURNITURE = "header, footer, aside, [role=banner], [role=contentinfo], "
            + "[role=complementary]";

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(?:^|[-_\\s])(?:nav|navbar|navigation|menu|footer"
            + "|masthead|sidebar|share|sharing|social|related|recommended|recirc|promo|advert|advertisement|ads?"
            + "|ad-slot|sponsor|sponsored|cookie|cookies|consent|gdpr|banner|newsletter|subscribe|subscription"
            + "|comment|comments|breadcrumb|breadcrumbs|byline|caption|credit|credits|popup|modal|paywall|tags"
            + "|author-bio|most-read|trending|outbrain|taboola|skip-link|visually-hidden|sr-only|disqus|shoutbox"
            + "|skyscraper|widget|toolbar|pagination|pager)(?:$|[-_\\s])");
    /** Class or id words that name the content; an element with one is never left out for its hints. */
    private static final Pattern CONTENT_HINT = Pattern.compile("(?i)article|body|content|entry|main|post|story|text"
            + "|blog|column|hentry");
    /**
     * Words that name a box beside the article even inside a longer class or id name; not "sidebar", which
     * in a longer name ("content-sidebar-wrap") names a layout holding the article.
     */
    private static final Pattern BOX = Pattern.compile("(?i)related|popular|recommend|recirc|outbrain|taboola"
            + "|newsletter|cookie|consent|trending|most-?read");
    /** Class or id words that make an element likelier to hold the article, and less likely. */
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page"
            + "|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx"
            + "|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
            + "|sidebar|skyscraper|sponsor|shopping|tags|widget|cookie|consent|newsletter|subscribe|paywall");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "section", "article", "main", "table", "tr", "td", "th", "dd", "dt", "dl",
            "br", "hr", "address", "center", "header", "footer", "aside", "details", "summary");
    /** Blocks whose text counts toward choosing the content element: prose, not lists or headings. */
    private static final Set<String> PROSE = Set.of("p", "pre", "td", "blockquote", "div", "section", "article",
            "main", "center");

    private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");

    /** Paragraphs shorter than this count nothing toward choosing the content element. */
    private static final int MIN_PARAGRAPH = 25;
    /** A try that keeps this much text is taken without trying the looser ones. */
    private static final int ENOUGH = 500;
    /** A block whose text is mostly link text is navigation or a related-links list, not article. */
    private static final double MAX_LINK_SHARE = 0.5;
    /** The candidates looked at when deciding whether the article spans several of them. */
    private static final int TOP_CANDIDATES = 5;

    private MainContent() {
    }

    /**
     * @param page      the parsed page, with positions tracked; it is not changed
     * @param raw       the decoded HTML the page was parsed from, which the positions index
     * @param title     the headline, left out of the text where it repeats
     * @param articleBody the article's text as the page's JSON-LD gives it, or {@code null}: the element that
     *                  holds most of it and little else is taken as the article
     * @param template  given the texts of the page's blocks, the keys ({@link SiteTemplates#key(String)}) of
     *                  those to leave out as the site's template
     */
    static Extracted extract(Document page, String raw, String title, String articleBody,
                             Function<List<String>, Set<String>> template) {
        Element body = page.body() != null ? page.body() : page;
        Set<Element> never = excluded(page, NEVER_CONTENT);
        never.addAll(hidden(page));
        Set<Element> furniture = excluded(page, FURNITURE);
        Set<Element> hinted = new HashSet<>();
        for (Element e : page.getAllElements()) {
            if (!PROTECTED.contains(e.normalName()) && e.parent() != null && hintedBoilerplate(e)) {
                hinted.add(e);
            }
        }
        List<Set<Element>> tries = new ArrayList<>();
        tries.add(union(never, furniture, hinted));
        tries.add(union(never, furniture));
        tries.add(never);
        Extracted best = null;
        for (Set<Element> left : tries) {
            Extracted e = extract(body, raw, title, articleBody, template, left);
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
            if (best.text().length() >= ENOUGH) {
                break;
            }
        }
        return best;
    }

    private static Extracted extract(Element body, String raw, String title, String articleBody,
                                     Function<List<String>, Set<String>> templateOf, Set<Element> left) {
        List<Paragraph> paragraphs = new ArrayList<>();
        ParagraphCollector collector = new ParagraphCollector(paragraphs, raw, left);
        NodeTraversor.filter(collector, body);
        collector.flush();
        paragraphs.removeIf(p -> p.text.toString().isBlank());
        List<String> blocks = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            blocks.add(p.text.toString());
        }
        Set<String> template = templateOf.apply(blocks);
        if (!template.isEmpty()) {
            // The site's template never draws the choice of the content element toward itself.
            paragraphs.removeIf(p -> template.contains(SiteTemplates.key(p.text.toString())));
        }
        Set<Element> roots = contentRoots(body, paragraphs, articleBody);
        StringBuilder text = new StringBuilder();
        List<OffsetMap.Segment> segments = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        if (blocks.size() > paragraphs.size()) {
            boilerplate.add(Boilerplate.TEMPLATE);
        }
        for (Paragraph p : paragraphs) {
            String line = p.text.toString();
            if (!inside(p.block, roots)) {
                continue;
            }
            Optional<String> kind = Boilerplate.kind(line);
            if (kind.isPresent()) {
                if (!boilerplate.contains(kind.get())) {
                    boilerplate.add(kind.get());
                }
                continue;
            }
            if (Residue.isResidue(line, title) || p.linkChars > line.length() * MAX_LINK_SHARE) {
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
        return new Extracted(text.toString(), new OffsetMap(segments), blocks, boilerplate);
    }

    private static boolean hintedBoilerplate(Element e) {
        String hints = e.className() + " " + e.id();
        if ((BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())
                && !CONTENT_HINT.matcher(hints).find()) {
            return true;
        }
        // A name that joins a content word to a box word ("jp-relatedposts", "article-most-popular") names the
        // box; only another name of the element that is content alone keeps it.
        boolean box = false;
        for (String name : hints.split("\\s+")) {
            if (BOX.matcher(name).find()) {
                box = true;
            } else if (CONTENT_HINT.matcher(name).find()) {
                return false;
            }
        }
        return box;
    }

    private static Set<Element> excluded(Document page, String query) {
        Set<Element> out = new HashSet<>();
        for (Element e : page.select(query)) {
            if (!PROTECTED.contains(e.normalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> hidden(Document page) {
        List<Element> out = new ArrayList<>();
        for (Element e : page.select("[style]")) {
            if (!PROTECTED.contains(e.normalName()) && HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                out.add(e);
            }
        }
        return out;
    }

    @SafeVarargs
    private static Set<Element> union(Set<Element>... sets) {
        Set<Element> out = new HashSet<>();
        for (Set<Element> s : sets) {
            out.addAll(s);
        }
        return out;
    }

    private static boolean inside(Element block, Set<Element> roots) {
        for (Element e = block; e != null; e = e.parent()) {
            if (roots.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** What is known of one candidate element: its score from the paragraphs in it, and their text and links. */
    private static final class Candidate {
        double score;
        int chars;
        int linkChars;
        boolean scored;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /**
     * The elements holding the article: those chosen by their scores, unless they miss most of the text the
     * page's JSON-LD declares as its {@code articleBody} and one element holds it.
     */
    private static Set<Element> contentRoots(Element body, List<Paragraph> paragraphs, String articleBody) {
        Set<Element> scored = scoredRoots(body, paragraphs);
        String declared = articleBody == null ? "" : comparable(articleBody);
        if (declared.length() < ENOUGH) {
            return scored;
        }
        // The declared text may be a teaser or stale, so it only overrules a choice that misses most of it.
        int covered = 0;
        for (Paragraph p : paragraphs) {
            String own = comparable(p.text.toString());
            if (!own.isEmpty() && inside(p.block, scored) && declared.contains(own)) {
                covered += own.length();
            }
        }
        Element better = covered * 2 >= declared.length() ? null : declared(body, paragraphs, declared);
        return better == null ? scored : Set.of(better);
    }

    /**
     * The element holding the article and those of its siblings that belong to it: the one marked as the
     * article body when the page marks one that holds prose, else the best-scored one.
     */
    private static Set<Element> scoredRoots(Element body, List<Paragraph> paragraphs) {
        // Elements hash by identity, so only an insertion-ordered map gives the same winner among equals on
        // every run; candidates enter in document order and the first of equal scores wins.
        Map<Element, Candidate> candidates = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            int length = p.text.length();
            int level = 0;
            for (Element e = p.block; e != null; e = e.parent()) {
                Candidate c = candidates.computeIfAbsent(e, k -> new Candidate());
                c.chars += length;
                c.linkChars += p.linkChars;
                if (e == body) {
                    break;
                }
            }
            if (length < MIN_PARAGRAPH || !PROSE.contains(p.block.normalName())) {
                continue;
            }
            double points = 1 + count(p.text, ',') + Math.min(length / 100, 3);
            for (Element e = p.block.parent(); e != null && level < 3; e = e.parent(), level++) {
                Candidate c = candidates.get(e);
                if (!c.scored) {
                    c.scored = true;
                    c.score += initialScore(e);
                }
                c.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (e == body) {
                    break;
                }
            }
        }
        Element top = marked(body, candidates);
        List<Map.Entry<Element, Candidate>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Candidate> e : candidates.entrySet()) {
            if (e.getValue().scored) {
                e.getValue().score *= 1 - e.getValue().linkDensity();
                ranked.add(e);
            }
        }
        ranked.sort((a, b) -> Double.compare(b.getValue().score, a.getValue().score));
        if (top == null) {
            if (ranked.isEmpty()) {
                return Set.of(body);
            }
            top = promoted(ranked, body);
        }
        Candidate chosen = candidates.get(top);
        double score = chosen == null ? 0 : chosen.score;
        // A wrapper holding only the chosen element adds nothing, but its siblings may be the article's
        // other parts (sections of one story, each in the same wrapper), as readability.js finds them.
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return withSiblings(top, score, candidates);
    }

    /**
     * The element whose paragraphs cover most of the article text the page declares in its JSON-LD
     * ({@link #comparable(String)}), less what it holds that the declared text does not, when that covers at
     * least half of it; else {@code null}. Paragraphs are compared by their letters and digits only, so quotes
     * and entities written differently in the two do not matter.
     */
    private static Element declared(Element body, List<Paragraph> paragraphs, String declared) {
        Map<Element, int[]> inAndOut = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            String own = comparable(p.text.toString());
            if (own.isEmpty()) {
                continue;
            }
            boolean in = declared.contains(own);
            for (Element e = p.block; e != null; e = e.parent()) {
                int[] counts = inAndOut.computeIfAbsent(e, k -> new int[2]);
                counts[in ? 0 : 1] += own.length();
                if (e == body) {
                    break;
                }
            }
        }
        Element best = null;
        int bestGain = 0;
        for (Map.Entry<Element, int[]> e : inAndOut.entrySet()) {
            int gain = e.getValue()[0] - e.getValue()[1];
            if (e.getValue()[0] * 2 >= declared.length() && gain > bestGain) {
                best = e.getKey();
                bestGain = gain;
            }
        }
        return best;
    }

    /** Letters and digits only, lower-cased, words one space apart. */
    private static String comparable(String s) {
        return NOT_WORD.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The element the page marks as the article's body, when it holds some prose. */
    private static Element marked(Element body, Map<Element, Candidate> candidates) {
        for (Element e : body.select("[itemprop=articleBody], [property=articleBody]")) {
            Candidate c = candidates.get(e);
            if (c != null && c.chars - c.linkChars >= ENOUGH) {
                return e;
            }
        }
        return null;
    }

    /**
     * The best candidate, moved up to the ancestor it shares with the other high scorers when the article
     * is split across several elements (readability.js does the same).
     */
    private static Element promoted(List<Map.Entry<Element, Candidate>> ranked, Element body) {
        Element top = ranked.get(0).getKey();
        double best = ranked.get(0).getValue().score;
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (ranked.get(i).getValue().score >= best * 0.75) {
                close.add(ranked.get(i).getKey());
            }
        }
        if (close.size() >= 2) {
            for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
                int inside = 0;
                for (Element c : close) {
                    if (c.parents().contains(a)) {
                        inside++;
                    }
                }
                if (inside >= 2) {
                    return a;
                }
            }
        }
        return top;
    }

    /** The content element with the siblings that score near it or hold prose with few links. */
    private static Set<Element> withSiblings(Element top, double score, Map<Element, Candidate> candidates) {
        Set<Element> roots = new HashSet<>();
        roots.add(top);
        Element parent = top.parent();
        if (parent == null) {
            return roots;
        }
        double threshold = Math.max(10, score * 0.2);
        for (Element sibling : parent.children()) {
            Candidate c = candidates.get(sibling);
            if (sibling == top || c == null) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? score * 0.2 : 0;
            int own = c.chars - c.linkChars;
            boolean prose = PROSE.contains(sibling.normalName()) && c.linkDensity() < 0.25 && own > 80;
            if (c.scored && c.score + bonus >= threshold || prose) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            score += 10;
        }
        for (String hint : new String[] {e.className(), e.id()}) {
            if (!hint.isEmpty()) {
                score += NEGATIVE.matcher(hint).find() ? -25 : 0;
                score += POSITIVE.matcher(hint).find() ? 25 : 0;
            }
        }
        return score;
    }

    private static int count(CharSequence s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
