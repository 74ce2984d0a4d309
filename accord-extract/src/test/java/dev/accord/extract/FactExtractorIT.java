package dev.accord.extract;

import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.EventDate;
import dev.accord.model.CharSpan;
import dev.accord.model.Evidence;
import dev.accord.model.Place;
import dev.accord.model.PlaceKind;
import dev.accord.model.Theme;
import dev.accord.model.TimeExpression;
import dev.accord.model.TimeType;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extractors over the real CoreNLP pipeline, loaded once for this class. */
class FactExtractorIT {

    private static final FactExtractor EXTRACTOR = new FactExtractor(CoreNlpAnnotator.shared());

    private static final String TEXT = "Japanese Prime Minister Shigeru Ishiba hosted leaders of the European "
            + "Union (EU) in Tokyo on Wednesday, where the two sides adopted the Tokyo Joint Declaration. "
            + "Ishiba said China-Japan ties had never been closer. "
            + "Talks with Brazil and South Korea are planned from Oct 6 to Oct 8 in Europe, the EU said. "
            + "Envoys from Central Asia and Myanmar will attend.";

    private static final ArticleFacts FACTS = EXTRACTOR.analyze(
            Article.of("tokyo.txt", null, LocalDate.of(2025, 7, 24), "en", TEXT));

    private static Optional<Entity> entity(String name) {
        return FACTS.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void statesAreCodedAndAHyphenatedPairNamesBoth() {
        Entity japan = entity("Japan").orElseThrow();
        assertEquals(EntityType.STATE, japan.type());
        assertEquals("JPN", japan.code());
        assertEquals("state:JPN", japan.id());
        assertEquals("KOR", entity("South Korea").orElseThrow().code());
        assertEquals("BRA", entity("Brazil").orElseThrow().code());
        assertEquals("MMR", entity("Myanmar").orElseThrow().code());
        assertEquals(List.of("China"), entity("China").orElseThrow().mentions().stream().map(Evidence::text).toList());
    }

    @Test
    void aSurnameJoinsThePersonNamedInFull() {
        Entity ishiba = entity("Shigeru Ishiba").orElseThrow();
        assertEquals(EntityType.PERSON, ishiba.type());
        assertEquals(List.of("Shigeru Ishiba", "Ishiba"), ishiba.mentions().stream().map(Evidence::text).toList());
    }

    @Test
    void anAcronymInParenthesesAndItsLaterUsesJoinTheOrganisation() {
        Entity eu = entity("European Union").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, eu.type());
        assertEquals(List.of("European Union", "EU", "EU"),
                eu.mentions().stream().map(Evidence::text).toList());
    }

