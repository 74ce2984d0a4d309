package dev.accord.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Annotator;
import dev.accord.model.text.ParseSelection;
import dev.accord.model.text.Sentence;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sentences chosen only for a word that takes its parties from an earlier event are parsed only after
 * an event in one of the two sentences before them: on corpus articles, the same facts as parsing every
 * chosen sentence at once, from fewer parses.
 */
class InheritingParseIT {

    private static final Path CORPUS = Path.of(System.getProperty("accord.shared", "../shared"))
            .resolve("corpus/wikinews.jsonl");
    private static final int ARTICLES = 150;
    private static final LocalDate DATE = LocalDate.of(2025, 3, 7);

    /** The shared pipeline, counting the sentences each call of {@link #parse} gives arcs to. */
    private static final class CountingAnnotator implements Annotator {
        int parsed;

        @Override
        public AnnotatedText annotate(String text, LocalDate documentDate) {
            return CoreNlpAnnotator.shared().annotate(text, documentDate);
        }

        @Override
        public AnnotatedText annotate(String text, LocalDate documentDate, ParseSelection parse) {
            return CoreNlpAnnotator.shared().annotate(text, documentDate, parse);
        }

        @Override
        public AnnotatedText parse(AnnotatedText annotated, ParseSelection parse) {
            AnnotatedText out = CoreNlpAnnotator.shared().parse(annotated, parse);
            parsed += withArcs(out) - withArcs(annotated);
            return out;
        }

        @Override
        public String configuration() {
            return CoreNlpAnnotator.shared().configuration();
        }

        private static int withArcs(AnnotatedText a) {
            return (int) a.sentences().stream().map(Sentence::dependencies).filter(d -> !d.isEmpty()).count();
        }
    }

    @Test
    void corpusArticlesHaveTheSameFactsFromFewerParses() throws IOException {
        List<Article> articles = corpus();
        CountingAnnotator atOnce = new CountingAnnotator();
        CountingAnnotator afterEvents = new CountingAnnotator();
        FactExtractor allChosen = withSetting("false", atOnce);
        FactExtractor lazy = withSetting("true", afterEvents);
        int events = 0;
        for (Article a : articles) {
            ArticleFacts expected = allChosen.analyze(a);
            assertEquals(expected, lazy.analyze(a), a.source());
            events += expected.events().size();
        }
        System.out.printf("InheritingParseIT: %d articles, %d events; %d sentences parsed at once, %d after events%n",
                articles.size(), events, atOnce.parsed, afterEvents.parsed);
        assertTrue(events > 50, "the corpus articles should yield events, got " + events);
        assertTrue(afterEvents.parsed < atOnce.parsed,
                afterEvents.parsed + " sentences parsed after events, " + atOnce.parsed + " at once");
    }

    @Test
    void aPronounSentenceIsParsedWhenOneOfTheTwoBeforeHasAnEventAndOtherwiseNot() {
        String text = "Peru and Chile signed a fisheries agreement. The weather was mild. They signed it in Lima. "
                + "The harbour was old. The boats were older. They signed a petition.";
        CountingAnnotator counting = new CountingAnnotator();
        FactExtractor lazy = withSetting("true", counting);
        ArticleFacts facts = lazy.analyze(Article.of("fisheries.txt", null, DATE, "en", text));
        assertEquals(facts, withSetting("false", new CountingAnnotator())
                .analyze(Article.of("fisheries.txt", null, DATE, "en", text)));
        assertEquals(2, counting.parsed);
        assertEquals(2, facts.events().size());
    }

    private static FactExtractor withSetting(String value, Annotator annotator) {
        String old = System.getProperty(ParseStage.PARSE_AFTER_EVENTS);
        System.setProperty(ParseStage.PARSE_AFTER_EVENTS, value);
        try {
            return new FactExtractor(annotator);
        } finally {
            if (old == null) {
                System.clearProperty(ParseStage.PARSE_AFTER_EVENTS);
            } else {
                System.setProperty(ParseStage.PARSE_AFTER_EVENTS, old);
            }
        }
    }

    private static List<Article> corpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(CORPUS)) {
            String line;
            while (out.size() < ARTICLES && (line = in.readLine()) != null) {
                JsonNode n = json.readTree(line);
                out.add(Article.of(n.get("id").asText(), n.get("title").asText(), DATE, "en", n.get("text").asText()));
            }
        }
        return out;
    }
}
