package dev.accord.extract.event;

import dev.accord.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PetrarchVerbsTest {

    @TempDir
    Path dir;

    private Map<String, PetrarchVerbs.Coding> mapping() throws IOException {
        Path file = dir.resolve("map.txt");
        Files.writeString(file, """
                # a table written for this test
                04: CONSULT
                042: CONSULT, visit, diplomatic # make a visit
                16: SANCTION
                160: SANCTION, , # reduce relations
                19: ASSAULT
                190: ASSAULT, , military # fight
                """);
        return PetrarchVerbs.readMapping(file);
    }

    @Test
    void everyVerbOfACodedBlockAndEveryPatternAfterTheVerbBecomeTriggers() throws IOException {
        Path dictionary = dir.resolve("verbs.txt");
        Files.writeString(dictionary, """
                ####### SYNONYM SETS #######

                &ARMY
                +TROOPS
                +SOLDIERS

                ####### VERB PATTERNS #######

                ---  TOUR   [042]  ---
                TOUR
                JOURNEY {JOURNEYS JOURNEYED}
                +CALL_ON [042]
                - * (TO {FRONT LINE})                      [190]   # written for this test
                - * &ARMY                                  [160]
                - &ARMY * CAPITAL                          [190]

                ---  STATE   [010]  ---
                STATE
                """);
        Map<String, EventLexicon.Trigger> t = PetrarchVerbs.read(dictionary, mapping());
        assertEquals(EventType.CONSULT, t.get("tour").type());
        assertEquals("visit", t.get("journey").mode());
        assertTrue(t.get("journey").mined());
        assertEquals("042", t.get("call>on").cameo());
        assertEquals(EventType.ASSAULT, t.get("tour>line").type(), "the head of a braced phrase in a prepositional phrase");
        assertEquals(EventType.SANCTION, t.get("journey>soldiers").type(), "each member of a synonym set");
        assertFalse(t.containsKey("tour>capital"), "a pattern that constrains the subject");
        assertFalse(t.containsKey("state"), "CAMEO 01 is no PLOVER event");
    }

    @Test
    void aTableNamingNoPloverTypeIsAClearError() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "042: VISITING, visit, diplomatic\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PetrarchVerbs.readMapping(file));
        assertTrue(e.getMessage().contains("bad.txt:1") && e.getMessage().contains("VISITING"), e.getMessage());
    }

    @Test
    void theWholePetrarchDictionaryIsMined() {
        Path shared = Path.of(System.getProperty("accord.shared", "../shared"));
        Path dictionary = shared.resolve("reference/petrarch2-dictionaries/CAMEO.2.0.txt");
        Path table = shared.resolve("eval/plover-gsr/CAMEO2PLOVER-2021.txt");
        assumeTrue(Files.isRegularFile(dictionary) && Files.isRegularFile(table),
                "skipped: PETRARCH2's dictionary or the CAMEO-to-PLOVER table is not under " + shared
                        + " (set -Daccord.shared=DIR)");
        Map<String, EventLexicon.Trigger> t = PetrarchVerbs.read(dictionary, PetrarchVerbs.readMapping(table));
        assertTrue(t.size() > 5000, "triggers: " + t.size());
        assertEquals(EventType.SUPPORT, t.get("apologise").type(), "a verb of the block APOLOGIZE [055]");
        assertEquals(EventType.ASSAULT, t.get("shell").type(), "a verb of the block GUNFIRE [190]");
        assertFalse(t.containsKey("emphasize"), "a statement verb (CAMEO 010) codes no event");
    }
}
