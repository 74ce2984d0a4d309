package dev.accord.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceTest {

    private final Article article = Article.of("note.txt", "A headline", LocalDate.of(2025, 6, 17), "en",
            "Leaders met in Astana on Tuesday.");

    @Test
    void evidenceCutFromAnArticleQuotesItExactly() {
        Evidence e = Evidence.of(article, new CharSpan(15, 21));
        assertEquals("Astana", e.text());
        e.verifyAgainst(article);
    }

    @Test
    void evidenceWhoseTextDiffersFromTheArticleFailsVerification() {
        Evidence wrong = new Evidence(article.id(), new CharSpan(15, 21), "Tianji");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> wrong.verifyAgainst(article));
        assertTrue(e.getMessage().contains("Astana"), e.getMessage());
    }

    @Test
    void evidenceWhoseTextLengthDiffersFromItsSpanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Evidence(article.id(), new CharSpan(0, 3), "Leaders"));
    }

    @Test
    void factsWithEvidenceOutsideTheirArticleFailVerification() {
        Provenance p = new Provenance("entities", "test", "0123456789abcdef");
        Entity astray = new Entity("place:x", EntityType.PLACE, "X", "CITY", null,
                List.of(new Evidence("another-article", new CharSpan(0, 7), "Leaders")), p);
        ArticleFacts facts = new ArticleFacts(article, List.of(astray), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertThrows(IllegalStateException.class, facts::verify);
    }

    @Test
    void provenanceNeedsEveryPart() {
        assertThrows(IllegalArgumentException.class, () -> new Provenance("entities", " ", "abc"));
        assertThrows(NullPointerException.class, () -> new Provenance(null, "1", "abc"));
    }

    @Test
    void anArticlesIdDependsOnItsSourceAndText() {
        Article same = Article.of("note.txt", null, null, "en", article.text());
        Article elsewhere = Article.of("other.txt", null, null, "en", article.text());
        assertEquals(article.id(), same.id());
        assertEquals(16, article.id().length());
        assertTrue(!article.id().equals(elsewhere.id()));
    }
}
