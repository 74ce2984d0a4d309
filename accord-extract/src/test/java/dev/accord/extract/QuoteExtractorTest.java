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

    @Test
    void aQuoteInSingleMarksIsAQuote() {
        assertEquals(List.of(List.of("We will not pay the levy")),
                chains("The banner read \u2018We will not pay the levy\u2019 and the growers cheered."));
        assertEquals(List.of(List.of("the levy is dead")), chains("Ruiz called out 'the levy is dead' twice."));
        assertEquals(List.of(List.of("We stay,", "We sell.")),
                chains("\u2018We stay,\u2019 she said. \u2018We sell.\u2019"));
    }

    @Test
    void anApostropheInsideOrBeforeAWordOpensNoQuote() {
        assertEquals(List.of(), chains("The growers' union didn't meet in the '90s while rock 'n' roll played."));
        assertEquals(List.of(), chains("The growers\u2019 union met. \u2018Tis the season, a grower wrote.\n"
                + "Nobody came\u2019s way."));
    }

    @Test
    void singleMarksInsideADoubleQuoteStayInIt() {
        assertEquals(List.of(List.of("She told me \u2018no\u2019 twice,")),
                chains("\u201CShe told me \u2018no\u2019 twice,\u201D Ruiz said."));
    }
}
