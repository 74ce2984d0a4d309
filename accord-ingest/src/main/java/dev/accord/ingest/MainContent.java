package dev.accord.ingest;

import dev.accord.model.OffsetMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashMap;
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
 * do (readability.js, trafilatura, jusText, boilerpipe): it leaves out what is never article (scripts,
 * navigation, headers, footers, asides, forms, hidden elements) and elements whose class or id names a share
 * bar, a related-links box, an ad, a cookie banner or a newsletter box unless it also names content (never a
 * link or a phrase inside running text for its class); it scores every element by the paragraphs inside it
 * (their length and commas, less for the levels between), by its tag and its class hints, and lowers the
 * score by its share of link text (lines split by {@code <br>} score their own container and a wrapper
 * around each paragraph adds no level, as readability.js finds them once it has rewritten the page); it
 * takes the best element with those siblings that score near it or hold prose of their own (never a
 * column of teasers; inside an element named the story, also a short part split off by a box), or their
 * parent when those siblings hold more of the text than the element does; and it keeps their blocks minus
 * residue lines, link lists (not a paragraph that is one link among the story's prose), boilerplate
 * ({@link Boilerplate}) and the boxes inside them whose class or id weighs against content, as readability.js
 * cleans its chosen article, with a linked heading that opens a
 * section of prose, figure captions (which never choose where the article is) and the lead paragraphs that
 * stand just before the chosen elements. When that leaves too little prose, it tries again without the class hints, then without leaving out headers and asides, and
 * takes a looser try only when it keeps far more prose, so a short story does not bring the boxes beside
 * it back; when what is kept is still less than half the JSON-LD {@code articleBody}, that is the article.
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
            + "input, select, textarea, nav, picture, video, audio, dialog, menu, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=dialog], [aria-modal=true]";
    /** Page furniture that a last try still keeps: some sites wrap the whole article in one of these. */
    private static final String FURNITURE = "header, footer, aside, [role=banner], [role=contentinfo], "
            + "[role=complementary]";

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(?:^|[-_\\s])(?:nav|navbar|navigation|menu|footer"
            + "|masthead|sidebar|share|sharing|social|related|recommended|recirc|promo|advert|advertisement|ads?"
            + "|ad-slot|sponsor|sponsored|cookie|cookies|consent|gdpr|banner|newsletter|subscribe|subscription"
            + "|comment|comments|breadcrumb|breadcrumbs|byline|popup|modal|paywall|tags"
            + "|author-bio|most-read|trending|outbrain|taboola|skip-link|visually-hidden|sr-only|disqus|shoutbox"
            + "|flyout|skyscraper|widget|toolbar|pagination|pager|ai2html)(?:$|[-_\\s])");
    /** Class or id words that name the content; an element with one is never left out for its hints. */
    private static final Pattern CONTENT_HINT = Pattern.compile("(?i)article|body|content|entry|main|post|story|text"
            + "|blog|column|hentry");
    /**
     * Words that name a box beside the article even inside a longer class or id name; not "sidebar", which
     * in a longer name ("content-sidebar-wrap") names a layout holding the article.
     */
    private static final Pattern BOX = Pattern.compile("(?i)related|popular|recommend|recirc|outbrain|taboola"
            + "|newsletter|cookie|consent|trending|most-?read");
    /** Class or id words, and tags, that name the element holding the story itself, not the page's column. */
    private static final Pattern STORY = Pattern.compile("(?i)article|story|entry|post");
    private static final Set<String> STORY_TAGS = Set.of("article", "main");
    /** Class or id words that make an element likelier to hold the article, and less likely. */
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page"
            + "|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx"
            + "|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
            + "|sidebar|skyscraper|sponsor|shopping|tags|widget|cookie|consent|newsletter|subscribe|paywall");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "section", "article", "main", "table", "tr", "td", "th", "dd", "dt", "dl",
            "br", "hr", "address", "center", "header", "footer", "aside", "details", "summary");
    /** Blocks whose text counts toward choosing the content element: prose, not lists or headings. */
    private static final Set<String> PROSE = Set.of("p", "pre", "td", "blockquote", "div", "section", "article",
            "main", "center");

    /**
     * Siblings taken for their prose alone: paragraphs, or other elements holding their text themselves, and
     * containers of paragraphs only when they hold a story's worth ({@link #ENOUGH}), since a short one may be
     * another column of the page (readability.js takes only {@code <p>} siblings so).
     */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote");
    /**
     * Cells and items, judged by the link text of their whole table or list: a film's linked title in a table
     * of films with their plots is part of it, while a list of nothing but links is a link list.
     */
    private static final Set<String> GROUPED = Set.of("td", "th", "li", "dt", "dd");
    private static final Set<String> GROUPS = Set.of("table", "ul", "ol", "dl");
    /** Elements whose link text tells whether a linked paragraph in them stands among prose. */
    private static final Set<String> PARENTS = Set.of("div", "section", "article", "main", "td", "blockquote",
            "body");
    private static final Set<String> TABLES = Set.of("table", "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Elements that may only wrap a paragraph, adding a level to the page but nothing to the story. */
    private static final Set<String> WRAPPERS = Set.of("div", "section", "span");

    private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");
    /** The boxes readability.js cleans out of its chosen article when their class or id weighs against content. */
    private static final Set<String> CLEANED = Set.of("div", "table", "ul", "form", "fieldset");

    /** Commas as readability.js counts them (Latin, Arabic, fullwidth, small forms), and the ideographic one. */
    private static final String COMMAS = ",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001";
    /** Paragraphs shorter than this count nothing toward choosing the content element. */
    private static final int MIN_PARAGRAPH = 25;
    /** A try that keeps this much prose is taken without trying the looser ones. */
    private static final int ENOUGH = 500;
    /**
     * A looser try is taken over a stricter one only when it keeps this many times its prose: what it adds
     * is what the stricter one left out as headers, asides and boxes, so a little more is no reason.
     */
    private static final double LOOSER = 2;
    /** A block whose text is mostly link text is navigation or a related-links list, not article. */
    private static final double MAX_LINK_SHARE = 0.5;
    /** Above this share of link text readability.js cleans a box out of the article it chose. */
    private static final double PROSE_LINK_SHARE = 0.2;
    /** A block before the kept text is taken as its lead when it is this long and has few links. */
    private static final int LEAD = 80;
    private static final double LEAD_LINK_SHARE = 0.25;
    /** How far above the chosen element holding the first kept block a lead may stand. */
    private static final int LEAD_LEVELS = 2;
    private static final Set<String> PAGE = Set.of("html", "body");
    /** The most text, links aside, that a teaser holds under its linked headline. */
    private static final int TEASER_TEXT = 300;
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
            if (!PROTECTED.contains(e.normalName()) && e.parent() != null && hintedBoilerplate(e)
                    && !inRunningText(e)) {
                hinted.add(e);
            }
        }
        List<Set<Element>> tries = new ArrayList<>();
        tries.add(union(never, furniture, hinted));
        tries.add(union(never, furniture));
        tries.add(never);
        Try best = null;
        for (Set<Element> left : tries) {
            Try t = extract(body, raw, title, articleBody, template, left);
            if (best == null || t.prose() > best.prose() * LOOSER) {
                best = t;
            }
            if (best.prose() >= ENOUGH) {
                break;
            }
        }
        return declaredInstead(best.extracted(), raw, articleBody);
    }

    /**
     * The article as the page's JSON-LD declares it ({@code articleBody}), when what was kept from the HTML is
     * less than half as long: a page whose story a script writes in holds a teaser or the boxes beside it,
     * and the declared text is the story (trafilatura falls back on it so too). Its lines are mapped to where
     * they stand verbatim in the HTML, if they do, and boilerplate lines are left out as they are from blocks.
     */
    private static Extracted declaredInstead(Extracted kept, String raw, String articleBody) {
        int declared = articleBody == null ? 0 : comparable(articleBody).length();
        if (declared < ENOUGH || comparable(kept.text()).length() * 2 >= declared) {
            return kept;
        }
        StringBuilder text = new StringBuilder();
        List<OffsetMap.Segment> segments = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>(kept.boilerplate());
        int from = 0;
        for (String line : articleBody.split("\\R")) {
            String clean = SPACES.matcher(line).replaceAll(" ").strip();
            Optional<String> kind = Boilerplate.kind(clean);
            if (kind.isPresent() && !boilerplate.contains(kind.get())) {
                boilerplate.add(kind.get());
            }
            if (clean.isEmpty() || kind.isPresent()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            int at = raw.indexOf(clean, from);
            if (at >= 0) {
                segments.add(new OffsetMap.Segment(text.length(), text.length() + clean.length(), at,
                        at + clean.length()));
                from = at + clean.length();
            }
            text.append(clean);
        }
        if (text.length() < HtmlArticleReader.MIN_TEXT) {
            return kept;
        }
        return new Extracted(text.toString(), new OffsetMap(segments), kept.blocks(), boilerplate);
    }

    /** One try's result and how much prose it kept: its paragraphs' own text, headings and captions aside. */
    private record Try(Extracted extracted, int prose) {
    }

    private static Try extract(Element body, String raw, String title, String articleBody,
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
        Set<Element> teasers = teaserLists(body, paragraphs);
        Set<Element> roots = contentRoots(body, paragraphs, articleBody, teasers);
        StringBuilder text = new StringBuilder();
        List<OffsetMap.Segment> segments = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        if (blocks.size() > paragraphs.size()) {
            boilerplate.add(Boilerplate.TEMPLATE);
        }
        boolean[] keep = new boolean[paragraphs.size()];
        int prose = 0;
        boolean[] linked = new boolean[paragraphs.size()];
        Map<Element, int[]> groups = linkCounts(paragraphs, GROUPS);
        Map<Element, int[]> containers = linkCounts(paragraphs, PARENTS);
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String line = p.text.toString();
            if (!inside(p.block, roots) || cleanedAway(p.block, roots)) {
                continue;
            }
            Optional<String> kind = Boilerplate.kind(line);
            if (kind.isPresent()) {
                if (!boilerplate.contains(kind.get())) {
                    boilerplate.add(kind.get());
                }
                continue;
            }
            if (!Residue.isResidue(line, title)) {
                Element table = GROUPED.contains(p.block.normalName()) ? group(p.block) : null;
                int[] counts = table == null ? null : groups.get(table);
                keep[i] = counts == null ? p.linkChars <= line.length() * MAX_LINK_SHARE
                        || linkInProse(p, containers)
                        : counts[1] <= counts[0] * MAX_LINK_SHARE;
                linked[i] = !keep[i];
            }
        }
        // A heading that links to what it names ("20) Faces Places") heads the section of the story after it;
        // a linked heading with no kept prose after it is a teaser.
        for (int i = paragraphs.size() - 2; i >= 0; i--) {
            keep[i] |= linked[i] && HEADINGS.contains(paragraphs.get(i).block.normalName()) && keep[i + 1]
                    && !HEADINGS.contains(paragraphs.get(i + 1).block.normalName());
        }
        leads(paragraphs, keep, roots, title);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            Paragraph p = paragraphs.get(i);
            if (!p.caption && !HEADINGS.contains(p.block.normalName()) && p.text.length() >= MIN_PARAGRAPH) {
                prose += p.text.length() - p.linkChars;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            int shift = text.length();
            text.append(p.text);
            for (OffsetMap.Segment s : p.segments) {
                segments.add(new OffsetMap.Segment(s.textBegin() + shift, s.textEnd() + shift, s.rawBegin(),
                        s.rawEnd()));
            }
        }
        if (text.length() < HtmlArticleReader.MIN_TEXT) {
            // A page left with no article says what it held, wherever that stood, in page order.
            boilerplate.removeIf(k -> !k.equals(Boilerplate.TEMPLATE));
            for (Paragraph p : paragraphs) {
                Boilerplate.kind(p.text.toString()).filter(k -> !boilerplate.contains(k)).ifPresent(boilerplate::add);
            }
        }
        return new Try(new Extracted(text.toString(), new OffsetMap(segments), blocks, boilerplate), prose);
    }

    /**
     * Takes in the prose that stands just before the kept text outside the chosen elements: a lead or a
     * standfirst that the page sets apart from the rest of the story. Walking back from the first kept block,
     * short blocks and scraper residue are passed over, prose is taken, and anything else (a link list, a
     * heading-less box, boilerplate, an element that is not near the kept text) ends the walk, as jusText lets
     * good blocks claim their neighbours.
     */
    private static void leads(List<Paragraph> paragraphs, boolean[] keep, Set<Element> roots, String title) {
        int first = 0;
        while (first < keep.length && !keep[first]) {
            first++;
        }
        if (first == keep.length) {
            return;
        }
        // Only within the few levels around the kept text: beyond them stand the page's other columns.
        Set<Element> near = new HashSet<>();
        Element a = paragraphs.get(first).block;
        while (!roots.contains(a)) {
            a = a.parent();
        }
        for (int level = 0; level <= LEAD_LEVELS && a != null && !PAGE.contains(a.normalName()); level++) {
            near.add(a);
            a = a.parent();
        }
        for (int i = first - 1; i >= 0; i--) {
            Paragraph p = paragraphs.get(i);
            String line = p.text.toString();
            if (!inside(p.block, near)) {
                return;
            }
            if (Boilerplate.kind(line).isPresent()) {
                return;
            }
            if (Residue.isResidue(line, title) || line.length() < LEAD && p.linkChars == 0) {
                continue;
            }
            if (line.length() < LEAD || p.linkChars > line.length() * LEAD_LINK_SHARE) {
                return;
            }
            keep[i] = true;
        }
    }

    /**
     * The lists of teasers on the page: elements holding two or more linked headlines with no more than a
     * blurb of text each, as a column of other stories does, where a list article's sections hold prose
     * under theirs.
     */
    private static Set<Element> teaserLists(Element body, List<Paragraph> paragraphs) {
        Map<Element, int[]> headingsAndText = new HashMap<>();
        for (Paragraph p : paragraphs) {
            boolean headline = HEADINGS.contains(p.block.normalName()) && p.linkChars * 2 >= p.text.length();
            for (Element e = p.block; e != null; e = e.parent()) {
                int[] c = headingsAndText.computeIfAbsent(e, k -> new int[2]);
                c[0] += headline ? 1 : 0;
                c[1] += p.text.length() - p.linkChars;
                if (e == body) {
                    break;
                }
            }
        }
        Set<Element> out = new HashSet<>();
        headingsAndText.forEach((e, c) -> {
            if (c[0] >= 2 && c[1] < c[0] * TEASER_TEXT) {
                out.add(e);
            }
        });
        return out;
    }

    /** The table or list a cell or an item stands in, or {@code null}. */
    private static Element group(Element block) {
        for (Element e = block.parent(); e != null; e = e.parent()) {
            if (GROUPS.contains(e.normalName())) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether a paragraph that is mostly a link stands among prose: its parent's text is mostly not link
     * text, so it is a credit or a pointer the story gives in its run ("(Artist: ...)"), which readability.js
     * keeps, not one of a box's links, which it cleans out with the box.
     */
    private static boolean linkInProse(Paragraph p, Map<Element, int[]> containers) {
        if (!p.block.normalName().equals("p") || p.block.parent() == null) {
            return false;
        }
        int[] counts = containers.get(p.block.parent());
        return counts != null && counts[1] < counts[0] * PROSE_LINK_SHARE;
    }

    /** For every element of the given tags, the characters of the paragraphs inside it and those in links. */
    private static Map<Element, int[]> linkCounts(List<Paragraph> paragraphs, Set<String> tags) {
        Map<Element, int[]> counts = new HashMap<>();
        for (Paragraph p : paragraphs) {
            for (Element e = p.block; e != null; e = e.parent()) {
                if (tags.contains(e.normalName())) {
                    int[] c = counts.computeIfAbsent(e, k -> new int[2]);
                    c[0] += p.text.length();
                    c[1] += p.linkChars;
                }
            }
        }
        return counts;
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

    /**
     * Whether an element is a phrase inside a paragraph's running text: a link, or an inline element with
     * text beside it and no block inside. Its class names what it does there ("popup", "tooltip", "share"
     * on a linked word), not a box beside the article, so readability.js never drops a link for its hints.
     */
    private static boolean inRunningText(Element e) {
        if (e.normalName().equals("a")) {
            return true;
        }
        if (BLOCKS.contains(e.normalName()) || e.parent() == null) {
            return false;
        }
        for (Element d : e.getAllElements()) {
            if (BLOCKS.contains(d.normalName())) {
                return false;
            }
        }
        for (TextNode t : e.parent().textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
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
        /** The text standing in the element itself, not in a block inside it. */
        int direct;
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
    private static Set<Element> contentRoots(Element body, List<Paragraph> paragraphs, String articleBody,
                                             Set<Element> teasers) {
        Set<Element> scored = scoredRoots(body, paragraphs, teasers);
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
    private static Set<Element> scoredRoots(Element body, List<Paragraph> paragraphs, Set<Element> teasers) {
        // Elements hash by identity, so only an insertion-ordered map gives the same winner among equals on
        // every run; candidates enter in document order and the first of equal scores wins.
        Map<Element, Candidate> candidates = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            if (p.caption) {
                continue;
            }
            int length = p.text.length();
            int level = 0;
            for (Element e = p.block; e != null; e = e.parent()) {
                Candidate c = candidates.computeIfAbsent(e, k -> new Candidate());
                c.chars += length;
                c.direct += e == p.block ? length : 0;
                c.linkChars += p.linkChars;
                if (e == body) {
                    break;
                }
            }
            if (length < MIN_PARAGRAPH || !PROSE.contains(p.block.normalName())) {
                continue;
            }
            double points = 1 + commas(p.text) + Math.min(length / 100, 3);
            for (Element e = scoredFrom(p.block, body); e != null && level < 3; e = e.parent(), level++) {
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
        // A table or a list whose rows hold the prose is part of an article, not the whole of one: the
        // article is what holds it, with the paragraphs that introduce it and the notes after it.
        while (TABLES.contains(top.normalName()) && top.parent() != null && top.parent() != body) {
            top = top.parent();
        }
        Set<Element> roots = withSiblings(top, score, candidates, teasers);
        // When the siblings taken beside the chosen element hold more of the text than it does, the article
        // is their parent's, and the chosen element only one box in it with a strong class hint.
        int own = ownText(candidates.get(top));
        int beside = 0;
        for (Element r : roots) {
            beside += r == top ? 0 : ownText(candidates.get(r));
        }
        if (beside > own && top.parent() != null && top.parent() != body) {
            return Set.of(top.parent());
        }
        return roots;
    }

    /**
     * The first element a paragraph's points go to, as readability.js finds it once it has rewritten the page:
     * the block itself when its text stands beside blocks of its own (lines split by {@code <br>}, or text
     * beside paragraphs), since such runs are its paragraphs; else the block's parent, or the parent's parent
     * when the parent only wraps the paragraph (a {@code <div>} around each {@code <p>}).
     */
    private static Element scoredFrom(Element block, Element body) {
        if (block == body || !PARAGRAPHS.contains(block.normalName()) && holdsBlocks(block)) {
            return block;
        }
        Element parent = block.parent();
        if (parent != body && parent.childrenSize() == 1 && WRAPPERS.contains(parent.normalName())
                && parent.textNodes().stream().allMatch(TextNode::isBlank)) {
            return parent.parent();
        }
        return parent;
    }

    private static boolean holdsBlocks(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static int ownText(Candidate c) {
        return c == null ? 0 : c.chars - c.linkChars;
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
     * is split across several elements (readability.js does the same); a high scorer that is itself that
     * ancestor (the parent of two parts of one story) counts as one of the parts it holds.
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
                    if (c == a || c.parents().contains(a)) {
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
    private static Set<Element> withSiblings(Element top, double score, Map<Element, Candidate> candidates,
                                             Set<Element> teasers) {
        Set<Element> roots = new HashSet<>();
        roots.add(top);
        Element parent = top.parent();
        if (parent == null) {
            return roots;
        }
        double threshold = Math.max(10, score * 0.2);
        // In an element that names itself the story, a box of prose beside the chosen one is the story's
        // other part (split from it by an ad or a related box), however short.
        boolean story = STORY_TAGS.contains(parent.normalName()) || STORY.matcher(parent.className()).find()
                || STORY.matcher(parent.id()).find() || parent.attr("itemprop").equals("articleBody");
        for (Element sibling : parent.children()) {
            Candidate c = candidates.get(sibling);
            if (sibling == top || c == null || teasers.contains(sibling)) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? score * 0.2 : 0;
            int own = c.chars - c.linkChars;
            boolean paragraph = PARAGRAPHS.contains(sibling.normalName()) || c.direct * 2 >= c.chars;
            boolean prose = c.linkDensity() < 0.25 && (paragraph || story ? own > 80 : own >= ENOUGH);
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
        return score + classWeight(e);
    }

    /**
     * The weight of an element's class and id as readability.js gives it: 25 for each that names content, less
     * 25 for each that names a box.
     */
    private static int classWeight(Element e) {
        int weight = 0;
        for (String hint : new String[] {e.className(), e.id()}) {
            if (!hint.isEmpty()) {
                weight += NEGATIVE.matcher(hint).find() ? -25 : 0;
                weight += POSITIVE.matcher(hint).find() ? 25 : 0;
            }
        }
        return weight;
    }

    /**
     * Whether a block stands, inside the chosen elements, in a box whose class or id weighs against content
     * (a media player's placeholder, a related box named "-ad-" or "promo"): readability.js cleans such boxes
     * out of the article it has chosen, whatever they hold, while the chosen elements themselves stay.
     */
    private static boolean cleanedAway(Element block, Set<Element> roots) {
        for (Element e = block; e != null && !roots.contains(e); e = e.parent()) {
            if (CLEANED.contains(e.normalName()) && classWeight(e) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The commas of a text, in the scripts that write them otherwise too (Arabic, CJK, fullwidth, small). */
    private static int commas(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (COMMAS.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }
}
