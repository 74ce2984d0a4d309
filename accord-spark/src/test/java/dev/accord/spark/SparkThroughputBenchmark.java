package dev.accord.spark;

import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the job's throughput on the first N articles of a JSON Lines corpus in {@code local[1]} and
 * {@code local[2]}: {@code java -cp ... dev.accord.spark.SparkThroughputBenchmark CORPUS N [ROUNDS]}.
 * Each run first analyses a few articles so that model loading is not counted, then runs the whole job
 * ROUNDS times untimed (default 0), so that the JIT compiler has done its work and each executor
 * thread's caches are full, as in a long job, and then times it once more, writing included, with the
 * job's default partitioning. A program that prints figures, not a test.
 */
public final class SparkThroughputBenchmark {

    private SparkThroughputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/wikinews.jsonl");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("accord-spark-bench");
        Path warm = dir.resolve("warm.jsonl");
        Files.write(warm, lines.subList(0, Math.min(4, lines.size())), StandardCharsets.UTF_8);
        Path input = dir.resolve("corpus.jsonl");
        Files.write(input, lines.subList(0, Math.min(n, lines.size())), StandardCharsets.UTF_8);
        for (int cores : new int[] {1, 2}) {
            SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("accord-bench")
                    .config("spark.ui.enabled", "false").getOrCreate();
            try {
                AccordSparkJob.run(spark, List.of(warm.toString()), dir.resolve("warm-out").toString(), cores);
                for (int r = 0; r < rounds; r++) {
                    AccordSparkJob.run(spark, List.of(input.toString()), dir.resolve("round-" + cores + "-" + r)
                            .toString(), 0);
                }
                long start = System.nanoTime();
                AccordSparkJob.Summary s = AccordSparkJob.run(spark, List.of(input.toString()),
                        dir.resolve("out-" + cores).toString(), 0);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("local[%d]: %d articles in %.1f s = %.2f articles/s (%d events, %d problems) after %d"
                        + " untimed round%s%n", cores, s.articles(), seconds, s.articles() / seconds, s.events(),
                        s.problems(), rounds, rounds == 1 ? "" : "s");
            } finally {
                spark.stop();
            }
        }
    }
}
