package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

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
        if (!Files.isRegularFile(ParserSentences.CORPUS)) {
            System.err.println("no corpus at " + ParserSentences.CORPUS + "; set -Daccord.shared=DIR");
            System.exit(2);
        }
        List<CoreMap> sentences = ParserSentences.corpusSentences(articles);
        Properties settings = ParserSentences.accordParserSettings();
        DependencyParser coreNlp = ParserSentences.coreNlpParser(settings);
        FastDependencyParser fast = FastDependencyParser.load(settings);
        int tokens = sentences.stream().mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
        System.out.printf("%d sentences (%d tokens) from %d articles; %d rounds after %d of warm-up%n",
                sentences.size(), tokens, articles, rounds, WARM_UP_ROUNDS);
        System.out.printf("fast parser: %.0f MiB of model, %.1f MiB per thread%n",
                fast.modelBytes() / 1048576.0, fast.bytesPerThread() / 1048576.0);

        compare("predict, 1 thread", sentences, rounds, 1, coreNlp::predict, fast::predict);
        compare("predict, 2 threads", sentences, rounds, 2, coreNlp::predict, fast::predict);
        compare("predict + enhanced++, 1 thread", sentences, rounds, 1,
                s -> enhanced(coreNlp.predict(s)), s -> enhanced(fast.predict(s)));
    }

    private static Object enhanced(GrammaticalStructure gs) {
        return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
    }

    private static void compare(String what, List<CoreMap> sentences, int rounds, int threads,
                                Function<CoreMap, Object> coreNlp, Function<CoreMap, Object> fast) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                rate(pool, threads, sentences, coreNlp);
                rate(pool, threads, sentences, fast);
            }
            double[] slow = new double[rounds];
            double[] quick = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                slow[i] = rate(pool, threads, sentences, coreNlp);
                quick[i] = rate(pool, threads, sentences, fast);
            }
            double c = median(slow);
            double f = median(quick);
            System.out.printf("%-32s CoreNLP %8.1f sentences/s   fast %8.1f sentences/s   ratio %.2fx%n",
                    what, c, f, f / c);
        } finally {
            pool.shutdown();
        }
    }

    /** Sentences per second with each of {@code threads} threads parsing every sentence. */
    private static double rate(ExecutorService pool, int threads, List<CoreMap> sentences,
                               Function<CoreMap, Object> parse) throws Exception {
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                int sum = 0;
                for (CoreMap s : sentences) {
                    sum += parse.apply(s) != null ? 1 : 0;
                }
                return sum;
            }));
        }
        for (Future<Integer> f : done) {
            f.get();
        }
        return threads * sentences.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
