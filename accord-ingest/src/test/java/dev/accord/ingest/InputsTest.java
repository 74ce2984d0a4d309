package dev.accord.ingest;

import dev.accord.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputsTest {

    @TempDir
    Path dir;

    @Test
    void aFolderGivesEveryFileRecursivelyInNameOrderWhateverItsName() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("1.txt"), "x");
        Files.writeString(dir.resolve("random.bin"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Inputs.Expansion e = Inputs.expand(List.of(dir.toString()));
        assertEquals(List.of(".hidden.txt", "1.txt", "2.txt", "random.bin"),
                e.inputs().stream().map(Input::sourceName).sorted().toList());
        assertTrue(e.problems().isEmpty());
    }

    @Test
    void aMissingPathIsAProblemAndTheOthersGoOn() throws Exception {
        Files.writeString(dir.resolve("ok.txt"), "x");
        String missing = dir.resolve("missing.txt").toString();
        Inputs.Expansion e = Inputs.expand(List.of(missing, dir.resolve("ok.txt").toString()));
        assertEquals(1, e.inputs().size());
        Problem p = e.problems().get(0);
        assertEquals(missing, p.input());
        assertTrue(p.reason().startsWith("no such file or folder"), p.reason());
    }

    @Test
    void anEmptyFolderIsAProblemSayingWhatWasExpected() throws Exception {
        Files.createDirectories(dir.resolve("empty/inner"));
        Inputs.Expansion e = Inputs.expand(List.of(dir.resolve("empty").toString()));
        assertTrue(e.inputs().isEmpty());
        assertTrue(e.problems().get(0).reason().startsWith("folder holds no files"), e.problems().toString());
    }

    @Test
    void aDashIsStandardInput() {
        Input in = Inputs.expand(List.of("-")).inputs().get(0);
        assertEquals("stdin", in.sourceName());
    }
}
