package dev.accord.extract;

import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Quote;
import dev.accord.model.QuoteKind;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Speakers of direct quotes whose attribution is not next to the closing mark, on sentences written here. */
class QuoteSpeakersIT {

    private static final String TEXT = String.join("\n\n",
            "Ferry talks resume.",
            "Harbour chief Anna Orlova opened the talks on Monday with the unions.",
            "\u201CThe boats will sail by June,\u201D Orlova said, adding that the money for the new "
                    + "pier had not yet come from the ministry in the capital. \u201CThe pier "
                    + "needs repairs first, and the cranes are older than the crews.\u201D",
            "\u201CNobody will lose a job at the port\u201D under the plan, she said.",
            "Orlova continued:",
            "\u201CThe workers have our word on this, and on their wages for the winter.\u201D",
            "\u201CEvery crossing will be safer and quicker for the islanders and their goods.\u201D",
            "\u201CWhy has the ministry kept the money for two whole years?\u201D Orlova asked.",
            "\u201CThe ferries are old and the crews are tired of waiting for the money.\u201D \u2015 Pavel Sokolov",
            "\u201CThe corridor will open next year,\u201D said Kazakh Foreign Minister Murat Nurtleu.");

    private static final ArticleFacts FACTS = new FactExtractor(CoreNlpAnnotator.shared())
            .analyze(Article.of("ferry-talks.txt", null, LocalDate.of(2025, 4, 2), "en", TEXT));

    private static Quote direct(String opening) {
        return FACTS.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT && q.text().startsWith(opening))
                .findFirst().orElseThrow(() -> new AssertionError("no direct quote opening with " + opening));
    }

    /** The quote's speaker, the words naming them and its cue, as one line for a readable failure. */
    private static String attribution(Quote q) {
        return q.speaker() + " / " + q.speakerMention().text() + " / " + q.cue().text();
    }

    @Test
    void aQuoteAfterTheAttributionSentenceTakesTheSpeakerOfItsParagraph() {
        assertEquals("person:anna-orlova", direct("The pier needs").speaker());
    }

    @Test
    void aSpeakerAndCueEndingTheQuotesSentenceAttributeIt() {
        assertEquals("person:anna-orlova / she / said", attribution(direct("Nobody will lose")));
    }

    @Test
    void aParagraphEndingInCueAndColonIntroducesTheNextAndTheSpeakerGoesOn() {
        assertEquals("person:anna-orlova / Orlova / continued", attribution(direct("The workers have")));
        assertEquals("person:anna-orlova", direct("Every crossing").speaker());
    }

    @Test
    void aDashAfterTheQuoteNamesItsSpeaker() {
        assertEquals("person:pavel-sokolov / Pavel Sokolov / \u2015", attribution(direct("The ferries are old")));
    }

    @Test
    void aStatesAdjectiveBeforeATitleLeavesTheSpeakerToThePerson() {
        assertEquals("person:murat-nurtleu / Murat Nurtleu / said", attribution(direct("The corridor will")));
    }

    @Test
    void aQuoteNothingAttributesTakesThePersonNamedBeforeItAndAPronounSkipsPeopleNamedInsideQuotes() {
        ArticleFacts facts = new FactExtractor(CoreNlpAnnotator.shared()).analyze(Article.of("floods.txt", null,
                LocalDate.of(2025, 4, 2), "en", String.join("\n\n",
                        "Mayor Lucia Ferrante walked through the flooded lower town on Sunday with two engineers.",
                        "\u201CEvery bridge the water took will stand again before the first snow.\u201D",
                        "Councillor Marco Bruni spoke to reporters outside the town hall.",
                        "\u201CFerrante has had no plan for the dams in four years,\u201D he said.",
                        "Ferrante later met the engineers. \u201CThe town will need help from the region for a long "
                                + "time,\u201D one of them said.")));
        Quote bridge = facts.quotes().stream().filter(q -> q.text().startsWith("Every bridge")).findFirst()
                .orElseThrow();
        assertEquals("person:lucia-ferrante", bridge.speaker());
        assertEquals(null, bridge.cue());
        Quote dams = facts.quotes().stream().filter(q -> q.text().startsWith("Ferrante has")).findFirst()
                .orElseThrow();
        assertEquals("person:marco-bruni / he / said", attribution(dams));
        Quote help = facts.quotes().stream().filter(q -> q.text().startsWith("The town will")).findFirst()
                .orElseThrow();
        assertEquals(null, help.speaker());
    }
}
