package dev.accord.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.accord.ingest.Corpus;
import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The golden files: every fact Accord finds in the example articles and the seed, one fact a line, sorted,
 * in {@code src/test/golden/NAME.facts}. A change in what Accord finds shows up as changed lines in review.
 * After a deliberate change, write the files anew with {@code -Daccord.golden.update=true} and read the diff.
 *
 * <p>Evidence is written as its text and span; provenance is left out (it names the version). The seed is
 * not our text, so its golden file keeps only short evidence (names, dates, triggers) and the spans of
 * longer passages, never their words, and the length of its headline instead of the headline.
 */
class GoldenFactsIT {

    private static final Path GOLDEN = Path.of("src/test/golden");
    private static final Path EXAMPLES = Path.of("../examples/articles");
    private static final Path SEED = Path.of(System.getProperty("accord.shared", "../shared"))
            .resolve("seed/000_ebc1b76246187781.txt");
    /** Longest evidence of the seed written as words; longer passages are written as their span alone. */
    private static final int SEED_WORDS = 40;

    record Case(String name, Path file, boolean ours) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.sorted().forEach(f -> cases.add(new Case(stem(f), f, true)));
        }
        cases.add(new Case("seed", SEED, false));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFactsAreTheGoldenOnes(Case c) throws IOException {
        assumeTrue(Files.isRegularFile(c.file()), c.file() + " is absent (../shared is not beside this checkout); "
                + "the seed's golden file is checked where it is");
        List<String> actual = lines(analyze(c), c.ours());
        Path golden = GOLDEN.resolve(c.name() + ".facts");
        if (Boolean.getBoolean("accord.golden.update")) {
            Files.write(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(golden), golden + " is missing; write it with -Daccord.golden.update=true");
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", actual), difference(expected, actual));
    }

    private static ArticleFacts analyze(Case c) {
        Corpus read = Corpus.read(List.of(c.file().toString()));
        assertEquals(List.of(), read.problems(), c.file().toString());
        assertEquals(1, read.articles().size(), c.file().toString());
        return Extraction.standard().analyze(read.articles().get(0));
    }

    /** One line a fact: its kind, then the fact as compact JSON with evidence shortened. */
    static List<String> lines(ArticleFacts facts, boolean ours) {
        ObjectNode tree = AccordJson.mapper().valueToTree(facts);
        TreeSet<String> lines = new TreeSet<>();
        ObjectNode article = (ObjectNode) tree.get("article");
        int length = article.get("text").asText().length();
        article.remove("text");
        article.put("textLength", length);
        if (!ours && article.hasNonNull("title")) {
            article.put("title", "(" + article.get("title").asText().length() + " characters)");
        }
        lines.add("article " + AccordJson.compact(article));
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = it.next();
            if (kind.getValue() instanceof ArrayNode list) {
                for (JsonNode fact : list) {
                    lines.add(kind.getKey() + " " + AccordJson.compact(shorten(fact, ours)));
                }
            }
        }
        return List.copyOf(lines);
    }

    /** The fact without provenance, each piece of evidence as {@code "words [begin,end)"}. */
    private static JsonNode shorten(JsonNode node, boolean ours) {
        if (node instanceof ObjectNode o) {
            if (o.has("articleId") && o.has("span") && o.has("text") && o.size() == 3) {
                String text = o.get("text").asText();
                String span = "[" + o.get("span").get("begin").asInt() + "," + o.get("span").get("end").asInt() + ")";
                return TextNode.valueOf(ours || text.length() <= SEED_WORDS ? text + " " + span : span);
            }
            ObjectNode copy = o.objectNode();
            o.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("provenance")) {
                    copy.set(f.getKey(), shorten(f.getValue(), ours));
                }
            });
            return copy;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode copy = a.arrayNode();
            a.forEach(n -> copy.add(shorten(n, ours)));
            return copy;
        }
        return node;
    }

    private static String difference(List<String> expected, List<String> actual) {
        TreeSet<String> gone = new TreeSet<>(expected);
        actual.forEach(gone::remove);
        TreeSet<String> come = new TreeSet<>(actual);
        expected.forEach(come::remove);
        StringBuilder b = new StringBuilder("the facts changed (rerun with -Daccord.golden.update=true if meant):\n");
        gone.forEach(l -> b.append("- ").append(l).append('\n'));
        come.forEach(l -> b.append("+ ").append(l).append('\n'));
        return b.toString();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
