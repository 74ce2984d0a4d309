package dev.accord.eval;

import dev.accord.ingest.Fingerprints;
import dev.accord.ingest.HtmlArticleReader;
import dev.accord.ingest.UnreadableInputException;
import dev.accord.model.Article;
import dev.accord.pipeline.Deduplication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Measures the near-duplicate detector on a set built from a corpus by the edits outlets make when they
 * reprint a wire story: a dateline and agency tag, a byline or credit line, a trailing "Read more" or
 * repeated headline, a dropped closing paragraph, a few words changed, paragraphs re-broken, the story
 * cut short. Half of the corpus is indexed; reprints of it must be found (recall), while the other
 * half and reprints of it, which are different stories, must not match anything (precision). Different
 * stories in one site's template ({@link #sameSite}) must never be taken for one article. Every check runs
 * the rule every face uses, {@link Deduplication}: a signature's candidate confirmed on the texts.
 *
 * <p>The edits are drawn from a seeded random generator, so a run is repeatable.
 */
public final class DedupEvaluation {

    /** One article of the corpus. */
    public record Story(String id, String text) {
        public Story {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The outcome over every query.
     *
     * @param positives      reprints of indexed stories
     * @param negatives      queries that have no indexed original
     * @param truePositives  reprints matched to their own original
     * @param falsePositives queries matched to a story they are not a reprint of
     * @param falseNegatives reprints not matched to their original
     */
    public record Result(int indexed, int positives, int negatives, int truePositives, int falsePositives,
                         int falseNegatives, double threshold) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return positives == 0 ? 1.0 : (double) truePositives / positives;
        }
    }

    /**
     * Different stories in one site's template, read by the page reader as a feed of that site would be.
     *
     * @param templates   dev pages whose layout became a template
     * @param pairs       pairs of different stories put in one template, half of them cut to a short brief
     * @param unreadable  pairs with a page the reader found no article in (a problem, not a merge)
     * @param falseMerges the pairs judged one article, each named by its template and stories
     */
    public record SiteResult(int templates, int pairs, int unreadable, List<String> falseMerges) {
        public SiteResult {
            falseMerges = List.copyOf(falseMerges);
        }
    }

    /** Reprints made of each indexed story. */
    static final int VARIANTS = 3;
    /** Words a story of a same-site brief pair is cut to: shorter than the rule's long texts. */
    public static final int BRIEF_WORDS = 30;
    /** Words of a story that head its page, as its headline. */
    private static final int HEADLINE_WORDS = 8;

    private static final String[] OUTLETS = {"Steppe Daily", "Caspian Wire", "Eurasia Monitor", "Silk Road Post"};
    private static final String[] CITIES = {"ASTANA", "TASHKENT", "GENEVA", "NAIROBI", "MANILA", "LIMA"};

    private DedupEvaluation() {
    }

