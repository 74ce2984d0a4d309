package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;

/**
 * Parses the sentences of the shared corpus's first articles with CoreNLP's parser and with
 * {@link FastDependencyParser}, after a warm-up, and prints sentences per second for each and their
 * ratio: on one thread, on two threads, and with the enhanced++ graph CoreNlpAnnotator then builds.
 *
 * <p>Usage: {@code FastDependencyParserBenchmark [articles=60] [rounds=5]}; rounds alternate between
 * the parsers, and the median round is reported.
 */
public final class FastDependencyParserBenchmark {

    private static final int WARM_UP_ROUNDS = 2;

    private FastDependencyParserBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Throughput.requireCorpus();
        List<CoreMap> sentences = ParserSentences.corpusSentences(articles);
        Properties settings = ParserSentences.accordParserSettings();
        DependencyParser coreNlp = ParserSentences.coreNlpParser(settings);
        FastDependencyParser fast = FastDependencyParser.load(settings);
        int tokens = sentences.stream().mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
        System.out.printf("%d sentences (%d tokens) from %d articles; %d rounds after %d of warm-up%n",
                sentences.size(), tokens, articles, rounds, WARM_UP_ROUNDS);
        System.out.printf("fast parser: %.0f MiB of model, %.1f MiB per thread%n",
                fast.modelBytes() / 1048576.0, fast.bytesPerThread() / 1048576.0);

        Throughput.compare("predict, 1 thread", sentences, WARM_UP_ROUNDS, rounds, 1,
                coreNlp::predict, fast::predict);
        Throughput.compare("predict, 2 threads", sentences, WARM_UP_ROUNDS, rounds, 2,
                coreNlp::predict, fast::predict);
        Throughput.compare("predict + enhanced++, 1 thread", sentences, WARM_UP_ROUNDS, rounds, 1,
                s -> enhanced(coreNlp.predict(s)), s -> enhanced(fast.predict(s)));
    }

    private static Object enhanced(GrammaticalStructure gs) {
        return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
    }
}
