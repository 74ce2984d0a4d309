package dev.accord.ingest;

import dev.accord.model.Article;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextArticleReaderTest {

    private final TextArticleReader reader = new TextArticleReader();

    private Article read(String name, String content, TextArticleReader.Options options) throws Exception {
        return reader.read(name, name, content.getBytes(StandardCharsets.UTF_8), options);
    }

    private UnreadableInputException refused(String name, byte[] bytes) {
        return assertThrows(UnreadableInputException.class,
                () -> reader.read(name, name, bytes, TextArticleReader.Options.NONE));
    }

    @Test
    void aHeadlineRepeatedAsTheLastLinesIsTheTitleAndLeavesTheBody() throws Exception {
        Article a = read("a.txt", "Ministers met in Astana.\nThey signed a memorandum.\nTalks in Astana\nTalks in Astana\n",
                TextArticleReader.Options.NONE);
        assertEquals("Talks in Astana", a.title());
        assertEquals("Ministers met in Astana.\nThey signed a memorandum.", a.text());
    }

    @Test
    void aShortFirstLineSetApartByABlankLineIsTheTitle() throws Exception {
        Article a = read("a.txt", "Talks in Astana\n\nMinisters met in Astana.\nThey signed a memorandum.",
                TextArticleReader.Options.NONE);
        assertEquals("Talks in Astana", a.title());
        assertTrue(a.text().startsWith("Ministers met"));
    }

    @Test
    void aFirstSentenceIsNotMistakenForATitle() throws Exception {
        Article a = read("a.txt", "Ministers met in Astana on Tuesday.\n\nThey signed a memorandum.",
                TextArticleReader.Options.NONE);
        assertNull(a.title());
        assertTrue(a.text().startsWith("Ministers met"));
    }

    @Test
    void aGivenTitleIsUsedAndItsCopiesInTheTextRemoved() throws Exception {
        Article a = read("a.txt", "Ministers met in Astana.\nTalks end\n",
                new TextArticleReader.Options(null, "Talks end"));
        assertEquals("Talks end", a.title());
        assertEquals("Ministers met in Astana.", a.text());
    }

    @Test
    void theDateComesFromTheOptionsOrAnIsoDateStartingTheFileName() throws Exception {
        assertEquals(LocalDate.of(2025, 6, 18), read("2025-06-18-astana.txt", "Leaders met.",
                TextArticleReader.Options.NONE).published());
        assertEquals(LocalDate.of(2024, 1, 2), read("2025-06-18-astana.txt", "Leaders met.",
                new TextArticleReader.Options(LocalDate.of(2024, 1, 2), null)).published());
        assertNull(read("astana.txt", "Leaders met.", TextArticleReader.Options.NONE).published());
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreNormalised() throws Exception {
        Article a = read("a.txt", "\uFEFFLeaders met.\r\nThey agreed.\r\n", TextArticleReader.Options.NONE);
        assertEquals("Leaders met.\nThey agreed.", a.text());
    }

    @Test
    void anEmptyFileIsRefusedSayingWhatWasExpected() {
        UnreadableInputException e = refused("empty.txt", new byte[0]);
        assertEquals("empty.txt", e.problem().input());
        assertTrue(e.problem().reason().startsWith("empty file (0 bytes)"), e.problem().reason());
        assertTrue(e.problem().reason().contains("expected a news article"), e.problem().reason());
    }

    @Test
    void whitespaceOnlyIsRefused() {
        assertTrue(refused("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)).problem().reason()
                .startsWith("only whitespace"));
    }

    @Test
    void binaryContentIsRefusedWithTheOffsetOfItsFirstNulByte() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        String reason = refused("photo.txt", png).problem().reason();
        assertTrue(reason.startsWith("binary content (a NUL byte at offset 8)"), reason);
    }

    @Test
    void latin1TextIsReadAsLatin1NotTurnedIntoMojibake() throws Exception {
        byte[] latin1 = "Leaders met in Kraków and Zürich.".getBytes(StandardCharsets.ISO_8859_1);
        Article a = reader.read("latin1.txt", "latin1.txt", latin1, TextArticleReader.Options.NONE);
        assertEquals("Leaders met in Kraków and Zürich.", a.text());
    }

    @Test
    void bytesThatAreNeitherUtf8NorLatin1TextAreRefused() {
        byte[] noise = new byte[200];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 + i % 32);
        }
        String reason = refused("noise.txt", noise).problem().reason();
        assertTrue(reason.startsWith("neither UTF-8 nor windows-1252 text"), reason);
    }

    @Test
    void bylinesShareLinesAndPhotoCreditsAreLeftOutOfTheBody() throws Exception {
        Article a = read("a.txt", """
                Talks in Astana

                By Aigerim Sultanova
                Ministers met in Astana on Tuesday.
                Photo: Steppe Daily archive
                They signed a memorandum on transit.
                Share on Facebook | Twitter
                Read more: Central Asia's trade corridors
                """, TextArticleReader.Options.NONE);
        assertEquals("Talks in Astana", a.title());
        assertEquals("Ministers met in Astana on Tuesday.\nThey signed a memorandum on transit.", a.text());
    }

    @Test
    void aHeadlineWithNoBodyIsRefused() {
        String reason = refused("title-only.txt", "Talks in Astana\nTalks in Astana\nTalks in Astana"
                .getBytes(StandardCharsets.UTF_8)).problem().reason();
        assertTrue(reason.contains("no body text"), reason);
    }

    @Test
    void theSameFileReadTwiceIsTheSameArticle() throws Exception {
        Article a = read("a.txt", "Leaders met.", TextArticleReader.Options.NONE);
        Article b = read("a.txt", "Leaders met.", TextArticleReader.Options.NONE);
        assertEquals(a, b);
        assertFalse(a.id().equals(read("b.txt", "Leaders met.", TextArticleReader.Options.NONE).id()));
    }
}
