package dev.accord.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleRankTest {

    @Test
    void eachWordCountsOneAndTwoInTheTitle() {
        TitleRank rank = new TitleRank("harbour  ferries");
        assertEquals(4, rank.score("New ferries for the harbour"));
        assertEquals(3, rank.score("Ferries cancelled"), "one word of two in the title");
        assertEquals(2, rank.score("Ferryman strikes"), "a word only begins like the title's");
        assertEquals(2, rank.score(null), "no title");
    }

    @Test
    void wordsAreComparedWithoutCaseOrDiacriticsAndTheirPartsInOrder() {
        assertEquals(2, new TitleRank("Sao").score("SÃO PAULO votes"));
        assertEquals(2, new TitleRank("Ulan-Bator").score("Ulan Bator's new mayor"));
        assertEquals(1, new TitleRank("Ulan-Bator").score("Bator, Ulan and the steppe"), "the parts out of order");
    }

    @Test
    void wordsWithoutALetterOrDigitCountNothing() {
        assertEquals(2, new TitleRank("?! river -").score("River traffic"));
    }
}
