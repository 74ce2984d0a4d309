package dev.accord.ingest;

import dev.accord.model.Article;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesReaderTest {

    private Collected read(String jsonl) {
        Collected c = new Collected();
        new JsonLinesReader().read("news.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), c);
        return c;
    }

    @Test
    void eachLineIsAnArticleWithItsFields() {
        Article a = read("{\"id\": \"n1\", \"url\": \"https://news.example/a\", \"title\": \"Water deal\", "
                + "\"published\": \"2025-06-18\", \"text\": \"" + Samples.PARAGRAPH_1 + "\", \"extra\": 1}\n").only();
        assertEquals("https://news.example/a", a.source());
        assertEquals("https://news.example/a", a.url());
        assertEquals("Water deal", a.title());
        assertEquals(LocalDate.of(2025, 6, 18), a.published());
        assertEquals(Samples.PARAGRAPH_1, a.text());
    }

    @Test
    void brokenLinesAreProblemsNamedByLineAndTheRestIsRead() {
        Collected c = read("{\"id\": \"n1\", \"text\": \"One.\"}\n{\"id\": \"n2\", \"text\": \n\n"
                + "{\"id\": \"n3\", \"title\": \"no text\"}\n[1, 2]\n{\"id\": \"n5\", \"text\": \"Five.\"}\n");
        assertEquals(2, c.articles.size(), c.reasons());
        assertEquals("news.jsonl:2", c.problems.get(0).input());
        assertEquals("news.jsonl:4", c.problems.get(1).input());
        assertTrue(c.problems.get(1).reason().startsWith("no \"text\""), c.reasons());
        assertEquals("news.jsonl:5", c.problems.get(2).input());
    }
}
