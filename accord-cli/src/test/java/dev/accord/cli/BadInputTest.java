package dev.accord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each bad input gets one line naming it, what was wrong and what was expected. */
class BadInputTest {

    @TempDir
    Path dir;

    private String onlyProblemLine(Run run) {
        List<String> lines = run.problemLines();
        assertEquals(1, lines.size(), run.err());
        return lines.get(0);
    }

    @Test
    void anEmptyFileIsNamedAndExplained() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run run = Run.of("analyze", empty.toString());
        assertEquals(1, run.exitCode());
        assertEquals("accord analyze: " + empty + ": empty file (0 bytes); expected a news article as text or HTML, "
                + "a feed, WARC or JSON Lines", onlyProblemLine(run));
    }

    @Test
    void aBinaryFileIsNamedAndExplained() throws Exception {
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10});
        Run run = Run.of("analyze", binary.toString());
        assertEquals(1, run.exitCode());
        assertTrue(onlyProblemLine(run).endsWith("photo.txt: binary content (a NUL byte at offset 2); "
                + "expected a news article as text or HTML, a feed, WARC or JSON Lines"), run.err());
    }

    @Test
    void bytesThatAreNoTextEncodingAreNamedAndExplained() throws Exception {
        byte[] noise = new byte[100];
        java.util.Arrays.fill(noise, (byte) 0x81);
        Path file = Files.write(dir.resolve("noise.txt"), noise);
        Run run = Run.of("analyze", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(onlyProblemLine(run).endsWith("noise.txt: neither UTF-8 nor windows-1252 text (100 control or "
                + "undecodable characters); expected a news article as text"), run.err());
    }

    @Test
    void aFileOfNoKnownNameBesideArticlesIsReadAndItsProblemNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("photos"));
        Files.write(folder.resolve("random.bin"), new byte[] {1, 0, 3});
        Run run = Run.of("analyze", folder.toString());
        assertEquals(1, run.exitCode());
        assertTrue(onlyProblemLine(run).contains("random.bin: binary content (a NUL byte at offset 1)"), run.err());
    }

    @Test
    void aMissingPathIsNamedAndExplained() {
        String missing = dir.resolve("nowhere.txt").toString();
        Run run = Run.of("ingest", "--db", dir.resolve("a.db").toString(), missing);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("accord ingest: " + missing + ": no such file or folder; expected a "
                + "file, a folder of them, a URL, or -"), run.err());
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLine() {
        Run run = Run.of("analyze", "--colour", "x.txt");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("accord analyze: Unknown option: '--colour'"), run.err());
        assertTrue(run.err().contains("see 'accord analyze --help'"), run.err());
    }

    @Test
    void aMalformedDateSaysWhatIsExpected() {
        Run run = Run.of("analyze", "--date", "10/09/2025", "x.txt");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'10/09/2025' is not a date; expected YYYY-MM-DD"), run.err());
    }

    @Test
    void aTitleForSeveralInputsIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "One.");
        Files.writeString(dir.resolve("b.txt"), "Two.");
        Run run = Run.of("analyze", "--title", "T", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--title names one article, but 2 inputs were given"), run.err());
    }

    @Test
    void showingAnUnknownArticleNamesIt() {
        Run run = Run.of("show", "--db", dir.resolve("a.db").toString(), "0123456789abcdef");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("0123456789abcdef"), run.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("analyze", "ingest", "search", "show", "export", "eval", "problems")) {
            Run run = Run.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().startsWith("Usage: accord " + command), run.out());
        }
        assertTrue(Run.of("eval", "seed", "--help").out().startsWith("Usage: accord eval seed"));
        assertTrue(Run.of("eval", "dedup", "--help").out().startsWith("Usage: accord eval dedup"));
    }
}
