package dev.accord.extract;

import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.Evidence;
import dev.accord.model.Provenance;
import dev.accord.model.Theme;
import dev.accord.model.text.AnnotatedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeExtractorTest {

    private static final Provenance PROVENANCE = new Provenance("themes", "0.1.0", "0123456789abcdef");

    private static List<Theme> themesOf(String text) {
        Article a = Article.of("themes.txt", null, LocalDate.of(2025, 5, 1), "en", text);
        // The themes stage reads only the text; an annotation without tokens is enough.
        return new ThemeExtractor().extract(a, new AnnotatedText(text, List.of(), List.of(), List.of()), PROVENANCE);
    }

    private static Theme theme(List<Theme> themes, String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no theme " + code + " in " + themes));
    }

    @Test
    void eachThemeCarriesEveryPassageThatNamesIt() {
        String text = "The ministers discussed trade and a new railway. Exports of grain rose; trade grew.";
        List<Theme> themes = themesOf(text);
        Theme trade = theme(themes, "trade");
        assertEquals(List.of("trade", "Exports", "trade"), trade.evidence().stream().map(Evidence::text).toList());
        assertEquals("railway", theme(themes, "infrastructure").evidence().get(0).text());
        assertEquals("grain", theme(themes, "agriculture").evidence().get(0).text());
    }

    @Test
    void acronymsMatchOnlyInCapitalsAndCuesOnlyAsWholeWords() {
        List<Theme> themes = themesOf("The AI lab said: we are paid for the tradecraft, and raise the arms budget.");
        assertEquals("AI", theme(themes, "artificial-intelligence").evidence().get(0).text());
        assertTrue(themes.stream().noneMatch(t -> t.code().equals("trade")), themes.toString());
        assertFalse(themesOf("They said it was a fair deal.").stream().anyMatch(t -> t.code().equals("artificial-intelligence")));
    }

    @Test
    void cuesTriedOnlyWhereWordsBeginFindWhatTheirPatternsFindAnywhere() {
        String text = "e-commerce and non-trade, 5G and G5G, 2025trade, (trade), \u00c9ducation, \u00e9nergie,"
                + " AIDS and AI, R&D-led research, self-investment, \ud835\udc00trade, trade\u2014exports, "
                + "\"tariffs\", [banks] x-ray oil-gas oil_gas \u0661trade \u00b2trade -trade trade-";
        List<Theme> themes = themesOf(text);
        for (ThemeExtractor.Entry e : ThemeExtractor.TAXONOMY) {
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = e.cues().matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = themes.stream().filter(t -> t.code().equals(e.code()))
                    .flatMap(t -> t.evidence().stream()).map(ev -> ev.span().begin() + "-" + ev.span().end()).toList();
            assertEquals(expected, actual, e.code());
        }
        assertTrue(themes.size() > 5, themes.toString());
    }

    @Test
    void everyThemeOfTheIssueIsInTheTaxonomy() {
        List<String> codes = ThemeExtractor.TAXONOMY.stream().map(ThemeExtractor.Entry::code).toList();
        assertTrue(codes.containsAll(List.of("infrastructure", "trade", "investment", "energy", "environment", "digital",
                "artificial-intelligence", "security", "military", "education", "culture", "tourism-visas-migration",
                "health", "finance", "agriculture", "transport-logistics", "space", "science")), codes.toString());
    }

    @Test
    void aThemeBelongsToAQuoteWhoseWordsHoldItsEvidence() {
        String text = "She said: \"Visa rules were eased.\" Separately, banks lent more.";
        List<Theme> themes = themesOf(text);
        CharSpan quote = new CharSpan(text.indexOf('"'), text.lastIndexOf('"') + 1);
        assertTrue(theme(themes, "tourism-visas-migration").within(quote));
        assertFalse(theme(themes, "finance").within(quote));
    }
}
