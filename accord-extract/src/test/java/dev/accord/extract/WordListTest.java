package dev.accord.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordListTest {

    private static List<String> names() throws IOException, URISyntaxException {
        Path folder = Path.of(WordList.class.getResource("/dev/accord/extract/words/").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    @Test
    void everyListLoadsWithAHeaderAndEachEntryOnce() throws Exception {
        List<String> names = names();
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertFalse(WordList.list(name).isEmpty(), name);
        }
    }

    @Test
    void entriesKeepTheirCaseTheirSpacesAndTheFilesOrder() {
        List<String> kinds = WordList.list("agreement-kinds");
        assertEquals("joint statement", kinds.get(0));
        assertTrue(kinds.indexOf("joint statement") < kinds.indexOf("statement"));
        assertTrue(WordList.set("offices").contains("Secretary"));
        assertTrue(WordList.set("government-roles").contains("prime minister"));
    }

    @Test
    void aMissingListNamesTheResourceItLookedFor() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.set("no-such-list"));
        assertTrue(e.getMessage().contains("/dev/accord/extract/words/no-such-list.txt"), e.getMessage());
    }
}
