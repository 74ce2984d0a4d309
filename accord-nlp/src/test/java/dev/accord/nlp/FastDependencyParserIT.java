package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.CoreNlpSteps;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fast parser must give exactly CoreNLP's parses: the same typed dependencies and the same
 * enhanced++ graphs, sentence by sentence, with the real model.
 */
class FastDependencyParserIT {

    private static final String HAND_WRITTEN = """
            Kazakhstan and China signed a declaration on strategic partnership in Astana on Tuesday, \
            the foreign ministry said.

            "We will not accept sanctions that hurt our farmers," said the minister, who met her Russian \
            counterpart twice.

            Talks collapsed.

            The summit, which six heads of state attended, ended with a pledge to build a railway \
            linking Urumqi to the Caspian port of Aktau by 2030 -- a project first proposed in 2013.
            """;

    private static Properties settings;
    private static DependencyParser coreNlp;
    private static FastDependencyParser fast;

    @BeforeAll
    static void loadParsers() {
        settings = ParserSentences.accordParserSettings();
        coreNlp = ParserSentences.coreNlpParser(settings);
        fast = FastDependencyParser.load(settings);
    }

    @Test
    void handWrittenSentencesParseAsCoreNlpParsesThem() {
        List<CoreMap> sentences = ParserSentences.tag(HAND_WRITTEN);
        assertEquals(4, sentences.size());
        assertSameParses(sentences, coreNlp, fast);
    }

    @Test
    void newsSentencesParseAsCoreNlpParsesThem() throws IOException {
        assumeTrue(Files.isRegularFile(ParserSentences.CORPUS), "skipped: " + ParserSentences.CORPUS
                + " is absent (the shared corpus beside the checkout; set -Daccord.shared=DIR)");
        List<CoreMap> sentences = ParserSentences.corpusSentences(60);
        assertTrue(sentences.size() >= 300, "too few sentences to compare: " + sentences.size());
        assertSameParses(sentences, coreNlp, fast);
    }

    @Test
    void withoutACacheTheUnroundedProductsStillGiveCoreNlpsParses() throws IOException {
        // CoreNLP adds products it does not cache in full precision: other scores, so a separate check.
        Properties uncached = new Properties();
        uncached.setProperty("numCached", "0");
        List<CoreMap> sentences = new ArrayList<>(ParserSentences.tag(HAND_WRITTEN));
        if (Files.isRegularFile(ParserSentences.CORPUS)) {
            sentences.addAll(ParserSentences.corpusSentences(10));
        }
        assertSameParses(sentences, ParserSentences.coreNlpParser(uncached), FastDependencyParser.load(uncached));
    }

    @Test
    void threadsParsingAtOnceGetTheParsesOfOneThread() throws Exception {
        List<CoreMap> sentences = new ArrayList<>(ParserSentences.tag(HAND_WRITTEN));
        if (Files.isRegularFile(ParserSentences.CORPUS)) {
            sentences.addAll(ParserSentences.corpusSentences(20));
        }
        List<List<String>> alone = sentences.stream().map(s -> typed(fast.predict(s))).toList();
        for (List<List<String>> run : ParserSentences.onThreeThreads(
                () -> sentences.stream().map(s -> typed(fast.predict(s))).toList())) {
            assertEquals(alone, run);
        }
    }

    @Test
    void anEmptySentenceHasNoDependencies() {
        CoreMap empty = new Annotation("");
        empty.set(CoreAnnotations.TokensAnnotation.class, List.<CoreLabel>of());
        assertEquals(List.of(), typed(fast.predict(empty)));
        assertEquals(typed(coreNlp.predict(empty)), typed(fast.predict(empty)));
    }

    @Test
    void settingsTheParserWouldIgnoreAreRefusedByName() {
        Properties props = new Properties();
        props.setProperty("language", "Chinese");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FastDependencyParser.load(props));
        assertTrue(e.getMessage().contains("[language]"), e.getMessage());
    }

    /**
     * Checks, sentence by sentence, that both parsers give the same typed dependencies and enhanced++
     * graph, and that at every step of CoreNLP's parse the fast parser scores CoreNLP's features with
     * the same bits (a difference in the last bit rarely changes a parse, but could on other text).
     */
    private static void assertSameParses(List<CoreMap> sentences, DependencyParser coreNlp, FastDependencyParser fast) {
        List<String> differences = new ArrayList<>();
        int arcs = 0;
        int[] steps = new int[2];
        for (CoreMap sentence : sentences) {
            GrammaticalStructure expected = coreNlp.predict(sentence);
            GrammaticalStructure actual = fast.predict(sentence);
            List<String> expectedArcs = typed(expected);
            arcs += expectedArcs.size();
            String text = sentence.get(CoreAnnotations.TextAnnotation.class);
            if (!expectedArcs.equals(typed(actual)) || !enhanced(expected).equals(enhanced(actual))) {
                differences.add(text + "\n  CoreNLP: " + expectedArcs + "\n  fast:    " + typed(actual));
            }
            CoreNlpSteps.replay(coreNlp, sentence, (features, scores) -> {
                steps[0]++;
                if (!Arrays.equals(scores, fast.scores(features)) && steps[1]++ < 5) {
                    differences.add(text + "\n  step scores differ for features " + Arrays.toString(features));
                }
            });
        }
        assertTrue(arcs >= sentences.size(), "too few arcs to compare: " + arcs);
        assertTrue(steps[0] >= 2 * arcs - sentences.size(), "too few steps replayed: " + steps[0]);
        assertEquals("", String.join("\n", differences), differences.size() + " differences in " + sentences.size()
                + " sentences (" + steps[1] + " of " + steps[0] + " steps scored differently)");
    }

    /** Typed dependencies as relation(governor index, dependent index). */
    private static List<String> typed(GrammaticalStructure gs) {
        return gs.typedDependencies().stream()
                .map(d -> d.reln() + "(" + d.gov().index() + "," + d.dep().index() + ")")
                .collect(Collectors.toList());
    }

    /** The enhanced++ graph CoreNlpAnnotator reads: its roots and its sorted edges. */
    private static List<String> enhanced(GrammaticalStructure gs) {
        SemanticGraph graph = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
        List<String> edges = new ArrayList<>();
        graph.getRoots().forEach(r -> edges.add("root(0," + r.index() + ")"));
        for (SemanticGraphEdge e : graph.edgeListSorted()) {
            edges.add(e.getRelation() + "(" + node(e.getGovernor()) + "," + node(e.getDependent()) + ")");
        }
        return edges;
    }

    /** A node's index, with its copy number for the copies enhanced++ makes of elided words. */
    private static String node(IndexedWord word) {
        return word.copyCount() == 0 ? String.valueOf(word.index()) : word.index() + "." + word.copyCount();
    }
}
