package dev.accord.extract;

import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Quote;
import dev.accord.model.QuoteKind;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static final String STRIKE = String.join("\n\n",
            "Dock strike looms.",
            "Tomas Brandt, who heads the dock workers' union, said, \u201CThe strike will start on Monday unless "
                    + "the ministry pays.\u201D",
            "\u201CNobody has asked the crews what they think,\u201D Lena Petrova, a ferry captain who has sailed "
                    + "the route for twenty years, said.",
            "\u201CThe fares will rise in May,\u201D the union wrote in a letter to its members.",
            "The port's chief engineer, Dr. Selma Okafor, said, \u201CThe harbour walls will hold for another "
                    + "year.\u201D",
            "Brandt told the workers on Friday, \u201CWe will not accept another delay.\u201D",
            "Brandt criticised the plan of the owners, saying, \u201CIt protects them and nobody else.\u201D",
            "The local paper quoted Ivo Marek, a harbour engineer, as saying, \u201CThe cranes could fail at any "
                    + "time.\u201D",
            "\u201CThe pier will be closed\u201D for most of the winter, Mr. Karlsson-Wiik said. \u201CThe boats "
                    + "must wait.\u201D",
            "\u201CWe have heard every promise before,\u201D said ferry passenger Maria Lund.",
            "\u201CThe money is in the budget,\u201D a Transport Ministry spokeswoman said.",
            "Brandt said, \u201CThe talks have failed for the third time this year\u201D. Experts warned that the "
                    + "strike could spread to the other ports.",
            "As for the fares, he said, ''They will rise by a tenth in the spring.''");

    private static final ArticleFacts STRIKE_FACTS = new FactExtractor(CoreNlpAnnotator.shared())
            .analyze(Article.of("dock-strike.txt", null, LocalDate.of(2025, 4, 2), "en", STRIKE));

    private static final String PORT = String.join("\n\n",
            "Port sale delayed.",
            "Mrs. Ilse Berger met Mr. Jonas Weil at the harbour office on Tuesday.",
            "\u201CThe ferries need a new owner before the winter,\u201D she said.",
            "\u201CWe were never told about the closure,\u201D the 41-year-old father of two replied.",
            "Asked about the fares, the 52-year-old mother of three replied, \u201CThey rose twice this year.\u201D",
            "\u201COpen the gates!\u201D a driver at the front of the queue shouted.",
            "\u201CThe port is worth more than they offer,\u201D Hana Kovac writes in a letter to the council.",
            "\u201CWe expect a quiet winter\u201D after the company posted its losses, the harbour master said.",
            "Kovac has described the offer as \u201Can insult to the workers.\u201D",
            "Weil had told the council, \u201CThe price is fair and the buyers are serious.\u201D",
            "Berger said at the meeting the offer was \u201Cfar too low.\u201D",
            "After Weil said no, the dock workers chanted \u201Cno sale.\u201D",
            "\u201CThe offer is final.\u201D \u201CThe workers confirm that they will stay,\u201D Berger added.");

    private static final ArticleFacts PORT_FACTS = new FactExtractor(CoreNlpAnnotator.shared())
            .analyze(Article.of("port-sale.txt", null, LocalDate.of(2025, 4, 2), "en", PORT));

    private static Quote direct(String opening) {
        return direct(FACTS, opening);
    }

    private static Quote direct(ArticleFacts facts, String opening) {
        return facts.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT && q.text().startsWith(opening))
                .findFirst().orElseThrow(() -> new AssertionError("no direct quote opening with " + opening));
    }

    /** The quote's speaker, the words naming them and its cue, as one line for a readable failure. */
    private static String attribution(Quote q) {
        return q.speaker() + " / " + q.speakerMention().text() + " / " + q.cue().text();
    }

    @Test
    void aSpeakerSetOffByAnAppositiveBeforeOrAfterTheQuoteIsTheSubject() {
        assertEquals("person:tomas-brandt / Tomas Brandt / said",
                attribution(direct(STRIKE_FACTS, "The strike will")));
        assertEquals("person:lena-petrova / Lena Petrova / said", attribution(direct(STRIKE_FACTS, "Nobody has")));
        assertEquals("person:selma-okafor / Selma Okafor / said",
                attribution(direct(STRIKE_FACTS, "The harbour walls")));
    }

    @Test
    void aPronounSkipsThePersonWhoseTitleCallsForTheOther() {
        assertEquals("person:ilse-berger / she / said", attribution(direct(PORT_FACTS, "The ferries need")));
    }

    @Test
    void aSpeakerPhraseEndingInANumberStillReachesItsCue() {
        assertEquals("null / the 41-year-old father / replied", attribution(direct(PORT_FACTS, "We were never")));
        assertEquals("null / the 52-year-old mother / replied", attribution(direct(PORT_FACTS, "They rose")));
    }

    @Test
    void everyFiniteFormOfAVerbOfSayingIsACue() {
        assertEquals("null / a driver / shouted", attribution(direct(PORT_FACTS, "Open the gates")));
        assertEquals("person:hana-kovac / Hana Kovac / writes", attribution(direct(PORT_FACTS, "The port is worth")));
    }

    @Test
    void aVerbOfNamingGivesTheNameInQuotesToItsSubject() {
        assertEquals("person:hana-kovac / Kovac / described", attribution(direct(PORT_FACTS, "an insult")));
    }

    @Test
    void anAuxiliaryBetweenTheSpeakerAndTheCueKeepsTheSpeaker() {
        assertEquals("person:jonas-weil / Weil / told", attribution(direct(PORT_FACTS, "The price is fair")));
    }

    @Test
    void wordsQuotedInsideReportedSpeechAreTheSpeakersOfTheEarlierCue() {
        assertEquals("person:ilse-berger / Berger / said", attribution(direct(PORT_FACTS, "far too low")));
        assertTrue(PORT_FACTS.quotes().stream().noneMatch(q -> q.text().startsWith("no sale")
                && "person:jonas-weil".equals(q.speaker())), "a cue before a comma is another clause's");
    }

    @Test
    void theWordsAfterAClosingMarkAreNotItsAttributionWhenAnotherQuoteOpensThere() {
        assertEquals("person:ilse-berger / Berger / added", attribution(direct(PORT_FACTS, "The offer is final")));
    }

    @Test
    void aVerbWithAnObjectOfItsOwnIsNoCueForTheQuotesSentence() {
        assertEquals("null / the harbour master / said", attribution(direct(PORT_FACTS, "We expect")));
    }

    @Test
    void aSpeakerAccordDoesNotResolveKeepsTheWordsThatNameIt() {
        assertEquals("null / the union / wrote", attribution(direct(STRIKE_FACTS, "The fares will rise in")));
    }

    @Test
    void aSpokespersonSpeaksForTheBodyNamedInTheirPhrase() {
        Quote money = direct(STRIKE_FACTS, "The money is");
        assertEquals("a Transport Ministry spokeswoman / said",
                money.speakerMention().text() + " / " + money.cue().text());
        assertEquals("Transport Ministry", STRIKE_FACTS.actors().stream().filter(a -> a.id().equals(money.speaker()))
                .findFirst().orElseThrow().name());
    }

    @Test
    void aCueWithItsObjectOrAParticipleOfSayingIntroducesTheQuote() {
        assertEquals("person:tomas-brandt / Brandt / told", attribution(direct(STRIKE_FACTS, "We will not")));
        assertEquals("person:tomas-brandt / Brandt / saying", attribution(direct(STRIKE_FACTS, "It protects")));
        assertEquals("person:ivo-marek / Ivo Marek / saying", attribution(direct(STRIKE_FACTS, "The cranes")));
    }

    @Test
    void aSpeakerAfterTheFirstPartOfASplitQuoteAttributesBothParts() {
        Quote pier = direct(STRIKE_FACTS, "The pier will");
        assertEquals("Karlsson-Wiik / said", pier.speakerMention().text() + " / " + pier.cue().text());
        assertEquals(2, pier.parts().size());
    }

    @Test
    void titleWordsBetweenTheCueAndTheNameLeaveTheSpeakerToThePerson() {
        assertEquals("person:maria-lund / Maria Lund / said", attribution(direct(STRIKE_FACTS, "We have heard")));
    }

    @Test
    void aSentenceThatEndsWithTheQuoteKeepsTheNextSentencesSubjectOut() {
        assertEquals("person:tomas-brandt / Brandt / said", attribution(direct(STRIKE_FACTS, "The talks have")));
    }

    @Test
    void aCueBeforeTwoApostrophesIntroducesTheQuote() {
        assertEquals("person:tomas-brandt / he / said", attribution(direct(STRIKE_FACTS, "They will rise")));
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

    @Test
    void aFindingSpeaksOnlyTheQuoteItsCueIntroducesNeverAWordOfTheCuesObjectOrANeighbour() {
        ArticleFacts facts = new FactExtractor(CoreNlpAnnotator.shared()).analyze(Article.of("blight.txt", null,
                LocalDate.of(2025, 4, 2), "en", String.join("\n\n",
                        "Orchard growers in the valley fear an \u201Caggressive\u201D blight. An analysis of the "
                                + "leaves confirmed the presence of an \u201Caggressive\u201D strain on two farms.",
                        "\u201CThe strain spreads fastest in a wet spring,\u201D the study concluded.")));
        assertTrue(facts.quotes().stream().filter(q -> q.text().equals("aggressive"))
                        .allMatch(q -> q.speakerMention() == null),
                "a word quoted inside what the analysis confirmed is not the analysis's: " + facts.quotes());
        assertEquals("null / the study / concluded", attribution(direct(facts, "The strain spreads")));
    }

    @Test
    void aRelativeClauseOnTheSpeakerAfterTheQuoteKeepsItsCue() {
        ArticleFacts facts = new FactExtractor(CoreNlpAnnotator.shared()).analyze(Article.of("count.txt", null,
                LocalDate.of(2025, 4, 2), "en", String.join("\n\n",
                        "The count goes on.",
                        "\u201CThe last ballots will be read by Friday,\u201D an election worker who had asked not "
                                + "to be named said.")));
        assertEquals("null / an election worker / said", attribution(direct(facts, "The last ballots")));
    }

    private static final ArticleFacts HEARING_FACTS = new FactExtractor(CoreNlpAnnotator.shared()).analyze(
            Article.of("hearing.txt", null, LocalDate.of(2025, 4, 2), "en", String.join("\n\n",
                    "Harbour levy heard.",
                    "Foreign Minister Ana Ruiz arrived in Leon on Monday for the hearing on the harbour levy.",
                    "\u201CWe came to listen to the growers,\u201D the minister said.",
                    "\u201CThe vote was never close,\u201D one of the organisers said.",
                    "\u201CThe levy is dead for this year,\u201D an official briefed on the talks said.",
                    "\u201CNobody in the room believed the figures,\u201D a person close to the growers said.",
                    "Another critic, Lena Moss, likened the levy to \u201Ca tax on the poor\u201D at the hearing.",
                    "The levy was, as the Leon Gazette put it in an editorial, \u201Ca bridge too far.\u201D",
                    "Ruiz said that the levy, an \u201Cunfair\u201D one, would be cut by half in June.",
                    "\u201CThe growers will not pay before the harvest,\u201D according to a farm union official.",
                    "According to one grower, \u201Cthe harbour needs the levy more than the farms do.\u201D",
                    "Moss spoke last. \u201CThe farms have paid every levy the harbour ever asked of them.\u201D "
                            + "According to the Leon Gazette, the levy brings in two million a year.")));

    @Test
    void theSourceAfterAccordingToIsTheSpeakerOfADirectQuote() {
        assertEquals("null / a farm union official / according to",
                attribution(direct(HEARING_FACTS, "The growers will not")));
        assertEquals("null / one grower / According to", attribution(direct(HEARING_FACTS, "the harbour needs")));
        assertEquals("person:lena-moss", direct(HEARING_FACTS, "The farms have paid").speaker(),
                "\"According to\" opening the next sentence names that sentence's source, not the quote's");
    }

    @Test
    void aDefiniteTitleNamesThePersonGivenThatRoleBeforeIt() {
        assertEquals("person:ana-ruiz / the minister / said", attribution(direct(HEARING_FACTS, "We came")));
    }

    @Test
    void aPartitiveSpeakerPhraseReachesItsCue() {
        assertEquals("null / one of the organisers / said", attribution(direct(HEARING_FACTS, "The vote was")));
    }

    @Test
    void aSpeakerModifiedByAParticipleOrAdjectiveAndAPrepositionReachesItsCue() {
        assertEquals("null / an official / said", attribution(direct(HEARING_FACTS, "The levy is dead")));
        assertEquals("null / a person / said", attribution(direct(HEARING_FACTS, "Nobody in the room")));
    }

    @Test
    void wordsQuotedAfterAVerbOfLikeningOrAsItsSubjectPutItAreTheSubjects() {
        assertEquals("person:lena-moss / Lena Moss / likened", attribution(direct(HEARING_FACTS, "a tax on")));
        Quote bridge = direct(HEARING_FACTS, "a bridge too far");
        assertEquals("Leon Gazette / put", bridge.speakerMention().text() + " / " + bridge.cue().text());
    }

    @Test
    void aScareQuoteTakesNoNeighboursSpeakerAndLeavesItsSentenceToReportedSpeech() {
        assertTrue(HEARING_FACTS.quotes().stream().noneMatch(q -> q.text().equals("unfair")),
                "a scare quote with no cue of its own is not a quote: " + HEARING_FACTS.quotes());
        Quote cut = HEARING_FACTS.quotes().stream()
                .filter(q -> q.kind() == QuoteKind.REPORTED && q.text().contains("would be cut")).findFirst()
                .orElseThrow(() -> new AssertionError("no reported speech: " + HEARING_FACTS.quotes()));
        assertEquals("person:ana-ruiz", cut.speaker());
    }

    /** The facts of an article of {@code paragraphs}, one a line apart. */
    private static ArticleFacts analyzed(String name, String... paragraphs) {
        return new FactExtractor(CoreNlpAnnotator.shared()).analyze(Article.of(name, null, LocalDate.of(2025, 4, 2),
                "en", String.join("\n\n", paragraphs)));
    }

    private static final ArticleFacts TITLES_FACTS = analyzed("titles.txt",
            "Harbour levy heard.",
            "Sen. Lena Moss opened the hearing on the harbour levy on Monday.",
            "\u201CThe harbour will stay open,\u201D the senator said.",
            "\u201CThe levy is a matter for the state,\u201D the lawmaker added.",
            "The growers asked for a delay.",
            "The hearing ran for three hours.",
            "Farmers waited outside in the rain.",
            "The harbour board will vote in June.",
            "Sen. Ana Ruiz spoke last.",
            "\u201CWe will fight the levy,\u201D the senator said.");

    @Test
    void aDefiniteTitleNamesThePersonWhoseTitleIsAnotherFormOfItOrWhoseSectorItNames() {
        assertEquals("person:lena-moss / the senator / said",
                attribution(direct(TITLES_FACTS, "The harbour will stay")));
        assertEquals("person:lena-moss / the lawmaker / added",
                attribution(direct(TITLES_FACTS, "The levy is a matter")));
    }

    @Test
    void aDefiniteTitleSeveralHoldBeforeItNamesTheOneOfTheLastParagraphs() {
        assertEquals("person:ana-ruiz / the senator / said", attribution(direct(TITLES_FACTS, "We will fight")));
    }

    private static final ArticleFacts BOARD_FACTS = analyzed("board.txt",
            "Harbour board split.",
            "Lena Moss dismissed the harbour plan as \u201Ca gift to the shipping lines\u201D on Monday.",
            "Tom Reyes accused the board of \u201Cselling the port\u201D in a hurry.",
            "A farm group called \u201CGrowers First\u201D met on Tuesday.");

    @Test
    void wordsQuotedInTheObjectOfAVerbOfJudgingAreItsSubjects() {
        assertEquals("person:lena-moss / Lena Moss / dismissed", attribution(direct(BOARD_FACTS, "a gift to")));
        assertEquals("person:tom-reyes / Tom Reyes / accused", attribution(direct(BOARD_FACTS, "selling the port")));
    }

    @Test
    void aParticipleOfNamingAfterANounGivesItsNameAndNobodysWords() {
        assertTrue(BOARD_FACTS.quotes().stream()
                        .noneMatch(q -> q.text().equals("Growers First") && q.speakerMention() != null),
                "\"a group called\" is a reduced relative, not a speaker's naming: " + BOARD_FACTS.quotes());
    }
}
