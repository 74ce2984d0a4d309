package dev.accord.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.model.text.AnnotatedText;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fast CRF must give exactly CoreNLP's CRF results with the real model: for every token the same
 * feature indices in the same order (so the same potentials to the bit), the same label and the same
 * label probability.
 */
class FastCrfIT {

    private static final String HAND_WRITTEN = """
            Kazakhstan and China signed a declaration on strategic partnership in Astana on Tuesday, \
            the foreign ministry said.

            Xi Jinping met Kassym-Jomart Tokayev; Tokayev told Xi that Kazakhstan's "multi-vector" policy \
            would not change, and Xi Jinping agreed.

            The U.N. Security Council's 15 members -- U.S., U.K., France, Russia and China among them -- \
            voted 13-0-2 at 10:30 p.m. on 3/4/2024 (GMT+5).

            BRUSSELS (Reuters) - NATO's secretary-general, Jens Stoltenberg, said the organisation's \
            defence ministers will meet in Brussels.

            colour honour neighbour organization ORGANIZATION Organisation McDonald's iPhone e-mail

            A
            """;

    private static CRFClassifier<CoreLabel> coreNlp;
    private static FastCrf fast;

    @BeforeAll
    static void loadClassifiers() {
        coreNlp = CrfSentences.accordModel();
        fast = FastCrf.of(coreNlp);
    }

    @Test
    void handWrittenSentencesGetCoreNlpsFeaturesAndLabels() {
        List<CoreMap> sentences = ParserSentences.annotate(HAND_WRITTEN, CrfSentences.BEFORE_NER);
        assertEquals(6, sentences.size());
        assertSameResults(CrfSentences.prepare(coreNlp, sentences));
    }

    @Test
    void newsSentencesGetCoreNlpsFeaturesAndLabels() throws IOException {
        assumeTrue(Files.isRegularFile(ParserSentences.CORPUS), "skipped: " + ParserSentences.CORPUS
                + " is absent (the shared corpus beside the checkout; set -Daccord.shared=DIR)");
        List<CoreMap> sentences = ParserSentences.corpusSentences(150, CrfSentences.BEFORE_NER);
        assertTrue(sentences.size() >= 1000, "too few sentences to compare: " + sentences.size());
        assertSameResults(CrfSentences.prepare(coreNlp, sentences));
    }

    @Test
    void threadsLabellingAtOnceGetTheLabelsOfOneThread() throws Exception {
        List<CoreMap> sentences = new ArrayList<>(ParserSentences.annotate(HAND_WRITTEN, CrfSentences.BEFORE_NER));
        if (Files.isRegularFile(ParserSentences.CORPUS)) {
            sentences.addAll(ParserSentences.corpusSentences(20, CrfSentences.BEFORE_NER));
        }
        List<List<CoreLabel>> prepared = CrfSentences.prepare(coreNlp, sentences);
        List<List<String>> alone = prepared.stream().map(FastCrfIT::fastLabels).toList();
        for (List<List<String>> run : ParserSentences.onThreeThreads(
                () -> prepared.stream().map(FastCrfIT::fastLabels).toList())) {
            assertEquals(alone, run);
        }
    }

