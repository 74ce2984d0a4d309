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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Corpus sentences, split as Accord's pipeline splits them, and parser settings, shared by the tests
 * and benchmarks of the parser, the tagger and the CRF.
 */
final class ParserSentences {

    static final Path CORPUS = Path.of(System.getProperty("accord.shared", "../shared"))
            .resolve("corpus/wikinews.jsonl");

    /** Pipelines by their annotators, built on first use. */
    private static final Map<String, StanfordCoreNLP> PIPELINES = new HashMap<>();

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
    static List<CoreMap> tag(String text) {
        return annotate(text, "tokenize,ssplit,pos");
    }

    /** Sentences of {@code text}, split and tokenized as Accord's pipeline does, without tags. */
    static List<CoreMap> split(String text) {
        return annotate(text, "tokenize,ssplit");
    }

    /** Sentences of {@code text} split as Accord's pipeline does, annotated by {@code annotators}. */
    static synchronized List<CoreMap> annotate(String text, String annotators) {
        StanfordCoreNLP pipeline = PIPELINES.computeIfAbsent(annotators, a -> {
            Properties props = new Properties();
            props.setProperty("annotators", a);
            props.setProperty("ssplit.newlineIsSentenceBreak",
                    CoreNlpAnnotator.SETTINGS.get("ssplit.newlineIsSentenceBreak"));
            return new StanfordCoreNLP(props);
        });
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** The tagged sentences of the first {@code articles} articles of the shared corpus. */
    static List<CoreMap> corpusSentences(int articles) throws IOException {
        return corpusSentences(articles, "tokenize,ssplit,pos");
    }

    /** The sentences of the first {@code articles} articles of the shared corpus, annotated by {@code annotators}. */
    static List<CoreMap> corpusSentences(int articles, String annotators) throws IOException {
        List<CoreMap> sentences = new ArrayList<>();
        for (String text : corpusTexts(articles)) {
            sentences.addAll(annotate(text, annotators));
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

    /**
     * Runs {@code work} on three threads at once and returns what each gave, to compare with what one
     * thread alone gives.
     */
    static <T> List<T> onThreeThreads(Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<T>> runs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                runs.add(pool.submit(work));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
