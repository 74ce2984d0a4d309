package dev.accord.extract;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.MentionKind;
import dev.accord.model.Quote;
import dev.accord.model.QuoteKind;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actors and quotes over the real CoreNLP pipeline, on an article written for this test. */
class ActorsAndQuotesIT {

    private static final String TEXT = String.join("\n",
            "Kazakh President Kassym-Jomart Tokayev met Chinese Foreign Minister Wang Yi in Astana on Monday.",
            "Beijing said the talks were productive. The Kazakh government announced a new visa regime.",
            "Aigerim Bekova, director of the Eurasian Research Institute in Kazakhstan, said the visit would "
                    + "deepen trade ties between the two countries.",
            "\u201CWe expect more flights and more students,\u201D she said. \u201CThe agreement also covers energy "
                    + "and transport links.\u201D",
            "\"Our pilot projects will test the new rules first,\" Bekova added.",
            "According to the Shanghai Cooperation Organisation (SCO), its members will meet in June.",
            "The director noted that NATO had not been invited to the talks.");

    private static final ArticleFacts FACTS = new FactExtractor(CoreNlpAnnotator.shared())
            .analyze(Article.of("astana-visit.txt", null, LocalDate.of(2025, 3, 12), "en", TEXT));

    private static Actor actor(String id) {
        return FACTS.actors().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + id + " in " + FACTS.actors().stream()
                        .map(Actor::id).toList()));
    }

    private static ArticleFacts analyze(String name, String text) {
        return new FactExtractor(CoreNlpAnnotator.shared()).analyze(Article.of(name, null, LocalDate.of(2025, 3, 12),
                "en", text));
    }

    private static Actor named(ArticleFacts facts, String name) {
        return facts.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor named " + name + " in " + facts.actors()));
    }

    private static List<String> mentions(Actor a, MentionKind kind) {
        return a.mentions().stream().filter(m -> m.kind() == kind).map(m -> m.evidence().text()).toList();
    }

    @Test
    void aPreModifierGivesRoleCountryAndSector() {
        Actor tokayev = actor("person:kassym-jomart-tokayev");
        assertEquals("President", tokayev.role());
        assertEquals("KAZ", tokayev.country());
        assertEquals("GOV", tokayev.sector());
        assertEquals("Kazakh President", tokayev.roleEvidence().text());
        Actor wang = actor("person:wang-yi");
        assertEquals("Foreign Minister", wang.role());
        assertEquals("CHN", wang.country());
    }

    @Test
    void aRankBeforeTheTitleAndAnOfficeTheTaggerMissedStillGiveTheCountry() {
        ArticleFacts facts = analyze("titles.txt", "Chilean junior foreign minister Rosa Pardo arrived in Lima on "
                + "Monday. Canadian Transport Secretary Ian Walsh met Mexican officials.");
        Actor pardo = named(facts, "Rosa Pardo");
        assertEquals("CHL", pardo.country());
        assertEquals("junior foreign minister", pardo.role());
        Actor walsh = named(facts, "Ian Walsh");
        assertEquals("CAN", walsh.country());
        assertEquals("Secretary", walsh.role());
    }

    @Test
    void anAppositiveWithAStatesPossessiveGivesTheCountry() {
        ArticleFacts facts = analyze("appositive.txt", "Juan Ortega, Bolivia's foreign minister, met the delegation. "
                + "Maria Lopez, Peru's leading environmental activist, began a hunger strike on Monday.");
        Actor ortega = named(facts, "Juan Ortega");
        assertEquals("BOL", ortega.country());
        assertEquals("foreign minister", ortega.role());
        assertEquals("GOV", ortega.sector());
        assertEquals("Bolivia's foreign minister", ortega.roleEvidence().text());
        Actor lopez = named(facts, "Maria Lopez");
        assertEquals("PER", lopez.country());
    }

    @Test
    void aStatesNameTaggedAsAnOrganisationIsTheState() {
        // The tagger reads "Ivory Coast" here as an organisation.
        ArticleFacts facts = analyze("rebels.txt", "Ivory Coast rebels on Friday again rejected a Malian peace plan.");
        assertTrue(facts.actors().stream().noneMatch(a -> a.kind() == ActorKind.ORGANIZATION),
                facts.actors().toString());
        assertEquals("CIV", facts.events().get(0).actors().get(0).code());
    }

    @Test
    void aNationalityBeforeAnOrganisationsNameGivesItsState() {
        ArticleFacts facts = analyze("assembly.txt", "The Portuguese National Assembly approved the budget.");
        Actor assembly = named(facts, "National Assembly");
        assertEquals("PRT", assembly.country());
        assertEquals("Portuguese National Assembly", assembly.roleEvidence().text());
    }

    @Test
    void aCapitalFollowedByAVerbIsItsGovernment() {
        Actor china = actor("state:CHN");
        assertEquals(List.of("Beijing"), mentions(china, MentionKind.CAPITAL));
        assertEquals("GOV", china.mentions().stream().filter(m -> m.kind() == MentionKind.CAPITAL).findFirst()
                .orElseThrow().sector());
        assertEquals(List.of("Chinese"), mentions(china, MentionKind.DEMONYM));
    }

    @Test
    void aStatesInstitutionGivesTheSector() {
        ActorMention government = actor("state:KAZ").mentions().stream()
                .filter(m -> m.kind() == MentionKind.GOVERNMENT).findFirst().orElseThrow();
        assertEquals("Kazakh government", government.evidence().text());
        assertEquals("GOV", government.sector());
    }

    @Test
    void anAppositiveGivesRoleAndAffiliationAndLaterMentionsResolve() {
        Actor bekova = actor("person:aigerim-bekova");
        assertEquals("director", bekova.role());
        assertEquals("Eurasian Research Institute in Kazakhstan", bekova.affiliation());
        assertEquals("KAZ", bekova.country());
        assertEquals(List.of("she"), mentions(bekova, MentionKind.PRONOUN));
        assertEquals(List.of("Bekova"), mentions(bekova, MentionKind.SURNAME));
        assertEquals(List.of("director"), mentions(bekova, MentionKind.NOMINAL));
        assertFalse(bekova.official());
    }

    @Test
    void theRegistryCodesInternationalOrganisationsWhateverTheSpelling() {
        Actor sco = actor("igo:SCO");
        assertEquals(ActorKind.IGO, sco.kind());
        assertTrue(sco.members().contains("KAZ"));
        assertEquals(List.of("SCO"), mentions(sco, MentionKind.ACRONYM));
        assertEquals("NATO", actor("igo:NATO").code());
    }

    @Test
    void noTitleIsInventedFromPilotProjects() {
        assertTrue(FACTS.actors().stream().noneMatch(a -> "pilot".equalsIgnoreCase(a.role())));
    }

    @Test
    void aDirectQuoteSplitAcrossAnAttributionIsOneQuoteOfItsSpeaker() {
        Quote q = FACTS.quotes().stream().filter(x -> x.text().startsWith("We expect")).findFirst().orElseThrow();
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals(2, q.parts().size());
        assertEquals("We expect more flights and more students,", q.parts().get(0).text());
        assertEquals("person:aigerim-bekova", q.speaker());
        assertEquals("she", q.speakerMention().text());
        assertEquals("said", q.cue().text());
        assertFalse(q.official());
        assertNull(q.onBehalfOf());
    }

    @Test
    void reportedSpeechIsAttributedThroughAppositivesCapitalsAndAccordingTo() {
        Quote visit = FACTS.quotes().stream().filter(x -> x.text().startsWith("the visit would deepen")).findFirst()
                .orElseThrow();
        assertEquals(QuoteKind.REPORTED, visit.kind());
        assertEquals("person:aigerim-bekova", visit.speaker());
        Quote beijing = FACTS.quotes().stream().filter(x -> x.text().startsWith("the talks were productive"))
                .findFirst().orElseThrow();
        assertEquals("state:CHN", beijing.speaker());
        assertTrue(beijing.official());
        assertEquals("CHN", beijing.onBehalfOf());
        Quote sco = FACTS.quotes().stream().filter(x -> x.text().startsWith("its members will meet")).findFirst()
                .orElseThrow();
        assertEquals("igo:SCO", sco.speaker());
        assertEquals("According to", sco.cue().text());
        Quote nato = FACTS.quotes().stream().filter(x -> x.text().startsWith("NATO had not")).findFirst().orElseThrow();
        assertEquals("person:aigerim-bekova", nato.speaker());
    }
}