    @Test
    void accordsRecogniserGivesTheSameTagsAndMentionsWithTheFastCrf() throws IOException {
        List<String> texts = new ArrayList<>(List.of(HAND_WRITTEN));
        if (Files.isRegularFile(ParserSentences.CORPUS)) {
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(ParserSentences.CORPUS).subList(0, 30)) {
                texts.add(json.readTree(line).path("text").asText(""));
            }
        }
        List<String> withCoreNlps = recognised(texts, "false");
        List<String> withFast = recognised(texts, "true");
        assertEquals(withCoreNlps, withFast);
    }

    /** Each text's tokens (with their tags) and entity mentions, from Accord's recogniser. */
    private static List<String> recognised(List<String> texts, String fastCrf) {
        // CoreNLP caches annotators by their own settings alone, so the second recogniser would reuse
        // the first's CRF, whose known lower-case words (they decide word shapes) have grown on the texts.
        StanfordCoreNLP.clearAnnotatorPool();
        CoreNlpAnnotator recogniser = CoreNlpAnnotator.withOverrides(Map.of(
                "annotators", CrfSentences.BEFORE_NER + ",ner", CoreNlpAnnotator.FAST_CRF, fastCrf));
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            AnnotatedText annotated = recogniser.annotate(text, LocalDate.of(2024, 3, 4));
            found.add(annotated.tokens() + "\n" + annotated.mentions());
        }
        return found;
    }

    @Test
    void aModelWithOtherFeaturesIsRefusedByTheFlagsThatDiffer() {
        boolean before = coreNlp.flags.useTags;
        coreNlp.flags.useTags = true;
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FastCrf.of(coreNlp));
            assertTrue(e.getMessage().contains("useTags=true (expected false)"), e.getMessage());
        } finally {
            coreNlp.flags.useTags = before;
        }
    }

    @Test
    void tokensCarryingClassesAlreadyAreLeftToCoreNlpAndGetItsLabels() {
        List<CoreLabel> sentence = CrfSentences.prepare(coreNlp,
                ParserSentences.annotate(HAND_WRITTEN, CrfSentences.BEFORE_NER)).get(1);
        List<CoreLabel> expected = CrfSentences.fresh(coreNlp, sentence);
        List<CoreLabel> actual = CrfSentences.fresh(coreNlp, sentence);
        // A class CoreNLP would keep and the fast features would not read: Xi as a common word.
        expected.get(0).set(CoreAnnotations.DistSimAnnotation.class, "0");
        actual.get(0).set(CoreAnnotations.DistSimAnnotation.class, "0");
        coreNlp.classify(expected);
        fast.classify(actual);
        assertEquals(labels(expected), labels(actual));
        assertEquals(probabilities(expected), probabilities(actual));
    }

    @Test
    void anEmptySentenceIsReturnedAsItIs() {
        assertEquals(List.of(), fast.classify(new ArrayList<>()));
    }

    private static List<String> fastLabels(List<CoreLabel> prepared) {
        return labels(fast.classify(CrfSentences.fresh(coreNlp, prepared)));
    }

    /** Token by token: CoreNLP's and the fast features, labels and label probabilities. */
    private static void assertSameResults(List<List<CoreLabel>> prepared) {
        List<String> differences = new ArrayList<>();
        int tokens = 0;
        int named = 0;
        for (List<CoreLabel> sentence : prepared) {
            String text = sentence.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
            int[][][] expectedData = coreNlp.documentToDataAndLabels(CrfSentences.fresh(coreNlp, sentence)).first();
            int[][][] actualData = fast.data(CrfSentences.fresh(coreNlp, sentence));
            if (!Arrays.deepEquals(expectedData, actualData)) {
                differences.add(text + "\n  features differ" + firstDifference(expectedData, actualData));
            }
            List<CoreLabel> expected = coreNlp.classify(CrfSentences.fresh(coreNlp, sentence));
            List<CoreLabel> actual = fast.classify(CrfSentences.fresh(coreNlp, sentence));
            if (!labels(expected).equals(labels(actual)) || !probabilities(expected).equals(probabilities(actual))) {
                differences.add(text + "\n  CoreNLP: " + labels(expected) + " " + probabilities(expected)
                        + "\n  fast:    " + labels(actual) + " " + probabilities(actual));
            }
            tokens += sentence.size();
            named += (int) labels(expected).stream().filter(l -> !l.equals("O")).count();
        }
        assertTrue(named > 0, "no token was labelled a name in " + tokens + " tokens");
        assertEquals("", String.join("\n", differences.subList(0, Math.min(10, differences.size()))),
                differences.size() + " differences in " + prepared.size() + " sentences (" + tokens + " tokens)");
    }

    private static String firstDifference(int[][][] expected, int[][][] actual) {
        if (actual == null) {
            return ": the fast CRF left the sentence to CoreNLP";
        }
        for (int j = 0; j < Math.min(expected.length, actual.length); j++) {
            for (int k = 0; k < expected[j].length; k++) {
                if (!Arrays.equals(expected[j][k], actual[j][k])) {
                    return " at token " + j + ", clique " + k + ":\n    CoreNLP " + Arrays.toString(expected[j][k])
                            + "\n    fast    " + Arrays.toString(actual[j][k]);
                }
            }
        }
        return " in length: " + expected.length + " and " + actual.length;
    }

    private static List<String> labels(List<CoreLabel> tokens) {
        return tokens.stream().map(t -> t.get(CoreAnnotations.AnswerAnnotation.class)).toList();
    }

    private static List<Double> probabilities(List<CoreLabel> tokens) {
        return tokens.stream().map(t -> t.get(CoreAnnotations.AnswerProbAnnotation.class)).toList();
    }
}
