package dev.accord.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SUTime reads only the words around date words. On the sentences of real news articles, that must find
 * what SUTime finds reading every word, but for bare numbers it reads as clock times.
 */
class DateCuesIT {

    private static final Path CORPUS = Path.of(System.getProperty("accord.shared", "../shared"))
            .resolve("corpus/wikinews.jsonl");
    @Test
    void cuesTellWordsThatBuildTimeExpressions() {
        for (String w : List.of("2024", "FY2010", "1990s", "'90s", "21st", "10:30", "9/11", "9am", "Monday",
                "yesterday", "weekend", "Sept.", "decades", "overnight", "a.m.", "centennial", "lunchtime",
                "nineties", "3-day")) {
            assertTrue(DateCues.isCue(w), w);
        }
        for (String w : List.of("China", "signed", "parties", "authorities", "agreement", "three", "15", "2.5%",
                "300", "1,500")) {
            assertFalse(DateCues.isCue(w), w);
        }
    }

    @Test
    void sutimeAroundDateWordsFindsWhatSutimeOnWholeSentencesFinds() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS), "skipped: " + CORPUS + " is absent (the shared corpus beside the"
                + " checkout; set -Daccord.shared=DIR)");
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("sutime.markTimeRanges", "true");
        StanfordCoreNLP tagger = new StanfordCoreNLP(props);
        TimeExpressionExtractorImpl whole = new TimeExpressionExtractorImpl("sutime", props);
        CueGatedTimeExtractor gated = new CueGatedTimeExtractor(new TimeExpressionExtractorImpl("sutime", props));

        ObjectMapper json = new ObjectMapper();
        int tokens = 0;
        int read = 0;
        int found = 0;
        List<String> differences = new ArrayList<>();
        List<String> lines = Files.readAllLines(CORPUS);
        for (String line : lines.subList(0, Math.min(150, lines.size()))) {
            String text = json.readTree(line).path("text").asText("");
            List<CoreMap> one = sentences(tagger, text);
            List<CoreMap> other = sentences(tagger, text);
            Annotation document = new Annotation(text);
            document.set(CoreAnnotations.DocDateAnnotation.class, "2010-06-01");
            for (int i = 0; i < one.size(); i++) {
                List<String> expected = described(whole.extractTimeExpressionCoreMaps(one.get(i), document));
                List<String> actual = described(gated.extractTimeExpressionCoreMaps(other.get(i), document));
                List<CoreLabel> words = one.get(i).get(CoreAnnotations.TokensAnnotation.class);
                tokens += words.size();
                read += CueGatedTimeExtractor.windows(words).stream().mapToInt(w -> w[1] - w[0]).sum();
                found += expected.size();
                expected.removeIf(DateCuesIT::withoutDateWord);
                actual.removeIf(DateCuesIT::withoutDateWord);
                if (!expected.equals(actual)) {
                    differences.add(expected + " != " + actual + " in: " + one.get(i).get(CoreAnnotations.TextAnnotation.class));
                }
                assertEquals(numbers(one.get(i)), numbers(other.get(i)), "numbers of: " + words);
            }
        }
        assertTrue(found > 300, "the articles hold few time expressions: " + found);
        assertTrue(read < tokens * 0.3, "SUTime read " + read + " of " + tokens + " words");
        assertEquals(List.of(), differences);
    }

    private static List<CoreMap> sentences(StanfordCoreNLP tagger, String text) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** Each expression's words, type, value and range. */
    private static List<String> described(List<CoreMap> expressions) {
        List<String> out = new ArrayList<>();
        for (CoreMap e : expressions == null ? List.<CoreMap>of() : expressions) {
            Timex t = e.get(TimeAnnotations.TimexAnnotation.class);
            out.add(e.get(CoreAnnotations.TokenBeginAnnotation.class) + "-" + e.get(CoreAnnotations.TokenEndAnnotation.class)
                    + " " + e.get(CoreAnnotations.TextAnnotation.class) + " " + t.timexType() + " " + t.value()
                    + " " + (t.range() == null ? "" : t.range().begin + "/" + t.range().end));
        }
        return out;
    }

    /** An expression with no date word, a bare number read as a clock time, which the gate leaves out on purpose. */
    private static boolean withoutDateWord(String described) {
        String words = described.substring(described.indexOf(' ') + 1).split(" (DATE|TIME|DURATION|SET) ")[0];
        return !DateCues.anyCue(List.of(words.split(" ")));
    }

    private static List<String> numbers(CoreMap sentence) {
        List<CoreMap> numbers = sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class);
        return numbers == null ? List.of() : numbers.stream()
                .map(n -> n.get(CoreAnnotations.TextAnnotation.class) + "=" + n.get(CoreAnnotations.NumericCompositeValueAnnotation.class))
                .toList();
    }
}