    /**
     * Indexes every other story by the rule every face uses ({@link Deduplication}), then checks reprints of
     * them (each must be a copy of its own original) and the other stories and their reprints (none may be
     * a copy of anything).
     */
    public static Result run(List<Story> corpus, long seed) {
        Random random = new Random(seed);
        Deduplication.Batch index = new Deduplication.Batch();
        List<Story> indexed = new ArrayList<>();
        List<Story> held = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            (i % 2 == 0 ? indexed : held).add(corpus.get(i));
        }
        indexed.forEach(s -> index.take(article(s.id(), s.text())));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int positives = 0;
        int negatives = 0;
        for (Story s : indexed) {
            for (int v = 0; v < VARIANTS; v++) {
                positives++;
                Optional<String> found = copyOf(index, article(s.id() + "#reprint" + v, reprint(s.text(), random)));
                if (found.isPresent() && found.get().equals(article(s.id(), s.text()).id())) {
                    tp++;
                } else {
                    fn++;
                    if (found.isPresent()) {
                        fp++;
                    }
                }
            }
        }
        for (Story s : held) {
            for (String query : List.of(s.text(), reprint(s.text(), random))) {
                negatives++;
                if (copyOf(index, article(s.id() + "#query", query)).isPresent()) {
                    fp++;
                }
            }
        }
        return new Result(indexed.size(), positives, negatives, tp, fp, fn, Fingerprints.THRESHOLD);
    }

    /**
     * Puts different stories in the templates of real pages (each page with its article, its structured data
     * and its summary taken out: its header, menus, banners, related lists and footer stay; each story is
     * headed by its first words), reads each page with the page reader, and counts the pairs of one template
     * that the rule takes for one article. Each template gets two
     * pairs: two whole stories, and two stories cut to a brief of {@value #BRIEF_WORDS} words, where the
     * template is most of what the pages share.
     *
     * @param pages each page, with the article text a good reader keeps of it, by its name
     */
    public static SiteResult sameSite(List<Story> stories, Map<String, SitePage> pages) {
        HtmlArticleReader reader = new HtmlArticleReader();
        int templates = 0;
        int pairs = 0;
        int unreadable = 0;
        List<String> merges = new ArrayList<>();
        int next = 0;
        for (Map.Entry<String, SitePage> page : pages.entrySet()) {
            Optional<Template> template = Template.of(page.getValue());
            if (template.isEmpty() || stories.size() < 2) {
                continue;
            }
            templates++;
            for (boolean brief : List.of(false, true)) {
                Story a = stories.get(next++ % stories.size());
                Story b = stories.get(next++ % stories.size());
                pairs++;
                Deduplication.Batch site = new Deduplication.Batch();
                try {
                    site.take(read(reader, template.get(), page.getKey(), a, brief));
                    Deduplication.Verdict v = site.take(read(reader, template.get(), page.getKey(), b, brief));
                    if (!(v instanceof Deduplication.Verdict.New)) {
                        merges.add(page.getKey() + ": " + a.id() + " and " + b.id() + (brief ? " (briefs)" : ""));
                    }
                } catch (UnreadableInputException e) {
                    unreadable++;
                }
            }
        }
        return new SiteResult(templates, pairs, unreadable, merges);
    }

    private static Article read(HtmlArticleReader reader, Template template, String site, Story story,
                                boolean brief) throws UnreadableInputException {
        String text = brief ? firstWords(story.text(), BRIEF_WORDS) : story.text();
        String url = "https://" + site + ".example/" + Integer.toHexString(story.id().hashCode());
        return reader.readDecoded(url, template.page(firstWords(story.text(), HEADLINE_WORDS),
                Arrays.asList(text.strip().split("\n+"))), new HtmlArticleReader.Context(url, url, null, null, null));
    }

    private static Article article(String id, String text) {
        return Article.of(id, null, null, "en", text);
    }

    private static Optional<String> copyOf(Deduplication.Batch index, Article query) {
        Deduplication.Verdict v = Deduplication.check(index, query.id(), Fingerprints.of(query.text()), () -> query);
        return v instanceof Deduplication.Verdict.Copy c ? Optional.of(c.original()) : Optional.empty();
    }

    /** A real page and the article text a good reader keeps of it (the dev pages' expected body). */
    public record SitePage(String html, String article) {
        public SitePage {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(article, "article");
        }
    }

    /** A real page with its article taken out, into which other paragraphs can be put. */
    private record Template(Document page, int container) {

        private static final String BLOCKS = "p, li, blockquote, pre, h2, h3, h4, h5, h6, figcaption, td, dd, dt";
        /** Shorter blocks ("Share", "Next") are as likely the template's as the article's, and stay. */
        private static final int LEAST_CHARS = 15;

        /**
         * The template of {@code page}: every block whose text is part of its article removed, and with them the
         * page's structured data and summary, which describe that article; none where no article block is found.
         */
        static Optional<Template> of(SitePage page) {
            Document doc = Jsoup.parse(page.html());
            String article = normalise(page.article());
            Element container = null;
            for (Element e : doc.select(BLOCKS)) {
                String text = normalise(e.text());
                if (text.length() >= LEAST_CHARS && article.contains(text) && e.parent() != null) {
                    container = container == null ? e.parent() : container;
                    e.remove();
                }
            }
            for (Element e : doc.select("div, section, article, td")) {
                String own = normalise(e.ownText());
                if (own.length() >= LEAST_CHARS && article.contains(own)) {
                    e.textNodes().forEach(org.jsoup.nodes.Node::remove);
                    container = container == null ? e : container;
                }
            }
            if (container == null || container.ownerDocument() == null) {
                return Optional.empty();
            }
            doc.select("script[type=application/ld+json], meta[name=description], meta[property=og:description]")
                    .remove();
            return Optional.of(new Template(doc, doc.getAllElements().indexOf(container)));
        }

        private static String normalise(String text) {
            return String.join(" ", Fingerprints.words(text));
        }

        /** The page with {@code paragraphs} where its article was, headed {@code title} as a site heads a story. */
        String page(String title, List<String> paragraphs) {
            Document copy = page.clone();
            Element at = copy.getAllElements().get(container);
            for (String p : paragraphs) {
                at.appendElement("p").text(p);
            }
            copy.title(title);
            copy.select("meta[property=og:title], meta[name=twitter:title]").attr("content", title);
            copy.select("h1").forEach(h -> h.text(title));
            return copy.outerHtml();
        }
    }

    /** A reprint of {@code text} with two to four of the edits, chosen at random. */
    static String reprint(String text, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.strip().split("\n+")));
        int edits = 2 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            switch (random.nextInt(7)) {
                case 0 -> paragraphs.set(0, CITIES[random.nextInt(CITIES.length)] + " ("
                        + OUTLETS[random.nextInt(OUTLETS.length)] + ") — " + paragraphs.get(0));
                case 1 -> paragraphs.add(0, "By " + OUTLETS[random.nextInt(OUTLETS.length)] + " staff");
                case 2 -> paragraphs.add(random.nextBoolean() ? "Read more: " + firstWords(text, 6)
                        : "Reporting by " + OUTLETS[random.nextInt(OUTLETS.length)] + "; editing by the desk");
                case 3 -> {
                    if (paragraphs.size() >= 3) {
                        paragraphs.remove(paragraphs.size() - 1);
                    }
                }
                case 4 -> changeWords(paragraphs, random);
                case 5 -> {
                    String joined = String.join(" ", paragraphs);
                    paragraphs.clear();
                    paragraphs.addAll(Arrays.asList(joined.split("(?<=\\.) (?=[A-Z])")));
                }
                default -> {
                    // Cut short to the first four fifths, as outlets trim a story to fit.
                    String joined = String.join("\n", paragraphs);
                    int cut = joined.indexOf(". ", joined.length() * 4 / 5);
                    if (cut > 0) {
                        paragraphs.clear();
                        paragraphs.addAll(Arrays.asList(joined.substring(0, cut + 1).split("\n")));
                    }
                }
            }
        }
        return String.join("\n", paragraphs);
    }

    /** Replaces about one word in fifty with another word of the same text, as copy editors reword. */
    private static void changeWords(List<String> paragraphs, Random random) {
        for (int p = 0; p < paragraphs.size(); p++) {
            String[] words = paragraphs.get(p).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (random.nextInt(50) == 0) {
                    words[w] = words[random.nextInt(words.length)];
                }
            }
            paragraphs.set(p, String.join(" ", words));
        }
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(n, words.length)));
    }
}
