package dev.accord.ingest;

import dev.accord.model.Article;
import dev.accord.model.OffsetMap;
import dev.accord.model.Problem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing of the HTML, feed and WARC readers with a seeded generator: well-formed inputs are mutated
 * (bytes flipped, ranges cut, repeated or spliced, markup and headers inserted, the end cut off) and
 * each reader must either give articles that keep the invariants or record problems; nothing else may
 * escape. An input that breaks a reader is written to {@code target/fuzz-crashers/}; once fixed, it is
 * kept in {@code src/test/resources/fuzz-crashers/<reader>/} and replayed on every build.
 *
 * <p>{@code -Daccord.fuzz.iterations=N} runs longer campaigns; {@code -Daccord.fuzz.seed=S} another seed.
 */
class ReaderFuzzTest {

    private static final int ITERATIONS = Integer.getInteger("accord.fuzz.iterations", 400);
    private static final long SEED = Long.getLong("accord.fuzz.seed", 6L);

    private static final String[] TOKENS = {"<", ">", "</p>", "<p>", "<article>", "<![CDATA[", "]]>", "&amp;", "&#0;",
            "&#xD800;", "\0", "\uFEFF", "<script>", "<!--", "-->", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "\r\n\r\n",
            "WARC/1.0\r\n", "Content-Length: 99999999\r\n", "Content-Length: -1\r\n", "WARC-Type: response\r\n",
            "HTTP/1.1 200 OK\r\n", "Content-Type: text/html\r\n", "<item>", "</item>", "<entry>", "<title>",
            "<pubDate>Tue, 99 Foo 2025</pubDate>", "<link>javascript:x</link>", "\u00e9", "\u202e", "<meta charset=x>"};

    /** A reader under test: it takes bytes and fills a sink. */
    enum Target {
        HTML {
            @Override
            void read(byte[] input, Collected sink) {
                try {
                    sink.article(new HtmlArticleReader().read("fuzz.html", input,
                            new HtmlArticleReader.Context("fuzz.html", "https://f.example/2025/01/02/x", null, null,
                                    null)));
                } catch (UnreadableInputException e) {
                    sink.problem(e.problem());
                }
            }

            @Override
            List<byte[]> seeds() {
                return List.of(utf8(Samples.page("Water deal", "2025-06-18", Samples.PARAGRAPH_1, Samples.PARAGRAPH_2)),
                        utf8("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                                + "\"T\",\"datePublished\":\"2024-03-05\"}</script></head><body><p>"
                                + Samples.PARAGRAPH_1 + " &amp; more</p></body></html>"));
            }
        },
        FEED {
            @Override
            void read(byte[] input, Collected sink) {
                new FeedReader(null).read("fuzz.rss", input, sink);
            }

            @Override
            List<byte[]> seeds() {
                return List.of(utf8(Samples.rss(Samples.rssItem("Water deal", "https://c.example/w",
                                "Wed, 18 Jun 2025 09:00:00 GMT", "<p>" + Samples.PARAGRAPH_1 + "</p>"))),
                        utf8("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>P</title>"
                                + "<entry><title>T</title><link href=\"https://p.example/t\"/><updated>2025-01-02T08:00:00Z"
                                + "</updated><content type=\"html\">&lt;p&gt;" + Samples.PARAGRAPH_2
                                + "&lt;/p&gt;</content></entry></feed>"));
            }
        },
        WARC {
            @Override
            void read(byte[] input, Collected sink) {
                new WarcArticleReader().read("fuzz.warc", new ByteArrayInputStream(input), sink);
            }

            @Override
            List<byte[]> seeds() {
                List<byte[]> records = List.of(Samples.warcResponse("https://s.example/a",
                                Samples.page("A", "2025-06-18", Samples.PARAGRAPH_1)),
                        Samples.warcResponse("https://s.example/b", Samples.page("B", "2025-06-19", Samples.PARAGRAPH_2)));
                try {
                    return List.of(Samples.warc(false, records), Samples.warc(true, records));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };

        abstract void read(byte[] input, Collected sink);

        abstract List<byte[]> seeds();
    }

    @Test
    void mutatedInputsNeverBreakTheHtmlReader() {
        fuzz(Target.HTML);
    }

    @Test
    void mutatedInputsNeverBreakTheFeedReader() {
        fuzz(Target.FEED);
    }

    @Test
    void mutatedInputsNeverBreakTheWarcReader() {
        fuzz(Target.WARC);
    }

    /** Every input that once broke a reader, replayed. */
    @TestFactory
    Stream<DynamicTest> pastCrashersNoLongerBreakTheirReaders() throws Exception {
        URL root = ReaderFuzzTest.class.getResource("/fuzz-crashers");
        if (root == null) {
            return Stream.empty();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Target target : Target.values()) {
            Path folder = Path.of(toUri(root)).resolve(target.name().toLowerCase());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(target + " " + file.getFileName(),
                            () -> assertHolds(target, Files.readAllBytes(file))));
                }
            }
        }
        return tests.stream();
    }

    private static java.net.URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fuzz(Target target) {
        Random random = new Random(SEED * 31 + target.ordinal());
        List<byte[]> seeds = target.seeds();
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), seeds, random);
            try {
                assertHolds(target, input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(target + " reader broke on mutated input " + i + ", kept as "
                        + keep(target, input) + ": " + e, e);
            }
        }
    }

    /** The reader gives articles with sound text and offsets, or problems; it throws nothing, and repeats itself. */
    private static void assertHolds(Target target, byte[] input) {
        Collected first = new Collected();
        target.read(input, first);
        for (Article a : first.articles) {
            assertTrue(!a.text().isBlank(), "an article with blank text");
            OffsetMap map = a.rawOffsets();
            if (map != null) {
                assertTrue(map.textLength() <= a.text().length(), "offset map beyond the text");
                for (OffsetMap.Segment s : map.segments()) {
                    assertTrue(s.rawEnd() <= input.length * 2 + 16, "raw offset " + s.rawEnd() + " beyond the input");
                }
            }
        }
        for (Problem p : first.problems) {
            assertTrue(!p.reason().isBlank());
        }
        Collected again = new Collected();
        target.read(input, again);
        assertEquals(first.articles, again.articles, "reading twice gave different articles");
        assertEquals(first.problems.size(), again.problems.size(), "reading twice gave different problems");
    }

    static byte[] mutate(byte[] seed, List<byte[]> seeds, Random random) {
        byte[] b = seed.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds && b.length > 0; r++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), new byte[0]);
                case 2 -> b = splice(b, at, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + random.nextInt(256))));
                case 3 -> b = splice(b, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 4 -> b = Arrays.copyOf(b, at);
                default -> {
                    byte[] other = seeds.get(random.nextInt(seeds.size()));
                    int from = random.nextInt(other.length);
                    b = splice(b, at, b.length, Arrays.copyOfRange(other, from, other.length));
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        return Samples.concat(Arrays.copyOf(b, from), insert, Arrays.copyOfRange(b, to, b.length));
    }

    private static Path keep(Target target, byte[] input) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "fuzz-crashers", target.name().toLowerCase()));
            String name = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(input))
                    .substring(0, 16) + ".bin";
            return Files.write(folder.resolve(name), input);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot keep the crashing input", e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
