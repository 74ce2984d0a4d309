package dev.accord.ingest;

import dev.accord.model.Article;
import dev.accord.model.OffsetMap;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offset map holds on real pages: every mapped part of the kept text is what the page's HTML says there. */
class DevPagesOffsetsTest {

    private static final Path PAGES = Path.of(System.getProperty("accord.shared", "../shared"),
            "eval/readability-pages");

    @Test
    void everyMappedPartOfTheTextOfEveryDevPageIsTheSameTextInItsHtml() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(PAGES), PAGES + " is absent: the dev pages are needed for this "
                + "check, so it is skipped");
        List<Path> pages;
        try (Stream<Path> s = Files.list(PAGES)) {
            pages = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        HtmlArticleReader reader = new HtmlArticleReader();
        int read = 0;
        long allMapped = 0;
        long all = 0;
        for (Path page : pages) {
            String name = page.getFileName().toString();
            String html = Decoding.decode(name, Files.readAllBytes(page.resolve("source.html")), null).text();
            Article a;
            try {
                a = reader.readDecoded(name, html, new HtmlArticleReader.Context(name, null, null, null, null));
            } catch (UnreadableInputException e) {
                continue;
            }
            read++;
            int mapped = 0;
            for (OffsetMap.Segment s : a.rawOffsets().segments()) {
                String text = a.text().substring(s.textBegin(), s.textEnd());
                String raw = html.substring(s.rawBegin(), s.rawEnd());
                if (text.length() == raw.length()) {
                    assertEquals(raw, text, name);
                } else {
                    // A character reference, or a text node mapped whole: the same text once decoded.
                    assertEquals(squeezed(Parser.unescapeEntities(raw, false)), squeezed(text), name);
                }
                mapped += text.length();
            }
            // Spaces joining nodes and text the parser could not place map to nothing; words do.
            assertTrue(mapped * 2 >= a.text().length(), name + ": only " + mapped + " of " + a.text().length()
                    + " characters mapped");
            allMapped += mapped;
            all += a.text().length();
        }
        assertTrue(read > 100, "only " + read + " of the dev pages gave an article");
        assertTrue(allMapped >= all * 0.97, "only " + allMapped + " of " + all + " characters mapped");
    }

    private static String squeezed(String s) {
        return s.replaceAll("[\\s\\u00A0]+", "");
    }
}
