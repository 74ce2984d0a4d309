package dev.accord.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 */
record PageMetadata(String title, LocalDate published, String outlet, String author, String canonicalUrl,
                    String language) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static PageMetadata of(Document doc, String url) {
        JsonNode ld = newsArticle(doc);
        Optional<String> title = first(
                text(ld, "headline"),
                meta(doc, "property", "og:title"),
                meta(doc, "name", "twitter:title"),
                Optional.ofNullable(doc.selectFirst("article h1, h1")).map(Element::text),
                Optional.of(doc.title()).map(PageMetadata::withoutOutlet));
        LocalDate published = first(
                text(ld, "datePublished"),
                meta(doc, "property", "article:published_time"),
                meta(doc, "itemprop", "datePublished"),
                meta(doc, "name", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dcterms.date",
                        "dc.date.issued", "sailthru.date", "parsely-pub-date", "article.published"),
                Optional.ofNullable(doc.selectFirst("time[pubdate], article time[datetime], time[datetime]"))
                        .map(t -> t.hasAttr("datetime") ? t.attr("datetime") : t.text()))
                .flatMap(Dates::parse).or(() -> Dates.fromUrl(url)).orElse(null);
        String outlet = first(
                meta(doc, "property", "og:site_name"),
                ld == null ? Optional.empty() : text(ld.path("publisher"), "name"),
                meta(doc, "name", "application-name"),
                host(url)).orElse(null);
        String author = first(
                authors(ld),
                meta(doc, "name", "author", "byl", "parsely-author", "dc.creator"),
                meta(doc, "property", "article:author").filter(a -> !a.startsWith("http")),
                Optional.ofNullable(doc.selectFirst("[rel=author], [itemprop=author]")).map(Element::text))
                .map(a -> a.replaceFirst("(?i)^by\\s+", "")).orElse(null);
        String canonical = first(
                Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]")).map(l -> l.absUrl("href"))
                        .filter(h -> !h.isEmpty()),
                meta(doc, "property", "og:url")).orElse(null);
        String language = first(
                Optional.ofNullable(doc.selectFirst("html[lang]")).map(h -> h.attr("lang")),
                meta(doc, "http-equiv", "content-language"),
                meta(doc, "property", "og:locale"))
                .map(l -> l.strip().toLowerCase(Locale.ROOT).split("[-_]")[0]).filter(l -> l.length() == 2)
                .orElse(null);
        return new PageMetadata(title.orElse(null), published, outlet, author, canonical, language);
    }

    /** {@code "Leaders meet in Astana | The Astana Times"} is titled {@code "Leaders meet in Astana"}. */
    static String withoutOutlet(String title) {
        String[] parts = title.split("\\s+[|–—]\\s+|\\s+-\\s+");
        return parts.length > 1 ? parts[0].strip() : title.strip();
    }

    @SafeVarargs
    private static <T> Optional<T> first(Optional<T>... candidates) {
        return Stream.of(candidates).flatMap(Optional::stream)
                .filter(v -> !(v instanceof String s) || !s.isBlank()).findFirst();
    }

    private static Optional<String> meta(Document doc, String attribute, String... names) {
        for (String name : names) {
            for (Element m : doc.select("meta[" + attribute + "][content]")) {
                if (m.attr(attribute).equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
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
                JsonNode found = findArticle(JSON.readTree(script.data()));
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
