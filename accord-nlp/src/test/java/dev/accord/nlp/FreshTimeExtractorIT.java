package dev.accord.nlp;

import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A sentence's dates do not depend on what SUTime read before it. */
class FreshTimeExtractorIT {

    /** Read first: a past Wednesday, by the tense of "confirmed". */
    private static final String EARLIER = "The outbreak was confirmed on Wednesday by the ministry.";
    /** Read next: a Wednesday with no tense beside it, which SUTime resolves to the closest one. */
    private static final String LATER = "The teams expect to finish the work by Wednesday.";

    @Test
    void aWednesdayWithoutTenseResolvesAlikeWhateverWasReadBefore() {
        String alone = wednesdays(SutimeSamples.sutime(), LATER);

        TimeExpressionExtractor fresh = new FreshTimeExtractor(SutimeSamples.sutime(), sutime -> sutime);
        wednesdays(fresh, EARLIER);
        assertEquals(alone, wednesdays(fresh, LATER));

        // The test can fail: CoreNLP's own SUTime carries the first sentence's tense into the second.
        TimeExpressionExtractor plain = SutimeSamples.sutime();
        wednesdays(plain, EARLIER);
        assertNotEquals(alone, wednesdays(plain, LATER), "CoreNLP 4.5.10 no longer carries tense across"
                + " sentences; FreshTimeExtractor may be unneeded");
    }

    private static String wednesdays(TimeExpressionExtractor sutime, String text) {
        List<CoreMap> sentences = SutimeSamples.sentences(text);
        assertEquals(1, sentences.size(), text);
        List<String> found = SutimeSamples.found(sutime, sentences.get(0));
        assertEquals(1, found.size(), "time expressions in: " + text);
        return found.get(0);
    }

    @Test
    void aThreadDoesNotSeeTheTensesAnotherThreadRead() throws Exception {
        String alone = wednesdays(SutimeSamples.sutime(), LATER);
        TimeExpressionExtractor fresh = new FreshTimeExtractor(SutimeSamples.sutime(), sutime -> sutime);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // The other thread reads the past Wednesday and keeps its SUTime; this one reads the later one.
            other.submit(() -> wednesdays(fresh, EARLIER)).get();
            assertEquals(alone, wednesdays(fresh, LATER));
            assertEquals(alone, other.submit(() -> wednesdays(fresh, LATER)).get());
        } finally {
            other.shutdown();
        }
    }
}
