package dev.accord.extract;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.Place;
import dev.accord.model.PlaceKind;
import dev.accord.model.Quote;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names whose reading depends on the words around them, over the real CoreNLP pipeline, on sentences
 * written for this test.
 */
class ReadingInContextIT {

    private static ArticleFacts analyze(String text) {
        return new FactExtractor(CoreNlpAnnotator.shared())
                .analyze(Article.of("context.txt", null, LocalDate.of(2025, 4, 2), "en", text));
    }

    private static String describe(ArticleFacts f) {
        return "actors " + f.actors().stream().map(a -> a.id() + "=" + a.name()).toList() + ", places "
                + f.places().stream().map(p -> p.name() + "/" + p.kind()).toList();
    }

    @Test
    void aStateNamedBesideAnotherStateIsTheStateNotTheUsState() {
        ArticleFacts f = analyze("Georgia and Armenia signed a rail transit agreement in Yerevan on Tuesday.");
        assertTrue(f.actors().stream().anyMatch(a -> a.id().equals("state:GEO")), describe(f));
    }

    @Test
    void aNewsStyleStateAbbreviationAfterACityIsTheUsState() {
        ArticleFacts f = analyze("The charity opened a shelter in Fairfax, Va., in March, and a second one in"
                + " Tulsa, Okla., a month later.");
        for (String abbreviation : new String[] {"Va.", "Okla."}) {
            Place state = f.places().stream().filter(p -> p.name().equals(abbreviation)).findFirst()
                    .orElseThrow(() -> new AssertionError(abbreviation + ": " + describe(f)));
            assertEquals(PlaceKind.ADMINISTRATIVE, state.kind(), describe(f));
            assertEquals("USA", state.country(), describe(f));
        }
    }

    @Test
    void aPlaceNounBesideANameMakesItAPlaceNotAPerson() {
        ArticleFacts f = analyze("Grain shipments through the port of Poti rose in March, and farmers along the "
                + "Talas river asked the government for new canals.");
        assertTrue(f.actors().stream().noneMatch(a -> a.kind() == ActorKind.PERSON
                && (a.name().contains("Poti") || a.name().contains("Talas"))), describe(f));
        assertTrue(f.places().stream().map(Place::name).anyMatch(n -> n.contains("Poti")), describe(f));
    }

    @Test
    void aStateAdjectiveBeforeTheTitleOfAnInvertedReportLeavesThePersonTheSpeaker() {
        ArticleFacts f = analyze("The new corridor would carry its first trains in the autumn, said Kazakh Foreign "
                + "Minister Daniyar Omarov.\n\nThe first trains will carry grain, \u201Cand then anything the "
                + "farmers grow,\u201D said Kyrgyz Transport Minister Aibek Usenov.");
        for (Quote q : f.quotes()) {
            Actor speaker = f.actors().stream().filter(a -> a.id().equals(q.speaker())).findFirst()
                    .orElseThrow(() -> new AssertionError("no speaker for " + q.text() + "; " + describe(f)));
            assertEquals(ActorKind.PERSON, speaker.kind(), q.text() + "; " + describe(f));
        }
        assertEquals(2, f.quotes().size(), f.quotes().toString());
    }

    @Test
    void anEventTakesTheDateItsOwnSentenceGivesBeforeTheArticlesDate() {
        ArticleFacts f = new FactExtractor(CoreNlpAnnotator.shared()).analyze(Article.of("water.txt", null,
                LocalDate.of(2025, 9, 10), "en", "Tajikistan, Kyrgyzstan and Uzbekistan voiced their commitment to a shared water plan "
                        + "at the June summit in Dushanbe."));
        assertTrue(!f.events().isEmpty(), "no event in " + f.events());
        f.events().forEach(e -> assertEquals("2025-06", e.date().value(), e.toString()));
    }

    @Test
    void anEventToldRightAfterADatedOneInItsParagraphTakesThatDateAndOnlyThen() {
        String dated = "In March, the leaders of Tajikistan and Kyrgyzstan met in Dushanbe for border talks. "
                + "Tajikistan and Kyrgyzstan agreed on a joint commission for the river.";
        ArticleFacts f = new FactExtractor(CoreNlpAnnotator.shared()).analyze(Article.of("border.txt", null,
                LocalDate.of(2025, 9, 10), "en", dated));
        Event agreed = f.events().stream().filter(e -> e.trigger().text().startsWith("agreed")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'agreed' event in " + f.events()));
        assertEquals("2025-03", agreed.date().value(), agreed.toString());

        ArticleFacts apart = new FactExtractor(CoreNlpAnnotator.shared()).analyze(Article.of("border2.txt", null,
                LocalDate.of(2025, 9, 10), "en", dated.replace("talks. ", "talks.\n\n")));
        Event later = apart.events().stream().filter(e -> e.trigger().text().startsWith("agreed")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'agreed' event in " + apart.events()));
        assertEquals("2025-09-10", later.date().value(), "a new paragraph keeps the article's date: " + later);

        ArticleFacts now = new FactExtractor(CoreNlpAnnotator.shared()).analyze(Article.of("border3.txt", null,
                LocalDate.of(2025, 9, 10), "en", dated.replace("agreed on", "today agreed on")));
        Event today = now.events().stream().filter(e -> e.trigger().text().startsWith("agreed")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'agreed' event in " + now.events()));
        assertEquals("2025-09-10", today.date().value(), "a time word of its own keeps it from the date before: " + today);
    }

    @Test
    void thePortfolioBeforeATitleIsPartOfThePersonsRoleNotAnOrganisation() {
        ArticleFacts f = analyze("The first trains will carry grain, said Kyrgyz Transport Minister Aibek Usenov.");
        assertTrue(f.actors().stream().noneMatch(a -> a.kind() == ActorKind.ORGANIZATION), describe(f));
        Actor usenov = f.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).findFirst()
                .orElseThrow(() -> new AssertionError("no person in " + describe(f)));
        assertEquals("KGZ", usenov.country(), describe(f));
        assertEquals("Transport Minister", usenov.role(), describe(f));
    }
}
