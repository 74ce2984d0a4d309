package dev.accord.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageScorerTest {

    private static final String BODY = "The river commission met in Tashkent on Monday to share the spring flood "
            + "forecast. Engineers from both banks agreed to open the upper sluices a week early. The farmers' "
            + "union said the plan would save the early wheat on the lower terraces.";

    @Test
    void shinglesCountEachRepeatAndTextShorterThanAShingleIsOneShingle() {
        assertEquals(2, PageScorer.shingles("a b c d a b c d").get("a b c d"));
        assertEquals(List.of("two words"), new ArrayList<>(PageScorer.shingles("Two words!").keySet()));
        assertTrue(PageScorer.shingles("  ").isEmpty());
    }

    @Test
    void overlapCountsKeptShinglesInTheGoldMissedOnesAndExtraOnes() {
        Score s = PageScorer.overlap("one two three four five six", "two three four five six seven");
        assertEquals(new Score(2, 1, 1), s);
        assertEquals(new Score(0, 0, 3), PageScorer.overlap("", "one two three four five six"));
    }

    @Test
    void aBylineMatchesAnAuthorWithoutItsByOrItsDate() {
        assertTrue(PageScorer.sameAuthor("By ANN LEE March 25, 2015", "Ann Lee"));
        assertFalse(PageScorer.sameAuthor("Ann Lee", null));
        assertFalse(PageScorer.sameAuthor("Ann Lee", "Bo Chen"));
    }

    @Test
    void theHalvesAreFixedAndBothHoldPages() {
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        long held = names.stream().filter(PageScorer::heldBack).count();
        assertTrue(held > 0 && held < names.size(), "both halves have pages");
        assertEquals(names.stream().map(PageScorer::heldBack).toList(),
                names.stream().map(PageScorer::heldBack).toList());
    }

    @Test
    void aFolderOfPagesIsScoredForTextEmptyPagesAndMetadata(@TempDir Path dir) throws IOException {
        page(dir.resolve("good"), "<html lang=\"en-GB\"><head><title>Sluices open early</title>"
                + "<meta property=\"og:site_name\" content=\"Valley Post\"><meta name=\"author\" content=\"Ann Lee\">"
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><p>" + BODY + "</p></article></body></html>",
                "<div><p>" + BODY + "</p></div>",
                "{\"title\":\"Sluices open early\",\"byline\":\"By Ann Lee\",\"lang\":\"en-GB\","
                        + "\"siteName\":\"Valley Post\",\"publishedTime\":\"2024-03-02T09:00:00+05:00\"}");
        page(dir.resolve("empty"), "<html><body><nav><a href=\"/\">Home</a></nav></body></html>",
                "<p>" + BODY + "</p>", "{\"title\":\"Nothing here\"}");
        page(dir.resolve("fragment"), "<html><body><p>Test</p></body></html>", "<p>Test</p>", "{}");
        List<PageScorer.GoldPage> pages = PageScorer.load(dir);
        assertEquals(LocalDate.of(2024, 3, 2), pages.get(2).published());
        List<PageScorer.Outcome> outcomes = new ArrayList<>();
        PageScorer.Result r = PageScorer.score(pages, new dev.accord.ingest.HtmlArticleReader(), outcomes::add);
        assertEquals(3, r.pages());
        assertEquals(1.0, r.text().precision(), 1e-9);
        // The good page's shingles are all kept; the empty page's and the fragment's one are missed.
        assertEquals(r.text().truePositives() + 1, r.text().falseNegatives());
        assertEquals(1, r.empty().size());
        assertTrue(r.empty().get(0).startsWith("empty ("), r.empty().get(0));
        assertEquals(List.of("fragment"), r.fragments(), "a gold body under an article's length is no article");
        assertEquals(0.5, r.accuracy("title"), 1e-9);
        assertEquals(1.0, r.accuracy("author"), 1e-9);
        assertEquals(1.0, r.accuracy("language"), 1e-9);
        assertEquals(1.0, r.accuracy("site name"), 1e-9);
        assertEquals(0.0, r.accuracy("date"), 1e-9);
        assertEquals(3, outcomes.size());
    }

    private static void page(Path folder, String source, String expected, String metadata) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("source.html"), source);
        Files.writeString(folder.resolve("expected.html"), expected);
        Files.writeString(folder.resolve("expected-metadata.json"), metadata);
    }
}
