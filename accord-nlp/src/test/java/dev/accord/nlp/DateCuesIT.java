package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SUTime reads only the words around date words. On the sentences of real news articles, that must find
 * what SUTime finds reading every word, but for bare numbers it reads as clock times.
 */
class DateCuesIT {

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
        assumeTrue(Files.isRegularFile(ParserSentences.CORPUS), "skipped: " + ParserSentences.CORPUS + " is absent (the"
                + " shared corpus beside the checkout; set -Daccord.shared=DIR)");
        TimeExpressionExtractorImpl whole = SutimeSamples.sutime();
        CueGatedTimeExtractor gated = new CueGatedTimeExtractor(SutimeSamples.sutime());

        int tokens = 0;
        int read = 0;
        int found = 0;
        List<String> differences = new ArrayList<>();
        for (String text : ParserSentences.corpusTexts(150)) {
            List<CoreMap> one = SutimeSamples.sentences(text);
            List<CoreMap> other = SutimeSamples.sentences(text);
            for (int i = 0; i < one.size(); i++) {
                List<String> expected = SutimeSamples.found(whole, one.get(i));
                List<String> actual = SutimeSamples.found(gated, other.get(i));
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
