package dev.accord.ingest;

import dev.accord.model.Fingerprint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintsTest {

    private static final String STORY = Samples.PARAGRAPH_1 + "\n" + Samples.PARAGRAPH_2 + "\n"
            + "Officials from both countries said technical teams would meet in Almaty next month to agree on the "
            + "volumes each side may draw from the reservoirs, and that farmers would be consulted.";

    @Test
    void copiesThatDifferOnlyInCaseSpacingAndPunctuationAreExactDuplicates() {
        Fingerprint a = Fingerprints.of(STORY);
        Fingerprint b = Fingerprints.of(STORY.toUpperCase().replace(",", "").replace("\n", "\n\n  "));
        assertEquals(a.exactHash(), b.exactHash());
        assertEquals(1.0, a.similarity(b));
    }

    @Test
    void aReprintWithADatelineABylineAndAChangedWordIsANearDuplicate() {
        String reprint = "By Caspian Wire staff\nTASHKENT (Caspian Wire) — " + STORY.replace("fairly", "evenly");
        double s = Fingerprints.of(STORY).similarity(Fingerprints.of(reprint));
        assertTrue(s >= Fingerprints.THRESHOLD, "similarity " + s);
    }

    @Test
    void aDifferentStoryOnTheSameSubjectIsNot() {
        String other = "Kyrgyzstan and Tajikistan reopened their border on Friday after months of talks, and "
                + "traders from both countries crossed at the Batken checkpoint for the first time since spring. "
                + "The governments said customs posts would stay open around the clock.";
        double s = Fingerprints.of(STORY).similarity(Fingerprints.of(other));
        assertTrue(s < 0.1, "similarity " + s);
    }

    @Test
    void theIndexFindsTheOriginalOfAReprint() {
        NearDuplicateIndex<String> index = new NearDuplicateIndex<>(Fingerprints.THRESHOLD);
        index.add("original", Fingerprints.of(STORY));
        assertEquals("original", index.find(Fingerprints.of(STORY + "\nRead more: water in Central Asia")).orElseThrow());
        assertTrue(index.find(Fingerprints.of("An unrelated note about the weather in Riga this weekend.")).isEmpty());
    }
}
