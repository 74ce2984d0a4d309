package dev.accord.extract;

import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Evidence;
import dev.accord.model.TimeExpression;
import dev.accord.model.TimeType;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
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
