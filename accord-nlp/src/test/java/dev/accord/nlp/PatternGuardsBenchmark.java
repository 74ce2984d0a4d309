package dev.accord.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs SUTime over the sentences of the shared corpus's first articles with every rule and with
 * {@link PatternGuards}, after a warm-up, and prints sentences per second and their ratio: over whole
 * sentences, and over the words near date words as Accord's pipeline runs it ({@link CueGatedTimeExtractor});
 * then the same for the gazetteer over the articles.
 *
 * <p>Usage: {@code PatternGuardsBenchmark [articles=100] [rounds=5]}; rounds alternate between the
 * two, and the median round is reported.
 */
public final class PatternGuardsBenchmark {

    private static final int WARM_UP_ROUNDS = 2;

    private PatternGuardsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Throughput.requireCorpus();
        List<CoreMap> sentences = new ArrayList<>();
        for (String text : ParserSentences.corpusTexts(articles)) {
            sentences.addAll(SutimeSamples.sentences(text));
        }
        TimeExpressionExtractorImpl every = SutimeSamples.sutime();
        TimeExpressionExtractorImpl guarded = SutimeSamples.sutime();
        int rules = PatternGuards.guardTimeRules(guarded);
        System.out.printf("%d sentences from %d articles; %d rules guarded; %d rounds after %d of warm-up%n",
                sentences.size(), articles, rules, rounds, WARM_UP_ROUNDS);
        compare("whole sentences", sentences, rounds, every, guarded);
        compare("near date words", sentences, rounds, new CueGatedTimeExtractor(every),
                new CueGatedTimeExtractor(guarded));
        gazetteer(articles, rounds);
    }

    /** SUTime with every rule ("CoreNLP") against SUTime with guarded rules ("fast"). */
    private static void compare(String what, List<CoreMap> sentences, int rounds, TimeExpressionExtractor every,
                                TimeExpressionExtractor guarded) throws Exception {
        Throughput.compare(what, sentences, WARM_UP_ROUNDS, rounds, 1,
                s -> SutimeSamples.found(every, s), s -> SutimeSamples.found(guarded, s));
    }

    /**
     * The gazetteer alone over recognised articles, every entry tried everywhere and then guarded: one
     * copy of its half-million entries fits in memory, so the rounds run first unguarded, then guarded.
     */
    private static void gazetteer(int articles, int rounds) throws Exception {
        Properties settings = new Properties();
        settings.putAll(CoreNlpAnnotator.SETTINGS);
        settings.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        settings.setProperty("ner.applyFineGrained", "false");
        StanfordCoreNLP recogniser = new StanfordCoreNLP(settings);
        List<Annotation> docs = new ArrayList<>();
        for (String text : ParserSentences.corpusTexts(articles)) {
            Annotation doc = new Annotation(text);
            recogniser.annotate(doc);
            docs.add(doc);
        }
        AnnotationPipeline gazetteer = new AnnotationPipeline();
        gazetteer.addAnnotator(new TokensRegexNERAnnotator("ner.fine.regexner",
                PropertiesUtils.extractPrefixedProperties(settings, "ner.fine.regexner.", true)));
        double every = gazetteerRate(gazetteer, docs, rounds);
        PatternGuards.guard(gazetteer);
        double guarded = gazetteerRate(gazetteer, docs, rounds);
        System.out.printf("%-18s every entry %7.1f articles/s   guarded %8.1f articles/s   ratio %.2fx%n",
                "gazetteer", every, guarded, guarded / every);
    }

    private static double gazetteerRate(AnnotationPipeline gazetteer, List<Annotation> docs, int rounds) {
        double[] rates = new double[rounds];
        for (int i = -WARM_UP_ROUNDS; i < rounds; i++) {
            long start = System.nanoTime();
            docs.forEach(gazetteer::annotate);
            if (i >= 0) {
                rates[i] = docs.size() / ((System.nanoTime() - start) / 1e9);
            }
        }
        return Throughput.median(rates);
    }
}
