package dev.accord.eval;

import dev.accord.eval.ActorCoder.CodedMention;
import dev.accord.eval.PloverActorScorer.GoldActor;
import dev.accord.eval.PloverActorScorer.GoldSentence;
import dev.accord.model.CharSpan;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PloverActorScorerTest {

    private static final Path GOLD = Path.of("src/test/resources/gold/plover-tiny.json");

    private static final List<GoldSentence> SENTENCES = PloverActorScorer.load(GOLD);

    private static CodedMention coded(GoldSentence s, String words, String code, String sector) {
        int at = s.text().indexOf(words);
        return new CodedMention(new CharSpan(at, at + words.length()), words, code, sector);
    }

    @Test
    void recordsWithoutASentenceOrWithoutCodedActorsAreLeftOut() {
        assertEquals(List.of("TINY-MEET-0001", "TINY-ACCUSE-0002"), SENTENCES.stream().map(GoldSentence::id).toList());
        assertEquals(LocalDate.of(2024, 3, 5), SENTENCES.get(0).date());
    }

    @Test
    void anActorListedTwiceInARecordIsOneGoldActor() {
        assertEquals(3, SENTENCES.get(1).actors().size());
    }

    @Test
    void sectorsKeepTheirFirstThreeLettersAndStarsMeanNoSector() {
        List<GoldActor> meet = SENTENCES.get(0).actors();
        assertEquals("GOV", meet.get(0).sector());
        assertNull(meet.get(1).sector());
        assertEquals("BUS", SENTENCES.get(1).actors().get(2).sector());
    }

    @Test
    void goldWordsAreFoundDespiteExtraSpacesAndGapsKeepTheirFirstPart() {
        GoldSentence s = SENTENCES.get(1);
        assertEquals("the Organization for Security and Co-operation in Europe", s.actors().get(1).span().of(s.text()));
        assertEquals("Korean", s.actors().get(2).span().of(s.text()));
        assertNull(PloverActorScorer.locate(s.text(), "Japan"));
    }

    @Test
    void aMentionOverlappingTheGoldWordsWithTheGoldCodeFindsTheActor() {
        GoldSentence s = SENTENCES.get(0);
        ScoreTable table = new ScoreTable();
        PloverActorScorer.scoreSentence(s, List.of(coded(s, "Kazakh", "KAZ", "GOV"), coded(s, "Chinese", "CHN", null),
                coded(s, "Astana", "KAZ", null)), "sys", table);
        // Astana overlaps no gold actor: a false positive even though its code is right.
        assertEquals(new Score(2, 1, 0), table.get("sys", ScoreTable.ALL));
        assertEquals(new Score(1, 0, 0), table.get("sys", PloverActorScorer.WITH_SECTOR));
    }

    @Test
    void aWrongCodeOrAWrongSectorIsAMiss() {
        GoldSentence s = SENTENCES.get(0);
        ScoreTable table = new ScoreTable();
        PloverActorScorer.scoreSentence(s, List.of(coded(s, "Kazakh officials", "KAZ", "MIL"),
                coded(s, "Chinese", "TWN", null)), "sys", table);
        assertEquals(new Score(1, 1, 1), table.get("sys", "state"));
        assertEquals(new Score(0, 1, 1), table.get("sys", PloverActorScorer.WITH_SECTOR));
    }

    @Test
    void severalMentionsOfOneGoldActorCountOnce() {
        GoldSentence s = SENTENCES.get(1);
        ScoreTable table = new ScoreTable();
        PloverActorScorer.scoreSentence(s, List.of(coded(s, "Organization for Security", "IGO", null),
                coded(s, "Europe", "IGO", null), coded(s, "Mongolia", "MNG", null)), "sys", table);
        assertEquals(new Score(1, 0, 0), table.get("sys", "igo"));
        assertEquals(new Score(1, 0, 1), table.get("sys", "state"));
    }
}