    @Test
    void aNamedDeclarationIsADocumentNotAnOrganisation() {
        Entity declaration = entity("Tokyo Joint Declaration").orElseThrow();
        assertEquals(EntityType.OTHER, declaration.type());
        assertEquals("DOCUMENT", declaration.tag());
        assertTrue(FACTS.entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
                && e.name().contains("Declaration")));
    }

    @Test
    void continentsAreRegionsAndCitiesArePlaces() {
        assertEquals("REGION", entity("Europe").orElseThrow().tag());
        assertEquals(EntityType.PLACE, entity("Tokyo").orElseThrow().type());
        assertEquals("REGION", entity("Central Asia").orElseThrow().tag());
    }

    private static Place place(String mention) {
        return FACTS.places().stream().filter(p -> p.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .findFirst().orElseThrow(() -> new AssertionError("no place mentioned as " + mention));
    }

    @Test
    void tokyoIsGeocodedAsTheCapitalOfJapanAndEuropeAsARegion() {
        Place tokyo = place("Tokyo");
        assertEquals(PlaceKind.CITY, tokyo.kind());
        assertEquals("JPN", tokyo.country());
        assertEquals("PPLC", tokyo.featureCode());
        assertTrue(Math.abs(tokyo.latitude() - 35.69) < 0.2 && Math.abs(tokyo.longitude() - 139.69) < 0.2,
                tokyo.latitude() + ", " + tokyo.longitude());
        assertEquals(PlaceKind.REGION, place("Europe").kind());
        assertEquals(6255148L, place("Europe").geonameId());
        assertEquals(PlaceKind.COUNTRY, place("Myanmar").kind());
        assertEquals("places", tokyo.provenance().stage());
    }

    @Test
    void aStateThatActsIsMetonymicAndAStateThatIsAPlaceIsNot() {
        ArticleFacts facts = EXTRACTOR.analyze(Article.of("moscow.txt", null, LocalDate.of(2025, 7, 24), "en",
                "Russia said the talks would go on. Delegates arrived in Russia on Monday."));
        Place russia = facts.places().stream().filter(p -> p.id().equals("state:RUS")).findFirst().orElseThrow();
        assertEquals(List.of("Russia"), russia.metonymic().stream().map(Evidence::text).toList());
        assertEquals(0, russia.metonymic().get(0).span().begin());
        assertEquals(2, russia.mentions().size());
    }

    @Test
    void anEventHappenedInThePlaceAfterItsLocativePreposition() {
        int hosted = TEXT.indexOf("hosted");
        Place where = PlaceExtractor.eventLocation(FACTS.places(),
                CoreNlpAnnotator.shared().annotate(TEXT, LocalDate.of(2025, 7, 24)), new CharSpan(hosted, hosted + 6))
                .orElseThrow();
        assertEquals("Tokyo", where.name());
    }

    @Test
    void anEventTakesTheDateOfItsSentenceOrElseTheArticleDateMarkedAsSuch() {
        var annotated = CoreNlpAnnotator.shared().annotate(TEXT, LocalDate.of(2025, 7, 24));
        int hosted = TEXT.indexOf("hosted");
        EventDate when = TimeExtractor.eventDate(FACTS.article(), annotated, FACTS.times(),
                new CharSpan(hosted, hosted + 6)).orElseThrow();
        assertEquals("2025-07-23", when.value());
        assertFalse(when.fromArticleDate());
        int said = TEXT.indexOf("said China-Japan");
        EventDate undated = TimeExtractor.eventDate(FACTS.article(), annotated, FACTS.times(),
                new CharSpan(said, said + 4)).orElseThrow();
        assertEquals("2025-07-24", undated.value());
        assertTrue(undated.fromArticleDate());
    }

    @Test
    void vagueSpansAreReferencesAndWeekdaysFollowTheTenseOfTheirVerb() {
        ArticleFacts facts = EXTRACTOR.analyze(Article.of("vague.txt", null, LocalDate.of(2025, 9, 10), "en",
                "Ministers met on Monday. In recent years trade grew, and it will grow in the coming years. "
                        + "Two years ago the pipeline opened. The forum will be held on Friday."));
        Map<String, String> values = new HashMap<>();
        facts.times().forEach(t -> values.put(t.evidence().text(), t.value()));
        assertEquals("2025-09-08", values.get("Monday"));
        assertEquals("2025-09-12", values.get("Friday"));
        assertEquals("PAST_REF", values.get("recent years"));
        assertEquals("FUTURE_REF", values.get("the coming years"));
        assertEquals("2023", values.get("Two years ago"));
    }

    @Test
    void themesAreFoundWithTheirEvidence() {
        ArticleFacts facts = EXTRACTOR.analyze(Article.of("energy.txt", null, LocalDate.of(2025, 7, 24), "en",
                "Kazakhstan and China agreed to build a gas pipeline and expand wheat exports."));
        List<String> codes = facts.themes().stream().map(Theme::code).toList();
        assertTrue(codes.containsAll(List.of("energy", "agriculture", "trade")), codes.toString());
        facts.themes().forEach(t -> assertEquals("themes", t.provenance().stage()));
    }

    @Test
    void weekdaysAndWrittenRangesAreResolvedAgainstThePublicationDate() {
        TimeExpression wednesday = FACTS.times().stream().filter(t -> t.evidence().text().equals("Wednesday"))
                .findFirst().orElseThrow();
        assertEquals("2025-07-23", wednesday.value());
        assertTrue(wednesday.anchored());
        TimeExpression range = FACTS.times().stream().filter(t -> t.type() == TimeType.INTERVAL)
                .findFirst().orElseThrow();
        assertEquals("Oct 6 to Oct 8", range.evidence().text());
        assertEquals("2025-10-06/2025-10-08", range.value());
    }

    @Test
    void everyFactCarriesExactEvidenceAndCompleteProvenance() {
        FACTS.verify();
        for (Entity e : FACTS.entities()) {
            assertEquals("entities", e.provenance().stage());
            assertEquals(EXTRACTOR.configHash(), e.provenance().configHash());
        }
        FACTS.times().forEach(t -> assertEquals("times", t.provenance().stage()));
        assertFalse(FACTS.entities().isEmpty());
    }

    @Test
    void theSameArticleGivesByteIdenticalJson() {
        ArticleFacts again = EXTRACTOR.analyze(Article.of("tokyo.txt", null, LocalDate.of(2025, 7, 24), "en", TEXT));
        assertEquals(AccordJson.compact(FACTS), AccordJson.compact(again));
    }
}
