package dev.accord.extract;

import dev.accord.model.CharSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteExtractorTest {

    private static List<List<String>> chains(String text) {
        return QuoteExtractor.directChains(text).stream()
                .map(chain -> chain.stream().map((CharSpan s) -> s.of(text)).toList()).toList();
    }

    @Test
    void twoApostrophesQuoteLikeAStraightMark() {
        assertEquals(List.of(List.of("The levy is a start,", "but only a start.")),
                chains("''The levy is a start,'' said Mr. Ardent. ''but only a start.''"));
    }

    @Test
    void aParagraphOpeningWithAClosingMarkOpensAQuote() {
        assertEquals(List.of(List.of("Fear is what I feel."), List.of("Hope is what I keep.")),
                chains("\u201DFear is what I feel.\u201D \u2015 Lea Marsh\n\u201DHope is what I keep.\u201D"));
    }
}
