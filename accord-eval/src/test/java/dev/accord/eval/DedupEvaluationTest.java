package dev.accord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DedupEvaluationTest {

    private static final Path CORPUS = Path.of(System.getProperty("accord.shared", "../shared"))
            .resolve("corpus/wikinews.jsonl");

    @Test
    void reprintsAreFoundAndDifferentStoriesAreNotOnStoriesWrittenHere() {
        Random random = new Random(3);
        String[] words = ("ministers met signed trade water border rail grain port talks deal loan energy summit "
                + "Astana Tashkent Baku Cairo Lima Oslo Hanoi Nairobi Monday Friday spring autumn farmers traders "
                + "officials engineers pipeline bridge customs tariff quota reservoir dam river treaty visit").split(" ");
        List<DedupEvaluation.Story> stories = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                for (int w = 0; w < 40; w++) {
                    text.append(words[random.nextInt(words.length)]).append(w % 10 == 9 ? ". " : " ");
                }
                text.append('\n');
            }
            stories.add(new DedupEvaluation.Story("s" + s, text.toString()));
        }
        DedupEvaluation.Result r = DedupEvaluation.run(stories, 1);
        assertEquals(20, r.indexed());
        assertEquals(20 * DedupEvaluation.VARIANTS, r.positives());
        assertEquals(1.0, r.precision(), r.toString());
        assertTrue(r.recall() >= 0.9, r.toString());
    }

    @Test
    void onTheSharedCorpusPrecisionAndRecallStayHigh() throws Exception {
        assumeTrue(Files.isRegularFile(CORPUS), "skipped: " + CORPUS + " is absent (the shared corpus beside the "
                + "checkout)");
        ObjectMapper json = new ObjectMapper();
        List<DedupEvaluation.Story> stories = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS)) {
            JsonNode node = json.readTree(line);
            stories.add(new DedupEvaluation.Story(node.path("id").asText(), node.path("text").asText()));
        }
        DedupEvaluation.Result r = DedupEvaluation.run(stories, 6);
        assertTrue(r.precision() >= 0.98, r.toString());
        assertTrue(r.recall() >= 0.95, r.toString());
    }

    @Test
    void differentStoriesInOneSitesTemplateAreNeverOneArticle() {
        // A site's page as a reader meets it: a consent banner, a menu, the article, related stories, a footer.
        String page = """
                <html><head><title>Steppe Daily</title></head><body>
                <div class="consent">This website uses cookies to give you the best experience. By continuing to
                browse you agree to our use of cookies and our privacy policy. Accept all or manage settings.</div>
                <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
                <article><h1>Story</h1><p>First paragraph of the story.</p><p>Second paragraph of the story.</p>
                </article>
                <aside><h2>Related stories</h2><ul><li><a href="/a">Ministers meet on trade</a></li>
                <li><a href="/b">Rail link opens</a></li></ul></aside>
                <footer>Steppe Daily, 12 Abai Avenue, Astana. Copyright 2025 Steppe Media. All rights reserved.
                Subscribe to our newsletter for the day's news in your inbox.</footer>
                </body></html>""";
        List<DedupEvaluation.Story> stories = List.of(
                new DedupEvaluation.Story("water", "Kyrgyzstan and Tajikistan signed a protocol on the shared "
                        + "reservoirs of the Fergana valley after a year of talks.\nEngineers from both sides will "
                        + "inspect the dams together before the spring floods arrive."),
                new DedupEvaluation.Story("rail", "Armenia and Georgia agreed to restore the rail link through the "
                        + "Debed gorge.\nTheir transport ministers said freight trains could run again by autumn."),
                new DedupEvaluation.Story("grain", "Egypt bought wheat from Kazakhstan for the first time this year, "
                        + "traders in Cairo said.\nShipments through the Black Sea had slowed in the spring."),
                new DedupEvaluation.Story("port", "Azerbaijan opened a new ferry terminal at Alat on the Caspian.\n"
                        + "Officials said container traffic to Kazakhstan would double within two years."));
        DedupEvaluation.SiteResult r = DedupEvaluation.sameSite(stories, java.util.Map.of("steppe",
                new DedupEvaluation.SitePage(page, "Story First paragraph of the story. Second paragraph.")));
        assertEquals(1, r.templates());
        assertEquals(2, r.pairs());
        assertEquals(0, r.unreadable(), r.toString());
        assertEquals(List.of(), r.falseMerges());
    }
}
