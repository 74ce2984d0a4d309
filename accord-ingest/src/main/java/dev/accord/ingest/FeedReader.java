package dev.accord.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.accord.model.Article;
import dev.accord.model.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed: every item is an article, from the HTML of its content
 * or summary, or, when that is only a teaser, from the page its link points to (fetched when a
 * {@link Fetcher} is given; the teaser stands in when the page cannot be fetched).
 */
public final class FeedReader {

    /** Item content shorter than this is a teaser; the linked page holds the article. */
    static final int TEASER_LENGTH = 400;

    private final HtmlArticleReader html;
    private final Fetcher fetcher;

    /** @param fetcher fetches the pages of teaser items, or {@code null} to use the teasers as they are */
    public FeedReader(Fetcher fetcher) {
        this(fetcher, new HtmlArticleReader());
    }

    /** A feed reader whose pages are read by {@code html}, which shares its template memory with a batch. */
    FeedReader(Fetcher fetcher, HtmlArticleReader html) {
        this.fetcher = fetcher;
        this.html = html;
    }

    public void read(String inputName, byte[] bytes, Sink sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            // DOCTYPEs stay refused (Rome's default): they are how XML external entity attacks start.
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            sink.problem(new Problem(inputName, "malformed feed (" + oneLine(e.getMessage())
                    + "); expected RSS or Atom XML"));
            return;
        } catch (RuntimeException e) {
            sink.problem(new Problem(inputName, "malformed feed (" + e.getClass().getSimpleName() + ": "
                    + oneLine(e.getMessage()) + "); expected RSS or Atom XML"));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.problem(new Problem(inputName, "feed has no items; expected at least one article"));
            return;
        }
        String outlet = feed.getTitle();
        for (int i = 0; i < entries.size(); i++) {
            String itemName = inputName + "#item" + (i + 1);
            // The sink is called outside the try: what the sink throws (a store that failed) is not the item's fault.
            Article article;
            try {
                article = item(itemName, entries.get(i), outlet);
            } catch (UnreadableInputException e) {
                sink.problem(e.problem());
                continue;
            } catch (RuntimeException e) {
                sink.problem(new Problem(itemName, "item cannot be read (" + e.getClass().getSimpleName() + ": "
                        + oneLine(e.getMessage()) + "); expected an item with HTML or text content"));
                continue;
            }
            sink.article(article);
        }
    }

    private Article item(String itemName, SyndEntry entry, String outlet) throws UnreadableInputException {
        String link = entry.getLink() == null ? null : entry.getLink().strip();
        String content = entry.getContents().stream().map(SyndContent::getValue)
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("\n"));
        if (content.isBlank() && entry.getDescription() != null) {
            content = entry.getDescription().getValue();
        }
        content = content == null ? "" : content;
        LocalDate date = toDate(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
        String title = entry.getTitle() == null ? null : entry.getTitle().strip();
        String source = link != null && !link.isEmpty() ? link : itemName;
        boolean teaser = plainLength(content) < TEASER_LENGTH;
        if (teaser && fetcher != null && link != null && link.matches("(?i)https?://.*")) {
            try {
                return fetchedPage(itemName, link, title, date, outlet);
            } catch (UnreadableInputException e) {
                // The teaser is still the item's own words; only an item with none has nothing to fall back on.
                if (plainLength(content) == 0) {
                    throw e;
                }
            }
        }
        if (content.isBlank()) {
            throw new UnreadableInputException(itemName, "feed item has no content and no link to fetch; expected "
                    + "its text or a link to its page");
        }
        String wrapped = "<html><body><article>" + content + "</article></body></html>";
        Article a = html.readDecoded(itemName, wrapped, new HtmlArticleReader.Context(source, link, null, title, date));
        String author = entry.getAuthor() == null || entry.getAuthor().isBlank() ? a.author() : entry.getAuthor();
        // The offsets index the item's content as wrapped here, not the feed file; they say nothing useful.
        return new Article(a.id(), a.source(), title != null ? title : a.title(), date != null ? date : a.published(),
                a.language(), a.text(), link, a.canonicalUrl(), outlet, author, null);
    }

    private Article fetchedPage(String itemName, String link, String title, LocalDate date, String outlet)
            throws UnreadableInputException {
        Fetcher.Fetched page = fetcher.fetch(itemName, java.net.URI.create(link));
        Article fetched = html.read(itemName, page.body(), new HtmlArticleReader.Context(page.url().toString(),
                page.url().toString(), page.charset(), title, date));
        return fetched.outlet() == null && outlet != null ? fetched.withWeb(fetched.url(), fetched.canonicalUrl(),
                outlet, fetched.author(), fetched.rawOffsets()) : fetched;
    }

    private static int plainLength(String html) {
        return html.replaceAll("<[^>]*>", "").strip().length();
    }

    private static LocalDate toDate(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static String oneLine(String message) {
        return message == null ? "no detail" : message.replaceAll("\\s+", " ").strip();
    }
}
