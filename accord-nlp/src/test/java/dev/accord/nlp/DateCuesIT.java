package dev.accord.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SUTime reads only sentences with a date word. This runs SUTime over the other sentences of real news
 * articles: it must find nothing there but spelled-out numbers it reads as clock times.
 */
class DateCuesIT {

    private static final Path CORPUS = Path.of(System.getProperty("accord.shared", "../shared"))
            .resolve("corpus/wikinews.jsonl");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "to", "past", "and", "-");

    @Test
    void cuesTellWordsThatBuildTimeExpressions() {
        for (String w : List.of("2024", "Monday", "yesterday", "weekend", "Sept.", "decades", "overnight", "a.m.",
                "centennial", "lunchtime", "nineties")) {
            assertTrue(DateCues.isCue(w), w);
        }
        for (String w : List.of("China", "signed", "parties", "authorities", "agreement", "three")) {
            assertFalse(DateCues.isCue(w), w);
        }
    }

    @Test
    void sutimeFindsNothingInSentencesWithoutCues() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS), "skipped: " + CORPUS + " is absent (the shared corpus beside the"
                + " checkout; set -Daccord.shared=DIR)");
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP tagger = new StanfordCoreNLP(props);
        Properties time = new Properties();
        time.setProperty("sutime.includeRange", "true");
        time.setProperty("sutime.markTimeRanges", "true");
        TimeAnnotator sutime = new TimeAnnotator("sutime", time);

        ObjectMapper json = new ObjectMapper();
        int sentences = 0;
        int skipped = 0;
        List<String> lost = new ArrayList<>();
        List<String> lines = Files.readAllLines(CORPUS);
        for (String line : lines.subList(0, Math.min(120, lines.size()))) {
            JsonNode article = json.readTree(line);
            Annotation doc = new Annotation(article.path("text").asText(""));
            tagger.annotate(doc);
            List<CoreMap> withoutCues = new ArrayList<>();
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences++;
                if (!DateCues.anyCue(s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList())) {
                    withoutCues.add(s);
                }
            }
            skipped += withoutCues.size();
            Annotation rest = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
            rest.set(CoreAnnotations.SentencesAnnotation.class, withoutCues);
            rest.set(CoreAnnotations.DocDateAnnotation.class, "2010-06-01");
            sutime.annotate(rest);
            for (CoreMap t : rest.get(TimeAnnotations.TimexAnnotations.class)) {
                List<String> words = t.get(CoreAnnotations.TokensAnnotation.class).stream()
                        .map(w -> w.word().toLowerCase()).toList();
                if (!NUMBER_WORDS.containsAll(words)) {
                    lost.add(String.join(" ", words));
                }
            }
        }
        assertTrue(skipped > sentences / 4, "few sentences were without date words: " + skipped + " of " + sentences);
        assertEquals(List.of(), lost, "time expressions in sentences without a date word");
    }
}
