package dev.accord.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a web page says about its article, from the places publishers put it, most reliable first:
 * JSON-LD ({@code NewsArticle}), Open Graph and {@code article:} meta tags, other meta tags,
 * {@code <time>} elements, {@code <link rel=canonical>}, the {@code <html lang>} attribute, and finally
 * the URL itself (a date in its path, the outlet from its host).
 *
 * @param title        the headline
 * @param published    the publication date
 * @param outlet       the publication's name
 * @param author       the author or authors, comma-separated
 * @param canonicalUrl the page's own address for itself
 * @param language     the declared language, an ISO 639-1 code
 * @param articleBody  the article's text as its JSON-LD gives it ({@code articleBody}), or {@code null}; it guides
 *                     which element of the page is the article, and is never the text itself, which must map
 *                     back to the HTML
 */
record PageMetadata(String title, LocalDate published, String outlet, String author, String canonicalUrl,
                    String language, String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A byline longer than this is a bio box or a list of articles, not a byline. */
    private static final int MAX_BYLINE = 100;
    /** What sites put between a headline and their name in {@code <title>}. */
    /** The CDATA markers some sites wrap JSON-LD in, bare or behind a line comment, which JSON does not allow. */
    private static final Pattern CDATA = Pattern.compile("(?://\\s*)?(?:<!\\[CDATA\\[|]]>)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The share of a declared title's words the page's {@code <title>} must hold for the two to agree. */
    private static final double SAME_TITLE = 0.75;
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");

    static PageMetadata of(Document doc, String url) {
        JsonNode ld = newsArticle(doc);
        // Gathered once: each field below asks for several names, and a page may hold hundreds of elements.
        Elements metas = doc.getElementsByTag("meta");
        Optional<String> title = first(
                declaredTitle(ld, doc),
                // A term as an RDFa property (its vocabulary's own form) before the same term as a plain name.
                meta(metas, "property", "dc:title", "dcterm:title"),
                meta(metas, "name", "dc.title", "dcterm.title", "dcterms.title"),
                meta(metas, "property", "og:title"),
                meta(metas, "name", "og:title", "twitter:title", "parsely-title"),
                Optional.of(documentTitle(doc)),
                Optional.ofNullable(doc.selectFirst("article h1, h1")).map(Element::text))
                .map(t -> t.strip().replaceAll("\\s+", " "));
        LocalDate published = first(
                text(ld, "datePublished"),
                meta(metas, "property", "article:published_time"),
                meta(metas, "itemprop", "datePublished"),
                meta(metas, "name", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dcterms.date",
                        "dc.date.issued", "sailthru.date", "parsely-pub-date", "article.published"),
                Optional.ofNullable(doc.selectFirst("time[pubdate], article time[datetime], time[datetime]"))
                        .map(t -> t.hasAttr("datetime") ? t.attr("datetime") : t.text()))
                .flatMap(Dates::parse).or(() -> Dates.fromUrl(url)).orElse(null);
        String outlet = first(
                meta(metas, "property", "og:site_name"),
                ld == null ? Optional.empty() : text(ld.path("publisher"), "name"),
                meta(metas, "name", "application-name"),
                host(url)).orElse(null);
        String author = first(
                authors(ld),
                meta(metas, "property", "dc:creator", "dcterm:creator", "author", "article:author")
                        .filter(a -> !a.startsWith("http")),
                meta(metas, "name", "dc.creator", "dcterm.creator", "dcterms.creator", "author", "byl",
                        "parsely-author"),
                byline(doc))
                .map(a -> a.replaceFirst("(?i)^by\\s+", "")).orElse(null);
        String canonical = first(
                Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]")).map(l -> l.absUrl("href"))
                        .filter(h -> !h.isEmpty()),
                meta(metas, "property", "og:url")).orElse(null);
        String language = first(
                Optional.ofNullable(doc.selectFirst("html[lang]")).map(h -> h.attr("lang")),
                meta(metas, "http-equiv", "content-language"),
                meta(metas, "property", "og:locale"))
                .map(l -> l.strip().toLowerCase(Locale.ROOT).split("[-_]")[0]).filter(l -> l.length() == 2)
                .orElse(null);
        return new PageMetadata(title.orElse(null), published, outlet, author, canonical, language,
                text(ld, "articleBody").filter(b -> !b.isBlank()).orElse(null));
    }

    /**
     * The headline in a page's {@code <title>}, which often carries the site's name too: {@code "Leaders meet
     * in Astana | The Astana Times"} is titled {@code "Leaders meet in Astana"}. The part before the last
     * separator is taken, or the part after the first when that leaves under three words, or the part a heading
     * of the page repeats, which is the headline whatever its length; else a title of four
     * words or fewer once cut is kept whole ({@code "Mozilla - Wikipedia"}), since a name alone is no headline.
     * A title with a colon is cut after it the same way, unless a heading repeats it whole. An over-long
     * {@code <title>} gives way to the page's only {@code <h1>}.
     */
    static String documentTitle(Document doc) {
        String whole = doc.title().strip().replaceAll("\\s+", " ");
        Matcher sep = SEPARATOR.matcher(whole);
        String title = whole;
        List<String> headings = doc.select("h1, h2").stream().map(h -> h.text().strip()).toList();
        for (String part : SEPARATOR.split(whole)) {
            if (!part.isBlank() && headings.contains(part.strip()) && !part.strip().equals(whole)) {
                return part.strip();
            }
        }
        if (sep.find()) {
            int firstEnd = sep.end();
            int lastStart = sep.start();
            while (sep.find()) {
                lastStart = sep.start();
            }
            title = whole.substring(0, lastStart);
            if (words(title) < 3) {
                title = whole.substring(firstEnd);
            }
        } else if (whole.contains(": ")) {
            if (!headings.contains(whole)) {
                title = whole.substring(whole.lastIndexOf(": ") + 2);
                if (words(title) < 3) {
                    title = whole.substring(whole.indexOf(": ") + 2);
                } else if (words(whole.substring(0, whole.indexOf(": "))) > 5) {
                    title = whole;
                }
            }
        } else if (whole.length() > 150) {
            List<Element> h1 = doc.select("h1");
            if (h1.size() == 1 && !h1.get(0).text().isBlank()) {
                title = h1.get(0).text();
            }
        }
        title = title.strip();
        return words(title) <= 4 && !title.equals(whole) ? whole : title;
    }

    /**
     * The JSON-LD headline, or its {@code name} where only that one agrees with the page's {@code <title>}: some
     * pages put a description of the page's kind in {@code headline} ("Wikimedia list article") or the site's
     * name in {@code name}, so each is taken only when most of its words are in the title (readability.js
     * checks the two the same way). With no {@code <title>} to check against, the headline is taken.
     */
    private static Optional<String> declaredTitle(JsonNode ld, Document doc) {
        Optional<String> headline = text(ld, "headline").filter(h -> !h.isBlank());
        Set<String> page = wordSet(doc.title());
        if (page.isEmpty()) {
            return headline;
        }
        return Stream.of(headline, text(ld, "name")).flatMap(Optional::stream)
                .filter(t -> mostIn(wordSet(t), page)).findFirst();
    }

    private static Set<String> wordSet(String s) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether at least {@link #SAME_TITLE} of {@code words} are in {@code page}. */
    private static boolean mostIn(Set<String> words, Set<String> page) {
        if (words.isEmpty()) {
            return false;
        }
        long in = words.stream().filter(page::contains).count();
        return in >= words.size() * SAME_TITLE;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The page's own byline: an element marked as the author, or whose class or id says byline or author. */
    private static Optional<String> byline(Document doc) {
        for (Element e : doc.select("[rel=author], [itemprop~=(?i)\\bauthor\\b], [class~=(?i)byline|author"
                + "|writtenby], [id~=(?i)byline|author|writtenby]")) {
            String text = e.text().strip();
            if (text.length() >= 3 && text.length() <= MAX_BYLINE && !text.startsWith("http")) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static <T> Optional<T> first(Optional<T>... candidates) {
        return Stream.of(candidates).flatMap(Optional::stream)
                .filter(v -> !(v instanceof String s) || !s.isBlank()).findFirst();
    }

    private static Optional<String> meta(Elements metas, String attribute, String... names) {
        for (String name : names) {
            for (Element m : metas) {
                // RDFa lets one tag carry several properties: property="og:title twitter:title".
                boolean named = Stream.of(m.attr(attribute).strip().split("\\s+")).anyMatch(name::equalsIgnoreCase);
                if (named && !m.attr("content").isBlank()) {
                    return Optional.of(m.attr("content").strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> host(String url) {
        try {
            String host = url == null ? null : URI.create(url).getHost();
            return Optional.ofNullable(host).map(h -> h.replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        if (node == null) {
            return Optional.empty();
        }
        JsonNode v = node.path(field);
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static Optional<String> authors(JsonNode ld) {
        if (ld == null) {
            return Optional.empty();
        }
        JsonNode a = ld.path("author");
        List<String> names = new ArrayList<>();
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            if (n.isTextual()) {
                names.add(n.asText());
            } else if (n.path("name").isTextual()) {
                names.add(n.path("name").asText());
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }

    /** The first JSON-LD object typed as an article, searching arrays and {@code @graph}s. */
    private static JsonNode newsArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(CDATA.matcher(script.data()).replaceAll("")));
                if (found != null) {
                    return found;
                }
            } catch (java.io.IOException e) {
                // Broken JSON-LD is common; the meta tags still speak.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (node.isObject()) {
            String type = node.path("@type").toString();
            if (type.contains("Article") || type.contains("BlogPosting")) {
                return node;
            }
            return findArticle(node.get("@graph"));
        }
        return null;
    }
}
