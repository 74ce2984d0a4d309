package dev.accord.server;

import dev.accord.extract.FactExtractor;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.nlp.CoreNlpAnnotator;
import dev.accord.pipeline.Ingestion;
import dev.accord.store.SqliteFactStore;

import java.nio.file.Path;
import java.time.LocalDate;

/** Stores of articles written for these tests, analysed by the real pipeline (one per JVM). */
final class TestStores {

    static final String ASTANA_TEXT = "China and Kazakhstan signed an agreement on transit trade in Astana on "
            + "Tuesday, the two governments said.\n\n"
            + "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping at the summit and the two "
            + "leaders discussed rail links across Central Asia.\n\n"
            + "\"Our partnership is growing every year,\" Tokayev said.";

    /** The same story as {@link #ASTANA_TEXT}, as another outlet would write it. */
    static final String ASTANA_REWRITE = "Kazakhstan and China signed an agreement on transit trade in Astana on "
            + "Tuesday, officials of both governments said.\n\n"
            + "Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev at the summit, where the two "
            + "leaders discussed rail links across Central Asia.";

    /** An article whose text is full of markup, to prove the page shows it as text and runs none of it. */
    static final String HOSTILE_TEXT = "Kazakhstan protested to China about a border incident on Monday. "
            + "<script>window.accordXss = 'script';</script> "
            + "<img src=x onerror=\"window.accordXss = 'onerror'\"> The ministry said the talks would go on.";

    private static FactExtractor extractor;

    private TestStores() {
    }

    static synchronized FactExtractor extractor() {
        if (extractor == null) {
            extractor = new FactExtractor(CoreNlpAnnotator.shared());
        }
        return extractor;
    }

    static ArticleFacts analyse(String source, String title, LocalDate date, String text) {
        return extractor().analyze(Article.of(source, title, date, "en", text)).verify();
    }

    /** A new store in {@code dir} holding the Astana article, stored and consolidated as every face does. */
    static SqliteFactStore withAstana(Path dir) {
        SqliteFactStore store = SqliteFactStore.open(dir.resolve("accord.db"));
        new Ingestion(store, TestStores::refuse, Ingestion.Listener.SILENT).store(analyse("tests/astana.txt",
                "China and Kazakhstan sign a transit trade agreement", LocalDate.of(2025, 6, 17), ASTANA_TEXT));
        return store;
    }

    private static ArticleFacts refuse(Article article) {
        throw new IllegalStateException("article " + article.id() + " was analysed already");
    }
}
