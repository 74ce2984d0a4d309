package dev.accord.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Corpus sentences, split as Accord's pipeline splits them, and parser settings, shared by the tests
 * and benchmarks of the parser and the tagger.
 */
final class ParserSentences {

    static final Path CORPUS = Path.of(System.getProperty("accord.shared", "../shared"))
            .resolve("corpus/wikinews.jsonl");

    private static StanfordCoreNLP tagger;
    private static StanfordCoreNLP splitter;

    private ParserSentences() {
    }

    /** The {@code depparse.} settings of Accord's pipeline, as CoreNlpAnnotator gives them to its parser. */
    static Properties accordParserSettings() {
        Properties all = new Properties();
        all.putAll(CoreNlpAnnotator.SETTINGS);
        return PropertiesUtils.extractPrefixedProperties(all, "depparse.");
    }

    /** CoreNLP's own parser with the given settings. */
    static DependencyParser coreNlpParser(Properties settings) {
        return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, settings);
    }

    /** Sentences of {@code text}, split, tokenized and tagged as Accord's pipeline does. */
    static synchronized List<CoreMap> tag(String text) {
        if (tagger == null) {
            tagger = pipeline("tokenize,ssplit,pos");
        }
        return sentences(tagger, text);
    }

    /** Sentences of {@code text}, split and tokenized as Accord's pipeline does, without tags. */
    static synchronized List<CoreMap> split(String text) {
        if (splitter == null) {
            splitter = pipeline("tokenize,ssplit");
        }
        return sentences(splitter, text);
    }

    /** The tagged sentences of the first {@code articles} articles of the shared corpus. */
    static List<CoreMap> corpusSentences(int articles) throws IOException {
        List<CoreMap> sentences = new ArrayList<>();
        for (String text : corpusTexts(articles)) {
            sentences.addAll(tag(text));
        }
        return sentences;
    }

    /** The texts of the first {@code articles} articles of the shared corpus. */
    static List<String> corpusTexts(int articles) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        List<String> lines = Files.readAllLines(CORPUS);
        for (String line : lines.subList(0, Math.min(articles, lines.size()))) {
            JsonNode article = json.readTree(line);
            texts.add(article.path("text").asText(""));
        }
        return texts;
    }

    private static StanfordCoreNLP pipeline(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("ssplit.newlineIsSentenceBreak", CoreNlpAnnotator.SETTINGS.get("ssplit.newlineIsSentenceBreak"));
        return new StanfordCoreNLP(props);
    }

    private static List<CoreMap> sentences(StanfordCoreNLP pipeline, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }
}
