package dev.accord.ingest;

import dev.accord.model.Article;
import dev.accord.model.Problem;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Reads any input into articles: it tells the kind of the input from its content (plain text, HTML,
 * an RSS or Atom feed, WARC or WARC.gz, JSON Lines, any of them gzipped), hands it to the reader for
 * that kind, and tells each article's language from its text. Every page it reads, a file, a feed item or
 * an archive record, shares one per-site template memory ({@link SiteTemplates}). Every part that cannot be
 * read becomes a {@link Problem} in the sink and the rest goes on.
 */
public final class Sources {

    /**
     * What the user said, overriding what the readers find.
     *
     * @param published the publication date of every article, or {@code null} to use what each input says
     * @param title     the headline of a single-article input, or {@code null} to detect it
     */
    public record Options(LocalDate published, String title) {
        public static final Options NONE = new Options(null, null);
    }

    private static final String EXPECTED = "expected a news article as text or HTML, a feed, WARC or JSON Lines";

    private final Fetcher fetcher;
    private final TextArticleReader text = new TextArticleReader();
    /** One template memory for every page of the batch, however it came (a file, a feed, an archive). */
    private final HtmlArticleReader html = new HtmlArticleReader(new SiteTemplates());
    private final FeedReader feeds;
    private final WarcArticleReader warc = new WarcArticleReader(html);
    private final JsonLinesReader jsonl = new JsonLinesReader();
    /** The input being read, counted; null before the first. */
    private Counting current;

    /** @param fetcher fetches URL inputs and the pages of feed teasers; {@code null} refuses URLs */
    public Sources(Fetcher fetcher) {
        this.fetcher = fetcher;
        this.feeds = new FeedReader(fetcher, html);
    }

    /** Reads every article in {@code input} into {@code sink}. */
    public void read(Input input, Options options, Sink sink) {
        current = null;
        Sink checked = new Languaged(options, sink);
        if (input.url() != null) {
            readUrl(input, options, checked);
            return;
        }
        try (InputStream in = counted(input.open())) {
            in.mark(Kind.SNIFF_BYTES + 1);
            byte[] head = in.readNBytes(Kind.SNIFF_BYTES);
            in.reset();
            read(input, Kind.sniff(head, head.length), head, in, null, options, checked);
        } catch (IOException e) {
            sink.problem(new Problem(input.name(), "cannot be read (" + e.getMessage() + ")"));
        }
    }

    /**
     * How many bytes of the input being read the readers have taken so far (of the file as stored, before
     * any gzip is unpacked); 0 between inputs and for URLs. With {@link Input#size()} it says how far a
     * long input (a WARC, a JSON Lines corpus) has come.
     */
    public long position() {
        return current == null ? 0 : current.count;
    }

    private InputStream counted(InputStream in) {
        current = new Counting(in);
        return current;
    }

