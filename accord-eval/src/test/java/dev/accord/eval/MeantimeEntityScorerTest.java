package dev.accord.eval;

import dev.accord.eval.MeantimeEntityScorer.GoldDocument;
import dev.accord.eval.MeantimeEntityScorer.Mention;
import dev.accord.model.CharSpan;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeantimeEntityScorerTest {

    private static final GoldDocument DOC =
            MeantimeEntityScorer.read(Path.of("src/test/resources/gold/meantime-tiny.xml"));

    private static Mention at(String words, int occurrence, String type) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = DOC.text().indexOf(words, at + 1);
        }
        return new Mention(new CharSpan(at, at + words.length()), words, type);
    }

    @Test
    void theTextIsRebuiltFromTokensWithOneSentenceAParagraph() {
        assertEquals("Harbor Steel opens mill\n\nMira Olsen of Harbor Steel spoke in Oslo .\n\nShe left Bergen .",
                DOC.text());
        assertEquals("900001", DOC.id());
    }

    @Test
    void goldMentionsAreTheTypedNamesOnly() {
        // "mill" is nominal and of a product; "opens" is a name linked to no entity: neither is scored.
        assertEquals(List.of(at("Harbor Steel", 0, "ORG"), at("Mira Olsen", 0, "PER"), at("Harbor Steel", 1, "ORG"),
                at("Oslo", 0, "LOC")), DOC.mentions());
    }

    @Test
    void onlyTheAnnotatedSentencesAreScored() {
        assertEquals(DOC.text().indexOf("Oslo .") + "Oslo .".length(), DOC.annotatedEnd());
    }

    @Test
    void exactMatchingNeedsBothEndsAndOverlapNeedsOneSharedCharacter() {
        List<Mention> gold = List.of(at("Mira Olsen", 0, "PER"));
        List<Mention> partial = List.of(at("Olsen", 0, "PER"));
        assertEquals(new Score(0, 1, 1), MeantimeEntityScorer.match(gold, partial, false));
        assertEquals(new Score(1, 0, 0), MeantimeEntityScorer.match(gold, partial, true));
    }

    @Test
    void eachPredictedMentionMatchesOneGoldMentionAtMost() {
        List<Mention> gold = List.of(at("Harbor Steel", 0, "ORG"), at("Harbor Steel", 1, "ORG"));
        List<Mention> predicted = List.of(at("Harbor Steel", 1, "ORG"), at("Steel", 1, "ORG"));
        assertEquals(new Score(1, 1, 1), MeantimeEntityScorer.match(gold, predicted, false));
        assertEquals(new Score(1, 1, 1), MeantimeEntityScorer.match(gold, predicted, true));
    }
}
