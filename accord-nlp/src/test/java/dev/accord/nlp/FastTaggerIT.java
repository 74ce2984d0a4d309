package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fast tagger must give exactly CoreNLP's tags, token by token, with the real English model, on
 * news and on the words that take the rare-word features: unknown words, hyphens, numbers, capitals.
 */
class FastTaggerIT {

    private static final String HARD_CASES = """
            Kazakhstan and China signed a declaration on strategic partnership in Astana on Tuesday.

            The Zhangjiakou-Khorgos corridor, a blorfingly ambitious Sino-Kazakh-Uzbek project, was \
            re-announced by the well-known anti-government ex-minister.

            THE UN SECURITY COUNCIL SAID NATO AND THE CSTO MUST ACT NOW.

            On 12/03/2024 at 14:30, 3,000 protesters (about 1.5% of 200,000) marched 12.5km; \
            losses were $4.7bn, or 0.3 per cent, up from 2.1 in 2019-20.

            Organisations across the region criticised the programme's colour-coded labour rules.

            Blorf.

            Glarbing wuzzles frimble.

            ...

            Yes!

            In a speech that lasted nearly three hours and that was broadcast live on every national \
            channel, the president, who had returned that morning from a tour of the Caspian ports of \
            Aktau, Kuryk and Baku, said that the government would not accept any agreement that limited \
            its sovereignty over the shelf, that it would keep buying grain, fertiliser and machinery \
            from its neighbours, that the new railway linking Urumqi, Khorgos, Almaty, Tashkent and \
            Termez would open in 2027 rather than 2030 as the ministers of transport had first promised, \
            and that the summit of the Shanghai Cooperation Organisation planned for the autumn in \
            Astana would, despite the objections of several members and the doubts voiced by observers \
            in Moscow, Beijing, Washington and Brussels, go ahead with all ten heads of state present, \
            because, in his words, the region could no longer afford to wait for others to decide its \
            future for it.
            """;

    private static MaxentTagger coreNlp;
    private static FastTagger fast;

    @BeforeAll
    static void loadTagger() {
        coreNlp = new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH);
        fast = FastTagger.of(coreNlp);
    }

    @Test
    void hardCasesAreTaggedAsCoreNlpTagsThem() {
        List<CoreMap> sentences = ParserSentences.split(HARD_CASES);
        assertEquals(10, sentences.size());
        assertSameTags(sentences);
    }

    @Test
    void newsSentencesAreTaggedAsCoreNlpTagsThem() throws IOException {
        assumeTrue(Files.isRegularFile(ParserSentences.CORPUS), "skipped: " + ParserSentences.CORPUS
                + " is absent (the shared corpus beside the checkout; set -Daccord.shared=DIR)");
        List<CoreMap> sentences = new ArrayList<>();
        for (String text : ParserSentences.corpusTexts(150)) {
            sentences.addAll(ParserSentences.split(text));
        }
        assertTrue(sentences.size() >= 1000, "too few sentences to compare: " + sentences.size());
        assertSameTags(sentences);
    }

    @Test
    void anEmptySentenceHasNoTags() {
        assertEquals(0, fast.tags(List.of()).length);
        assertEquals(0, coreNlp.tagSentence(List.of()).size());
    }

    @Test
    void threadsTaggingAtOnceGetTheTagsOfOneThread() throws Exception {
        List<CoreMap> sentences = new ArrayList<>(ParserSentences.split(HARD_CASES));
        if (Files.isRegularFile(ParserSentences.CORPUS)) {
            for (String text : ParserSentences.corpusTexts(20)) {
                sentences.addAll(ParserSentences.split(text));
            }
        }
        List<List<String>> alone = sentences.stream().map(FastTaggerIT::fastTags).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                runs.add(pool.submit(() -> sentences.stream().map(FastTaggerIT::fastTags).toList()));
            }
            for (Future<List<List<String>>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thePipelineWithTheFastTaggerTagsAsCoreNlpsPipeline() {
        StanfordCoreNLP plain = pipeline(new Properties());
        StanfordCoreNLP withFast = pipeline(new Properties());
        assertEquals(1, FastTaggerAnnotator.install(withFast));
        assertEquals(pipelineTags(plain, HARD_CASES), pipelineTags(withFast, HARD_CASES));
    }

    @Test
    void aPipelineThatKeepsGivenTagsIsRefusedByName() {
        Properties props = new Properties();
        props.setProperty("pos.reuseTags", "true");
        StanfordCoreNLP reusing = pipeline(props);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FastTaggerAnnotator.install(reusing));
        assertTrue(e.getMessage().contains("pos.reuseTags"), e.getMessage());
    }

    @Test
    void sentencesOverTheLengthLimitAreTaggedXAsCoreNlpTagsThem() {
        Properties props = new Properties();
        props.setProperty("pos.maxlen", "5");
        StanfordCoreNLP plain = pipeline(props);
        StanfordCoreNLP withFast = pipeline(props);
        FastTaggerAnnotator.install(withFast);
        List<String> tags = pipelineTags(withFast, HARD_CASES);
        assertTrue(tags.contains("X"), "no sentence was over the limit: " + tags);
        assertEquals(pipelineTags(plain, HARD_CASES), tags);
    }

    /** Checks every token of every sentence, and says where the tags differ. */
    private static void assertSameTags(List<CoreMap> sentences) {
        List<String> differences = new ArrayList<>();
        int tokens = 0;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
            tokens += words.size();
            List<String> expected = coreNlp.tagSentence(words).stream().map(TaggedWord::tag).toList();
            List<String> actual = fastTags(sentence);
            if (!expected.equals(actual)) {
                differences.add(sentence.get(CoreAnnotations.TextAnnotation.class)
                        + "\n  CoreNLP: " + expected + "\n  fast:    " + actual);
            }
        }
        assertTrue(tokens >= sentences.size(), "too few tokens to compare: " + tokens);
        assertEquals("", String.join("\n", differences),
                differences.size() + " of " + sentences.size() + " sentences (" + tokens + " tokens) tagged differently");
    }

    private static List<String> fastTags(CoreMap sentence) {
        return Arrays.asList(fast.tags(sentence.get(CoreAnnotations.TokensAnnotation.class)));
    }

    private static StanfordCoreNLP pipeline(Properties settings) {
        Properties props = new Properties();
        props.putAll(settings);
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return new StanfordCoreNLP(props);
    }

    private static List<String> pipelineTags(StanfordCoreNLP pipeline, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<String> tags = new ArrayList<>();
        for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            tags.add(token.tag());
        }
        return Collections.unmodifiableList(tags);
    }
}
