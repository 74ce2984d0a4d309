package dev.accord.nlp;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** The measuring loop the benchmarks share: CoreNLP's component against Accord's, in alternate rounds. */
final class Throughput {

    private Throughput() {
    }

    /** Ends a benchmark program with a message when the shared corpus is absent. */
    static void requireCorpus() {
        if (!Files.isRegularFile(ParserSentences.CORPUS)) {
            System.err.println("no corpus at " + ParserSentences.CORPUS + "; set -Daccord.shared=DIR");
            System.exit(2);
        }
    }

    /**
     * Runs both over every sentence, {@code warmUp} rounds each and then {@code rounds} rounds each,
     * alternating, on {@code threads} threads that each take every sentence, and prints the median
     * sentences per second of each and their ratio.
     */
    static <S> void compare(String what, List<S> sentences, int warmUp, int rounds, int threads,
                            Function<S, Object> coreNlp, Function<S, Object> fast) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < warmUp; i++) {
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

    /** Sentences per second with each of {@code threads} threads running over every sentence. */
    private static <S> double rate(ExecutorService pool, int threads, List<S> sentences, Function<S, Object> run)
            throws Exception {
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                int sum = 0;
                for (S s : sentences) {
                    sum += run.apply(s) != null ? 1 : 0;
                }
                return sum;
            }));
        }
        for (Future<Integer> f : done) {
            f.get();
        }
        return threads * sentences.size() / ((System.nanoTime() - start) / 1e9);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
