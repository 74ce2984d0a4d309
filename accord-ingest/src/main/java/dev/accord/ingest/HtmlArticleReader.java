package dev.accord.ingest;

import dev.accord.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a saved or fetched web page: its main content as clean text with an offset map back to the
 * HTML, and its metadata (title, date, outlet, author, canonical URL, language).
 */
public final class HtmlArticleReader {

    private final SiteTemplates templates;

    /** A reader with a template memory of its own, for one batch. */
    public HtmlArticleReader() {
        this(new SiteTemplates());
    }

    /** A reader that shares {@code templates} with the other readers of a batch. */
    public HtmlArticleReader(SiteTemplates templates) {
        this.templates = java.util.Objects.requireNonNull(templates, "templates");
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
    /** A page whose main content is shorter than this holds no article (an index page, an error page). */
    static final int MIN_TEXT = 80;

    /**
     * What is known about a page before it is read.
     *
     * @param source         the name the article's identity comes from
     * @param url            where it was fetched or archived from, or {@code null}
     * @param declaredCharset the charset an HTTP header declared, or {@code null}
     * @param fallbackTitle  a title from a feed item, used when the page names none
     * @param fallbackDate   a date from a feed item or archive record, used when the page gives none
     */
    public record Context(String source, String url, String declaredCharset, String fallbackTitle,
                          LocalDate fallbackDate) {
    }

    public Article read(String inputName, byte[] bytes, Context context) throws UnreadableInputException {
        String declared = context.declaredCharset();
        if (declared == null) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096),
                    StandardCharsets.ISO_8859_1));
            declared = m.find() ? m.group(1) : null;
        }
        String html = Decoding.decode(inputName, bytes, declared).text();
        return readDecoded(inputName, html, context);
    }

    /** Reads HTML already decoded, such as the content of a feed item. */
    public Article readDecoded(String inputName, String html, Context context) throws UnreadableInputException {
        Document doc = Jsoup.parse(html, context.url() == null ? "" : context.url(),
                Parser.htmlParser().setTrackPosition(true));
        PageMetadata meta = PageMetadata.of(doc, context.url());
        String title = meta.title() != null ? meta.title() : context.fallbackTitle();
        Element body = doc.body();
        if (body == null || !body.hasText()) {
            throw new UnreadableInputException(inputName, "HTML with no text in its body; expected a page "
                    + "holding a news article");
        }
        String host = host(context.url() != null ? context.url() : meta.canonicalUrl());
        MainContent.Extracted content = MainContent.extract(doc, html, title, meta.articleBody(),
                blocks -> templates.template(host, blocks));
        templates.remember(host, content.blocks());
        if (content.text().length() < MIN_TEXT) {
            if (!content.boilerplate().isEmpty()) {
                throw new UnreadableInputException(inputName, "only " + String.join(" and ",
                        content.boilerplate()) + ", no article text (" + content.text().length()
                        + " characters left); expected a page holding a news article");
            }
            throw new UnreadableInputException(inputName, "HTML with no article content (" + content.text().length()
                    + " characters of text once navigation, links and boilerplate are left out); expected a page "
                    + "holding a news article");
        }
        LocalDate published = meta.published() != null ? meta.published()
                : context.fallbackDate() != null ? context.fallbackDate()
                : Dates.fromDateline(content.text()).orElse(null);
        String language = meta.language() == null ? "en" : meta.language();
        return Article.of(context.source(), title, published, language, content.text())
                .withWeb(context.url(), meta.canonicalUrl(), meta.outlet(), meta.author(), content.offsets());
    }

    /** The site a page belongs to, for its template: the host of its address, without "www.". */
    private static String host(String url) {
        try {
            String h = url == null ? null : java.net.URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
