package dev.accord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.ingest.HtmlArticleReader;
import dev.accord.ingest.UnreadableInputException;
import dev.accord.model.Article;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Scores the page reader against pages whose article body and metadata are known, as article-extraction
 * benchmarks do: the kept text's word 4-shingles against the gold body's (precision, recall and F1,
 * micro-averaged over pages, each shingle counted as often as it occurs), the pages that gave no text,
 * and how often each metadata field is right among the pages whose gold has it.
 *
 * <p>The pages are split in two halves by a fixed hash of their names ({@link #heldBack(String)}): the
 * reader's rules are tuned on the "tuned" half only, so the "held back" half gives a figure they were
 * not fitted to. A large gap between the two means the rules were fitted to the pages.
 */
public final class PageScorer {

    /** Words per shingle, as the common article-extraction measure uses. */
    public static final int SHINGLE = 4;
    /**
     * A gold body shorter than this many characters is no article but a fragment (the dev set's single-feature
     * pages hold a word or a line): the reader refuses pages that keep less than that, by design.
     */
    public static final int ARTICLE = 80;
    /** The metadata fields scored, in the order they are printed. */
    public static final List<String> FIELDS = List.of("title", "author", "date", "language", "site name");

    /** Mixed into each name's hash; fixed so the halves never change between runs. */
    private static final String SPLIT_SEED = "accord-pages-14";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One page and what a careful reader keeps of it.
     *
     * @param name      the page's folder name
     * @param source    the page as served
     * @param goldText  the text of the article body
     * @param title     the gold headline, or {@code null}
     * @param author    the gold byline, or {@code null}
     * @param published the gold publication date, or {@code null}
     * @param language  the gold ISO 639-1 code, or {@code null}
     * @param siteName  the gold site name, or {@code null}
     */
    public record GoldPage(String name, byte[] source, String goldText, String title, String author,
                           LocalDate published, String language, String siteName) {
    }

    /**
     * The figures of a set of pages.
     *
     * @param pages   pages scored
     * @param text    shingles kept and right (true positives), kept and wrong, and missed
     * @param empty   the article pages (a gold body of {@link #ARTICLE} characters or more) which gave no text,
     *                each with the reader's reason
     * @param fragments the pages whose gold body has text, but less than an article's, which gave none
     * @param right   per metadata field, the pages where it was right
     * @param present per metadata field, the pages whose gold has it
     */
    public record Result(int pages, Score text, List<String> empty, List<String> fragments, Map<String, Integer> right,
                         Map<String, Integer> present) {

        /** The share of pages whose gold has {@code field} where the reader got it right; 0 when none has it. */
        public double accuracy(String field) {
            int n = present.getOrDefault(field, 0);
            return n == 0 ? 0 : (double) right.getOrDefault(field, 0) / n;
        }
    }

    /**
     * One page's outcome, for a file of predictions beside the gold.
     *
     * @param page     the page's name
     * @param heldBack whether it is in the held-back half
     * @param text     its shingle counts
     * @param problem  why the reader gave no article, or {@code null}
     * @param fields   per metadata field the gold has, the gold value, the value read and whether it is right
     */
    public record Outcome(String page, boolean heldBack, Score text, String problem, Map<String, Field> fields) {
    }

    /** One metadata field of one page: the gold value, what the reader found, and whether that is right. */
    public record Field(String gold, String found, boolean right) {
    }

    /** Both halves of a development set. */
    public record Split(Result tuned, Result heldBack) {
    }

    private PageScorer() {
    }

    /**
     * Whether a page is in the held-back half: the CRC-32 of the seed and its name is odd. The rules are
     * never tuned on these pages.
     */
    public static boolean heldBack(String name) {
        CRC32 crc = new CRC32();
        crc.update((SPLIT_SEED + "/" + name).getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 1;
    }

    /**
     * Reads a folder of pages, one subfolder each with {@code source.html}, {@code expected.html} and
     * {@code expected-metadata.json} (Mozilla Readability's test-page layout), in name order.
     */
    public static List<GoldPage> load(Path dir) {
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pages in " + dir, e);
        }
        if (folders.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no page folder; expected folders each with "
                    + "source.html, expected.html and expected-metadata.json");
        }
        List<GoldPage> pages = new ArrayList<>();
        for (Path f : folders) {
            pages.add(read(f));
        }
        return pages;
    }

    private static GoldPage read(Path folder) {
        String name = folder.getFileName().toString();
        try {
            byte[] source = Files.readAllBytes(folder.resolve("source.html"));
            Path expected = folder.resolve("expected.html");
            String gold = Files.isRegularFile(expected)
                    ? Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8)).text() : "";
            Path metaFile = folder.resolve("expected-metadata.json");
            JsonNode meta = Files.isRegularFile(metaFile) ? JSON.readTree(metaFile.toFile()) : JSON.createObjectNode();
            String lang = field(meta, "lang");
            return new GoldPage(name, source, gold, field(meta, "title"), field(meta, "byline"),
                    date(field(meta, "publishedTime")),
                    lang == null ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0],
                    field(meta, "siteName"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page " + folder, e);
        }
    }

    /** Scores both halves, each page read by a fresh reader as one batch of unrelated pages. */
    public static Split score(List<GoldPage> pages, Consumer<Outcome> outcomes) {
        HtmlArticleReader reader = new HtmlArticleReader();
        return new Split(score(pages.stream().filter(p -> !heldBack(p.name())).toList(), reader, outcomes),
                score(pages.stream().filter(p -> heldBack(p.name())).toList(), reader, outcomes));
    }

    /** Scores the pages as {@code reader} reads them. */
    public static Result score(List<GoldPage> pages, HtmlArticleReader reader, Consumer<Outcome> outcomes) {
        Score text = Score.ZERO;
        List<String> empty = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        Map<String, Integer> right = new LinkedHashMap<>();
        Map<String, Integer> present = new LinkedHashMap<>();
        for (GoldPage page : pages) {
            Article article;
            String problem = null;
            try {
                article = reader.read(page.name(), page.source(), new HtmlArticleReader.Context(page.name(), null,
                        null, null, null));
            } catch (UnreadableInputException e) {
                article = null;
                problem = e.problem().reason();
                if (page.goldText().strip().length() >= ARTICLE) {
                    empty.add(page.name() + " (" + problem + ")");
                } else if (!words(page.goldText()).isEmpty()) {
                    fragments.add(page.name());
                }
            }
            Score score = overlap(article == null ? "" : article.text(), page.goldText());
            text = text.plus(score);
            Article a = article;
            Map<String, Field> fields = new LinkedHashMap<>();
            field(fields, "title", page.title(), a == null ? null : a.title(),
                    a != null && normalise(page.title()).equals(normalise(a.title())));
            field(fields, "author", page.author(), a == null ? null : a.author(),
                    a != null && sameAuthor(page.author(), a.author()));
            field(fields, "date", page.published(), a == null ? null : a.published(),
                    a != null && page.published() != null && page.published().equals(a.published()));
            field(fields, "language", page.language(), a == null ? null : a.language(),
                    a != null && page.language() != null && page.language().equals(a.language()));
            field(fields, "site name", page.siteName(), a == null ? null : a.outlet(),
                    a != null && letters(page.siteName()).equals(letters(a.outlet())));
            fields.forEach((name, f) -> {
                present.merge(name, 1, Integer::sum);
                right.merge(name, f.right() ? 1 : 0, Integer::sum);
            });
            outcomes.accept(new Outcome(page.name(), heldBack(page.name()), score, problem, fields));
        }
        return new Result(pages.size(), text, List.copyOf(empty), List.copyOf(fragments), right, present);
    }

    /** The shingles of {@code kept} in {@code gold} (as often as there), those that are not, and those missed. */
    static Score overlap(String kept, String gold) {
        Map<String, Integer> k = shingles(kept);
        Map<String, Integer> g = shingles(gold);
        int keptCount = k.values().stream().mapToInt(Integer::intValue).sum();
        int goldCount = g.values().stream().mapToInt(Integer::intValue).sum();
        int common = 0;
        for (Map.Entry<String, Integer> e : k.entrySet()) {
            common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        return new Score(common, keptCount - common, goldCount - common);
    }

    /** Word shingles with their counts; a text shorter than a shingle is one shingle of all its words. */
    static Map<String, Integer> shingles(String text) {
        List<String> words = words(text);
        Map<String, Integer> out = new HashMap<>();
        if (words.isEmpty()) {
            return out;
        }
        for (int i = 0; i + SHINGLE <= Math.max(words.size(), SHINGLE); i++) {
            out.merge(String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE))), 1, Integer::sum);
        }
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * A byline is right when, words only and without a leading "by", one of the two holds the other:
     * gold bylines often carry a date or a desk ("By Ann Lee March 25, 2015") that the author field leaves out.
     */
    static boolean sameAuthor(String gold, String found) {
        String g = letters(gold).replaceFirst("^by ", "");
        String f = letters(found).replaceFirst("^by ", "");
        return !g.isEmpty() && !f.isEmpty() && (g.contains(f) || f.contains(g));
    }

    private static void field(Map<String, Field> fields, String name, Object gold, Object found, boolean right) {
        if (gold != null) {
            fields.put(name, new Field(gold.toString(), found == null ? null : found.toString(), right));
        }
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String letters(String s) {
        return s == null ? "" : String.join(" ", words(s));
    }

    private static String field(JsonNode meta, String name) {
        JsonNode v = meta.path(name);
        return v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
    }

    /** The date a gold timestamp is written for, in its own zone; {@code null} when it is not ISO 8601. */
    private static LocalDate date(String value) {
        Matcher m = value == null ? null : ISO_DATE.matcher(value);
        return m != null && m.find()
                ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))) : null;
    }
}