    /** A stream that counts what is read of it, mark and reset included. */
    private static final class Counting extends FilterInputStream {
        long count;
        long marked;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }
    }

    private void readUrl(Input input, Options options, Sink sink) {
        if (fetcher == null) {
            sink.problem(new Problem(input.name(), "URLs are not fetched here; expected a file, a folder or -"));
            return;
        }
        Fetcher.Fetched page;
        try {
            page = fetcher.fetch(input.name(), input.url());
        } catch (UnreadableInputException e) {
            sink.problem(e.problem());
            return;
        }
        readPage(input.name(), page, options, sink);
    }

    /**
     * Reads a page or feed fetched elsewhere ({@code accord watch} polls with {@link Fetcher#poll}) into
     * {@code sink}, as a URL input is read once fetched; problems are named by {@code name}.
     */
    public void read(String name, Fetcher.Fetched page, Options options, Sink sink) {
        readPage(name, page, options, new Languaged(options, sink));
    }

    private void readPage(String name, Fetcher.Fetched page, Options options, Sink sink) {
        byte[] body = page.body();
        try {
            read(Input.url(page.url()), Kind.sniff(body, body.length), body, new ByteArrayInputStream(body),
                    page.charset(), options, renamed(name, sink));
        } catch (IOException e) {
            sink.problem(new Problem(name, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    private void read(Input input, Kind kind, byte[] head, InputStream in, String charset, Options options, Sink sink)
            throws IOException {
        String name = input.name();
        switch (kind) {
            case EMPTY -> sink.problem(new Problem(name, "empty file (0 bytes); " + EXPECTED));
            case BINARY -> sink.problem(new Problem(name, "binary content (a NUL byte at offset "
                    + Decoding.indexOf(head, (byte) 0) + "); " + EXPECTED));
            case WARC -> warc.read(name, in, sink);
            case JSONL -> jsonl.read(name, in, sink);
            case GZIP -> readGzip(input, head, in, options, sink);
            case TEXT, HTML, FEED -> {
                byte[] bytes;
                try {
                    bytes = Input.readLimited(name, in, Input.MAX_BYTES, "a single news article or feed");
                } catch (UnreadableInputException e) {
                    sink.problem(e.problem());
                    return;
                }
                readWhole(input, kind, bytes, charset, options, sink);
            }
        }
    }

    private void readWhole(Input input, Kind kind, byte[] bytes, String charset, Options options, Sink sink) {
        try {
            switch (kind) {
                case FEED -> feeds.read(input.name(), bytes, sink);
                case HTML -> {
                    Article a = html.read(input.name(), bytes, new HtmlArticleReader.Context(input.sourceName(),
                            input.url() == null ? null : input.url().toString(), charset, null, null));
                    sink.article(options.title() == null ? a : new Article(a.id(), a.source(), options.title(),
                            a.published(), a.language(), a.text(), a.url(), a.canonicalUrl(), a.outlet(), a.author(),
                            a.rawOffsets()));
                }
                default -> sink.article(text.read(input.name(), input.sourceName(), bytes,
                        new TextArticleReader.Options(null, options.title())));
            }
        } catch (UnreadableInputException e) {
            sink.problem(e.problem());
        }
    }

    /** A gzipped WARC goes to the WARC reader whole (it reads gzip members itself); anything else is unpacked. */
    private void readGzip(Input input, byte[] head, InputStream in, Options options, Sink sink) throws IOException {
        byte[] innerHead;
        try (InputStream peek = new GZIPInputStream(new ByteArrayInputStream(head))) {
            innerHead = readWhatCan(peek, Kind.SNIFF_BYTES);
        }
        Kind inner = Kind.sniff(innerHead, innerHead.length);
        if (inner == Kind.WARC) {
            warc.read(input.name(), in, sink);
            return;
        }
        if (inner == Kind.GZIP) {
            sink.problem(new Problem(input.name(), "gzip inside gzip; " + EXPECTED));
            return;
        }
        try (InputStream unpacked = new java.io.BufferedInputStream(new GZIPInputStream(in), 1 << 16)) {
            read(input, inner, innerHead, unpacked, null, options, sink);
        } catch (IOException e) {
            sink.problem(new Problem(input.name(), "damaged or truncated gzip (" + e.getMessage() + "); " + EXPECTED));
        }
    }

    /** Reads up to {@code limit} bytes, keeping what came before a truncation or damage. */
    private static byte[] readWhatCan(InputStream in, int limit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[512];
        try {
            int n;
            while (out.size() < limit && (n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // The head is only sniffed; what was read before the end of the sample is enough.
        }
        return out.toByteArray();
    }

    /** Problems of a fetched URL are named by the URL the user gave, not where it redirected. */
    private static Sink renamed(String name, Sink sink) {
        return new Sink() {
            @Override
            public void article(Article article) {
                sink.article(article);
            }

            @Override
            public void problem(Problem problem) {
                sink.problem(problem.input().equals(name) || problem.input().startsWith(name)
                        ? problem : new Problem(name + " → " + problem.input(), problem.reason()));
            }
        };
    }

    /**
     * Passes on every article with its language and the user's date applied. The text decides over a page's
     * declaration, which is often a site default; where the text cannot tell, the declaration stands.
     */
    private record Languaged(Options options, Sink sink) implements Sink {
        Languaged {
            Objects.requireNonNull(sink, "sink");
        }

        @Override
        public void article(Article article) {
            String guessed = Languages.guess(article.text());
            Article a = guessed.equals("und") || guessed.equals(article.language()) ? article
                    : article.withLanguage(guessed);
            if (options.published() != null) {
                a = new Article(a.id(), a.source(), a.title(), options.published(), a.language(), a.text(), a.url(),
                        a.canonicalUrl(), a.outlet(), a.author(), a.rawOffsets());
            }
            sink.article(a);
        }

        @Override
        public void problem(Problem problem) {
            sink.problem(problem);
        }
    }
}
