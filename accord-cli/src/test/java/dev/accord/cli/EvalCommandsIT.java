package dev.accord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gold-set scorers end to end on small gold files written for this test, with the real pipeline. */
class EvalCommandsIT {

    @TempDir
    static Path dir;

    static Path plover;
    static Path meantime;

    @BeforeAll
    static void writeGold() throws Exception {
        plover = Files.writeString(dir.resolve("plover.json"), """
                [
                  {"id": "T-1", "date": "2024-05-14",
                   "source": [{"actorText": "Kazakh officials", "code": "KAZ", "sector": "GOV"}],
                   "target": [{"actorText": "Chinese", "code": "CHN"}],
                   "text": "Kazakh officials met Chinese diplomats in Astana on Tuesday."},
                  {"id": "T-2", "date": "2024-05-15",
                   "source": [{"actorText": "Norway", "code": "NOR"}],
                   "target": [{"actorText": "the United Nations", "code": "IGO"}],
                   "text": "Norway asked the United Nations to send more food to the region."}
                ]
                """);
        meantime = Files.createDirectory(dir.resolve("meantime"));
        Files.writeString(meantime.resolve("doc.xml"), """
                <?xml version="1.0" ?><Document doc_id="1" doc_name="1_Test" lang="en" url="none">
                <token number="0" sentence="0" t_id="1">Maria</token>
                <token number="1" sentence="0" t_id="2">Lopez</token>
                <token number="2" sentence="0" t_id="3">visited</token>
                <token number="3" sentence="0" t_id="4">Madrid</token>
                <token number="4" sentence="0" t_id="5">.</token>
                <Markables>
                <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>
                <ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="4"/></ENTITY_MENTION>
                <ENTITY ent_type="PER" m_id="10"/>
                <ENTITY ent_type="LOC" m_id="11"/>
                </Markables>
                <Relations>
                <REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>
                <REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
                </Relations>
                </Document>
                """);
    }

    @Test
    void actorsScoresAccordAndPlainNerAndWritesEachSentence() throws Exception {
        Path out = dir.resolve("actors.jsonl");
        Run run = Run.of("eval", "actors", plover.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("PLOVER actor coding, 2 sentences"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("accord +all +P .*")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("corenlp-ner +with sector +P .*")), run.out());
        List<JsonNode> items = Files.readAllLines(out).stream().map(EvalCommandsIT::json).toList();
        assertEquals(List.of("T-1", "T-2"), items.stream().map(i -> i.get("id").asText()).toList());
        // Plain NER codes no demonym and no organisation; Accord codes both.
        assertEquals("[\"Kazakh officials KAZ\",\"Chinese CHN\"]",
                items.get(0).at("/systems/accord/found").toString());
        assertEquals("[\"Norway NOR\",\"the United Nations IGO\"]", items.get(1).at("/systems/accord/found").toString());
        assertEquals(0, items.get(0).at("/systems/corenlp-ner/found").size());
    }

    @Test
    void entitiesScoresNamesByTypeExactAndOverlapping() {
        Run run = Run.of("eval", "entities", meantime.toString(), "--limit", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("MEANTIME named-entity mentions, 1 documents"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("accord +PER +P 1\\.000 +R 1\\.000 .*")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("corenlp-ner +LOC +P 1\\.000 +R 1\\.000 .*")), run.out());
    }

    @Test
    void aMissingGoldFileIsAUsageError() {
        Run run = Run.of("eval", "actors", dir.resolve("absent.json").toString());
        assertEquals(AccordCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("absent.json does not exist; expected a PLOVER gold file"), run.err());
    }

    @Test
    void theCostBenchmarkNamesTheConfigurationsItKnows() {
        Run run = Run.of("eval", "ner-cost", "--only", "fastest");
        assertEquals(AccordCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown configuration 'fastest'; expected one of [corenlp-default, accord, one-crf"), run.err());
    }

    private static JsonNode json(String line) {
        try {
            return AccordJson.mapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
