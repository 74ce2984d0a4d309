package dev.accord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.ingest.Fingerprints;
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
        DedupEvaluation.Result r = DedupEvaluation.run(stories, 1, Fingerprints.THRESHOLD);
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
        DedupEvaluation.Result r = DedupEvaluation.run(stories, 6, Fingerprints.THRESHOLD);
        assertTrue(r.precision() >= 0.98, r.toString());
        assertTrue(r.recall() >= 0.95, r.toString());
    }
}
