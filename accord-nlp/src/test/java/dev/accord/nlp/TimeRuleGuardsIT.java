package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** SUTime with its rules guarded finds exactly what SUTime finds running every rule. */
class TimeRuleGuardsIT {

    /** Dates, times, durations, sets and ranges in many of the forms SUTime's rules know. */
    private static final String WRITTEN = """
            The ministers met on Monday, 3 March 2014, and again last Friday at 10:30 a.m. local time.
            From the first week of March to the end of the decade, talks ran every two weeks.
            The summit, held in the spring of 2019, came 25 years after the 1994 accord and two days before Christmas Eve.
            He served from 2001 to 2005 and returned in the mid-1990s, early this year, and the next morning.
            Trade grew 4% in the third quarter of fiscal 2023; the treaty expires on 31/12/2030 at midnight GMT.
            Talks resumed this weekend after a three-month pause, nearly a decade ago, during the 1980s.
            The ceasefire held for 72 hours until 6pm on the 21st; elections are due every four years, each November.
            Officials said the visit would take place later this month or early next year, around Ramadan.
            """;

    @Test
    void guardedRulesFindWhatEveryRuleFindsInRealAndWrittenSentences() throws IOException {
        assumeTrue(Files.isRegularFile(SutimeSamples.CORPUS), "skipped: " + SutimeSamples.CORPUS + " is absent (the"
                + " shared corpus beside the checkout; set -Daccord.shared=DIR)");
        TimeExpressionExtractorImpl every = SutimeSamples.sutime();
        TimeExpressionExtractorImpl guarded = SutimeSamples.sutime();
        int rules = TimeRuleGuards.install(guarded);
        assertTrue(rules > 150, "only " + rules + " of SUTime's rules were guarded");

        List<String> texts = new ArrayList<>(SutimeSamples.texts(150));
        texts.add(WRITTEN);
        int found = 0;
        List<String> differences = new ArrayList<>();
        for (String text : texts) {
            List<CoreMap> one = SutimeSamples.sentences(text);
            List<CoreMap> other = SutimeSamples.sentences(text);
            for (int i = 0; i < one.size(); i++) {
                List<String> expected = SutimeSamples.found(every, one.get(i));
                List<String> actual = SutimeSamples.found(guarded, other.get(i));
                found += expected.size();
                if (!expected.equals(actual)) {
                    differences.add(expected + " != " + actual + " in: " + one.get(i).get(CoreAnnotations.TextAnnotation.class));
                }
            }
        }
        assertTrue(found > 400, "the articles hold few time expressions: " + found);
        assertEquals(List.of(), differences);
    }
}
