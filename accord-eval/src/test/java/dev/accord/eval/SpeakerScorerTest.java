package dev.accord.eval;

import dev.accord.model.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerScorerTest {

    private static final String TEXT = "Ferry talks resume.\n\n\u201CThe boats will sail by June,\u201D Ms. Orlova said. "
            + "The harbour master said that the pier needs repairs.";

    private static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/port_2024-05-01_ferry.txt"), TEXT);
        int open = TEXT.indexOf('\u201C');
        int close = TEXT.indexOf('\u201D') + 1;
        int orlova = TEXT.indexOf("Ms. Orlova");
        int master = TEXT.indexOf("The harbour master");
        int pier = TEXT.indexOf("the pier");
        String ann = String.join("\n",
                "T1\tContent " + open + " " + close + "\tq",
                "T2\tSource " + orlova + " " + (orlova + 10) + "\tMs. Orlova",
                "T3\tSource " + master + " " + (master + 18) + "\tThe harbour master",
                "T4\tContent " + pier + " " + (TEXT.length() - 1) + "\tthe pier needs repairs",
                "E1\tAttribution:T9 Content:T1 Source:T2",
                "E2\tAttribution:T8 Content:T4 Source:T3", "");
        Files.writeString(dir.resolve("attributions/port_2024-05-01_ferry_ann1.ann"), ann);
        Files.writeString(dir.resolve("attributions/port_2024-05-01_ferry_ann2.ann"), "");
        return dir;
    }

    @Test
    void aContentOpeningWithAQuotationMarkIsDirectAndTheFirstAnnotatorIsRead(@TempDir Path dir) throws IOException {
        List<SpeakerScorer.GoldArticle> articles = SpeakerScorer.read(folder(dir));
        assertEquals(1, articles.size());
        List<SpeakerScorer.GoldAttribution> gold = articles.get(0).attributions();
        assertEquals(2, gold.size());
        assertTrue(gold.get(0).direct());
        assertFalse(gold.get(1).direct());
    }

    @Test
    void aSpeakerIsRightByOverlapOrBySurnameAndWrongOtherwise(@TempDir Path dir) throws IOException {
        SpeakerScorer.GoldArticle article = SpeakerScorer.read(folder(dir)).get(0);
        CharSpan quote = new CharSpan(TEXT.indexOf("The boats"), TEXT.indexOf('\u201D'));
        CharSpan reported = new CharSpan(TEXT.indexOf("the pier"), TEXT.length() - 1);
        CharSpan elsewhere = new CharSpan(0, 5);
        // Accord names Orlova by a mention elsewhere (her surname) and the harbour master by the local words
        // alone, resolved to no actor.
        var accord = List.of(new SpeakerScorer.Predicted(List.of(quote), List.of(elsewhere), "Anna Orlova"),
                new SpeakerScorer.Predicted(List.of(reported),
                        List.of(new CharSpan(TEXT.indexOf("harbour"), TEXT.indexOf("harbour") + 7)), null));
        // The other reader finds the direct quote with a wrong speaker and no reported speech.
        var other = List.of(new SpeakerScorer.Predicted(List.of(quote), List.of(elsewhere), "Ferry"));
        List<SpeakerScorer.Outcome> outcomes = new ArrayList<>();
        SpeakerScorer.Split split = SpeakerScorer.score(List.of(article),
                a -> new SpeakerScorer.Predictions(accord, other), outcomes::add);
        SpeakerScorer.Result all = split.all();
        assertEquals(new SpeakerScorer.Tally(1, 1, 1, 1, 0), all.accord().direct());
        assertEquals(new SpeakerScorer.Tally(1, 1, 1, 1, 1), all.accord().reported());
        assertEquals(new SpeakerScorer.Tally(1, 1, 1, 0, 0), all.other().direct());
        assertEquals(new SpeakerScorer.Tally(1, 0, 1, 0, 0), all.other().reported());
        assertEquals(2, outcomes.size());
    }

    @Test
    void aDirectQuoteIsKindedByWhereItsSpeakerStandsAndHowItIsNamed() {
        String text = String.join("\n",
                "The mayor spoke at the pier on Monday.",
                "\u201CThe boats will sail by June.\u201D",
                "\u201CThe pier needs repairs,\u201D she said. Critics called the plan \u201Ca gamble.\u201D",
                "\u201CWe have waited long enough.\u201D Councillor Ana Ruiz said so twice.");
        SpeakerScorer.GoldAttribution alone = gold(text, "\u201CThe boats", "The mayor");
        SpeakerScorer.GoldAttribution beside = gold(text, "\u201CThe pier", "she");
        SpeakerScorer.GoldAttribution inside = gold(text, "\u201Ca gamble", "Critics");
        SpeakerScorer.GoldAttribution next = gold(text, "\u201CWe have", "Councillor Ana Ruiz");
        assertEquals(SpeakerScorer.Place.QUOTE_ONLY_PARAGRAPH, SpeakerScorer.place(alone, text));
        assertEquals(SpeakerScorer.Place.SAME_SENTENCE, SpeakerScorer.place(beside, text));
        assertEquals(SpeakerScorer.Place.INSIDE_SENTENCE, SpeakerScorer.place(inside, text));
        assertEquals(SpeakerScorer.Place.NEIGHBOUR_SENTENCE, SpeakerScorer.place(next, text));
        assertEquals(SpeakerScorer.Naming.TITLE_ONLY, SpeakerScorer.naming(alone, text));
        assertEquals(SpeakerScorer.Naming.PRONOUN, SpeakerScorer.naming(beside, text));
        assertEquals(SpeakerScorer.Naming.NAME, SpeakerScorer.naming(next, text));
        assertEquals(SpeakerScorer.Place.NO_SOURCE, SpeakerScorer.place(
                new SpeakerScorer.GoldAttribution(alone.content(), List.of(), true), text));
    }

    /** The attribution of the quote opening with {@code content} (to its closing mark) to {@code source}. */
    private static SpeakerScorer.GoldAttribution gold(String text, String content, String source) {
        int begin = text.indexOf(content);
        int s = text.indexOf(source);
        return new SpeakerScorer.GoldAttribution(List.of(new CharSpan(begin, text.indexOf('\u201D', begin) + 1)),
                List.of(new CharSpan(s, s + source.length())), true);
    }
}
