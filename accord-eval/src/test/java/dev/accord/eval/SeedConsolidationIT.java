package dev.accord.eval;

import dev.accord.consolidate.ConsolidationSettings;
import dev.accord.consolidate.Consolidator;
import dev.accord.consolidate.MiniLmEncoder;
import dev.accord.extract.FactExtractor;
import dev.accord.ingest.Input;
import dev.accord.ingest.TextArticleReader;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.EventType;
import dev.accord.model.Modality;
import dev.accord.model.consolidated.ConsolidatedAgreement;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The "done when": the seed article and three reports of the same two summits by other outlets, written
 * for this test in their own words, analysed by the real pipeline and consolidated with the real sentence
 * encoder, give one Astana summit, one Tianjin summit, one Astana Declaration and one Tianjin Declaration, each
 * with four reports, in whatever order the articles arrive.
 */
class SeedConsolidationIT {

    private static final Path ARTICLE = Path.of(System.getProperty("accord.shared", "../shared"))
            .resolve("seed/000_ebc1b76246187781.txt");
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 10);

    /** Other outlets' reports, written for Accord: headline, then the body. */
    private static final String[][] REPORTS = {
        {"Caspian Wire", "Central Asia and China: a summer of summits",
            "Leaders of China, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Astana in June "
                + "for the 2nd China-Central Asia Summit, where they signed the Astana Declaration.\n"
                + "The Shanghai Cooperation Organization then held its summit in Tianjin from Aug 31 to Sept 1. "
                + "The SCO signed the Tianjin Declaration at the meeting."},
        {"Eurasia Monitor", "Two declarations in one year",
            "The 2nd China-Central Asia Summit took place in Astana in June. China, Kazakhstan, Kyrgyzstan, "
                + "Tajikistan, Turkmenistan and Uzbekistan signed the Astana Declaration there.\n"
                + "From Aug 31 to Sept 1, the Shanghai Cooperation Organization summit was held in Tianjin, and the "
                + "SCO adopted the Tianjin Declaration."},
        {"Silk Road Post", "Kazakhstan looks east after Astana and Tianjin",
            "In June, Astana hosted the 2nd China-Central Asia Summit with the leaders of China, Kazakhstan, "
                + "Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, who signed the Astana Declaration.\n"
                + "Leaders of the Shanghai Cooperation Organization gathered in Tianjin from Aug 31 to Sept 1 and "
                + "signed the Tianjin Declaration."},
    };

    private static final List<ArticleFacts> FACTS = new ArrayList<>();
    private static Consolidator consolidator;

    @BeforeAll
    static void analyseTheSeedAndThreeOtherReports() throws Exception {
        assumeTrue(Files.isRegularFile(ARTICLE), "skipped: the seed article is not at " + ARTICLE
                + " (it ships in ../shared beside the checkout; set -Daccord.shared=DIR to point elsewhere)");
        FactExtractor extractor = new FactExtractor(CoreNlpAnnotator.shared());
        Article seed = new TextArticleReader().read(new Input(ARTICLE.toString(), ARTICLE),
                new TextArticleReader.Options(PUBLISHED, null)).withWeb(null, null, "CGTN", null, null);
        FACTS.add(extractor.analyze(seed));
        for (int i = 0; i < REPORTS.length; i++) {
            Article report = Article.of("report-" + i + ".txt", REPORTS[i][1], PUBLISHED.plusDays(i), "en",
                    REPORTS[i][2]).withWeb(null, null, REPORTS[i][0], null, null);
            FACTS.add(extractor.analyze(report));
        }
        consolidator = Consolidator.inMemory(ConsolidationSettings.DEFAULT, new MiniLmEncoder());
        FACTS.forEach(consolidator::add);
    }

    private static List<ConsolidatedEvent> heldSummits(String place) {
        return consolidator.events().stream().filter(e -> e.type() == EventType.CONSULT
                && e.modality() == Modality.ASSERTED && e.place() != null && e.place().name().equals(place)).toList();
    }

    private static ConsolidatedAgreement agreement(String name) {
        List<ConsolidatedAgreement> named = consolidator.agreements().stream().filter(a -> a.name().equals(name))
                .toList();
        assertEquals(1, named.size(), name + " is one agreement: " + named);
        return named.get(0);
    }

    @Test
    void theAstanaSummitIsOneEventWithFourReports() {
        List<ConsolidatedEvent> summits = heldSummits("Astana");
        assertEquals(1, summits.size(), summits.toString());
        assertEquals(4, summits.get(0).reports());
        assertEquals(List.of("CGTN", "Caspian Wire", "Eurasia Monitor", "Silk Road Post"), summits.get(0).outlets());
        assertEquals("2025-06", summits.get(0).date().value());
    }

    @Test
    void theTianjinSummitIsOneEventWithFourReports() {
        List<ConsolidatedEvent> summits = heldSummits("Tianjin");
        assertEquals(1, summits.size(), summits.toString());
        assertEquals(4, summits.get(0).reports());
        assertEquals("2025-08-31/2025-09-01", summits.get(0).date().value());
    }

    @Test
    void eachDeclarationIsOneAgreementWithFourReportsAndOneSigning() {
        for (String name : List.of("Astana Declaration", "Tianjin Declaration")) {
            ConsolidatedAgreement a = agreement(name);
            assertEquals(4, a.reports(), name);
            assertEquals("SIGNED", a.status(), name);
            assertEquals(1, a.events().size(), name + " is signed by one consolidated event: " + a.events());
            assertEquals(4, consolidator.expectEvent(a.events().get(0)).reports(), name + "'s signing");
        }
    }

    @Test
    void theSameArticlesInReverseOrderGiveTheSameRecord() {
        Consolidator reversed = Consolidator.inMemory(ConsolidationSettings.DEFAULT, new MiniLmEncoder());
        for (int i = FACTS.size() - 1; i >= 0; i--) {
            reversed.add(FACTS.get(i));
        }
        assertEquals(consolidator.events(), reversed.events());
        assertEquals(consolidator.agreements(), reversed.agreements());
        assertEquals(consolidator.people(), reversed.people());
    }
}
