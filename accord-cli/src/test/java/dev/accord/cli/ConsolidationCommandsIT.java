package dev.accord.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code accord eval consolidation} on two small documents written for this test, and the benchmark's options. */
class ConsolidationCommandsIT {

    @TempDir
    static Path dir;

    static Path topic;

    @BeforeAll
    static void writeGold() throws Exception {
        topic = Files.createDirectories(dir.resolve("gold/corpus_test"));
        String[] sentences = {"Kazakhstan and China signed a trade agreement in Astana on Monday .",
            "China and Kazakhstan signed the trade agreement in Astana on Monday ."};
        for (int d = 0; d < 2; d++) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" ?><Document doc_id=\"" + d
                    + "\" doc_name=\"" + d + "_Test\" lang=\"en\" url=\"none\">\n");
            String[] words = sentences[d].split(" ");
            for (int t = 0; t < words.length; t++) {
                xml.append("<token number=\"").append(t).append("\" sentence=\"0\" t_id=\"").append(t + 1)
                        .append("\">").append(words[t]).append("</token>\n");
            }
            xml.append("""
                    <Markables>
                    <EVENT_MENTION m_id="1" pred="sign"><token_anchor t_id="4"/></EVENT_MENTION>
                    <EVENT class="OTHER" instance_id="SIGNING" m_id="2"/>
                    <TIMEX3 m_id="3" type="DATE" value="2025-06-17" functionInDocument="CREATION_TIME"/>
                    </Markables>
                    <Relations>
                    <REFERS_TO r_id="1"><source m_id="1"/><target m_id="2"/></REFERS_TO>
                    </Relations>
                    </Document>
                    """);
            Files.writeString(topic.resolve(d + "_Test.xml"), xml.toString());
        }
    }

    @Test
    void twoReportsOfOneSigningAreScoredAsOneEvent() {
        Run run = Run.of("eval", "consolidation", dir.resolve("gold").toString(), "--stories", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 documents, 2 gold event mentions of an instance"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("corpus_test (held back)") && l.contains("Accord ")
                && l.contains("1.000   1.000   1.000   1.000")), run.out());
    }

    @Test
    void aMissingGoldFolderIsAUsageError() {
        Run run = Run.of("eval", "consolidation", dir.resolve("absent").toString());
        assertEquals(AccordCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("absent does not exist; expected MEANTIME's cross-document annotation"),
                run.err());
    }

    @Test
    void theBenchmarkRefusesTinySizesAndMeasuresSmallOnes() {
        Run tiny = Run.of("bench-consolidation", "--sizes", "10");
        assertEquals(AccordCommand.EXIT_USAGE, tiny.exitCode());
        assertTrue(tiny.err().contains("--sizes 10: expected sizes of at least 100 mentions"), tiny.err());
        Run small = Run.of("bench-consolidation", "--sizes", "1000,2000", "--warmup", "0");
        assertEquals(0, small.exitCode(), small.err());
        assertTrue(small.out().lines().anyMatch(l -> l.strip().startsWith("2000 ")), small.out());
    }
}
