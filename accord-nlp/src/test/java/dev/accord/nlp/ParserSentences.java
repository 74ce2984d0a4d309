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

/** Tagged sentences and parser settings shared by the parser's test and its benchmark. */
final class ParserSentences {

    static final Path CORPUS = Path.of(System.getProperty("accord.shared", "../shared"))
            .resolve("corpus/wikinews.jsonl");

    private static StanfordCoreNLP tagger;

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
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos");
            props.setProperty("ssplit.newlineIsSentenceBreak", "two");
            tagger = new StanfordCoreNLP(props);
        }
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** The sentences of the first {@code articles} articles of the shared corpus. */
    static List<CoreMap> corpusSentences(int articles) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<CoreMap> sentences = new ArrayList<>();
        List<String> lines = Files.readAllLines(CORPUS);
        for (String line : lines.subList(0, Math.min(articles, lines.size()))) {
            JsonNode article = json.readTree(line);
            sentences.addAll(tag(article.path("text").asText("")));
        }
        return sentences;
    }
}
