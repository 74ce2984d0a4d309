package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Remembered lemmas are CoreNLP's lemmas, word for word. */
class CachedLemmaAnnotatorIT {

    /** Forms the lemmatiser treats apart: irregular verbs, phrasal verbs joined by "_", proper nouns, capitals. */
    private static final String WRITTEN = "The ministers were meeting; they met, had met and will meet again."
            + " Geese, mice and criteria. She set_up the talks and gave_in. The Netherlands' NATO envoys"
            + " ARE WRITING. Running runs ran; better, best, worse.";

    @Test
    void rememberedLemmasEqualCoreNlpsOnRealAndWrittenText() throws IOException {
        assumeTrue(Files.isRegularFile(ParserSentences.CORPUS), "skipped: " + ParserSentences.CORPUS + " is absent (the"
                + " shared corpus beside the checkout; set -Daccord.shared=DIR)");
        Properties settings = new Properties();
        settings.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        settings.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP plain = new StanfordCoreNLP(settings);
        StanfordCoreNLP remembering = new StanfordCoreNLP(settings);
        assertEquals(1, CachedLemmaAnnotator.install(remembering));

        List<String> texts = new ArrayList<>(ParserSentences.corpusTexts(150));
        texts.add(WRITTEN);
        // The corpus twice: the second time every word is remembered.
        texts.addAll(ParserSentences.corpusTexts(150));
        int tokens = 0;
        for (String text : texts) {
            List<String> expected = lemmas(plain, text);
            assertEquals(expected, lemmas(remembering, text), text);
            tokens += expected.size();
        }
        assertTrue(tokens > 70_000, "few words compared: " + tokens);
    }

    private static List<String> lemmas(StanfordCoreNLP pipeline, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).stream()
                .map(CoreLabel::lemma)
                .toList();
    }
}
