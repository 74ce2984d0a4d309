package dev.accord.spark;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Prints the job's throughput on the first N articles of a JSON Lines corpus in {@code local[1]} and
 * {@code local[2]}: {@code java -cp ... dev.accord.spark.SparkThroughputBenchmark CORPUS N [WARM [TIMED]]}.
 * Each run first analyses a few articles so that model loading is not counted, then runs the whole job
 * WARM times untimed (default 0), so that the JIT compiler has done its work and each executor thread's
 * caches are full, as in a long job, and then times it TIMED more times (default 3), writing included,
 * with the job's default partitioning. Each timed run is split into the wall time during which the Spark
 * jobs of each phase ran (reading with the duplicate check, analysis, writing, consolidation, the last two
 * at once) and the driver's time while no job ran; the median run of each is printed with the ratio of
 * {@code local[2]} to {@code local[1]}. A program that prints figures, not a test.
 */
public final class SparkThroughputBenchmark {

    private SparkThroughputBenchmark() {
    }

    /** One timed run: wall seconds in all and in the jobs of each phase. */
    private record Run(long articles, long events, long problems, double seconds, double read, double analyse,
                       double write, double consolidate, double jobs) {
        double perSecond() {
            return articles / seconds;
        }

        String line() {
            return String.format("%d articles in %.2f s = %.2f articles/s (read %.2f s, analyse %.2f s, write %.2f s,"
                            + " consolidate %.2f s, driver while no job ran %.2f s; %d events, %d problems)", articles,
                    seconds, perSecond(), read, analyse, write, consolidate,
                    seconds - jobs, events, problems);
        }
    }

    /**
     * The wall time during which jobs of each description ran: the union of their spans, since the writes
     * run as concurrent jobs.
     */
    private static final class PhaseTimes extends SparkListener {
        private final Map<Integer, Long> started = new ConcurrentHashMap<>();
        private final Map<Integer, String> phase = new ConcurrentHashMap<>();
        private final Map<String, List<long[]>> spans = new ConcurrentHashMap<>();

        @Override
        public void onJobStart(SparkListenerJobStart job) {
            started.put(job.jobId(), job.time());
            String description = job.properties() == null ? null
                    : job.properties().getProperty("spark.job.description");
            phase.put(job.jobId(), description == null ? "other" : description);
        }

        @Override
        public void onJobEnd(SparkListenerJobEnd job) {
            Long start = started.remove(job.jobId());
            if (start != null) {
                spans.computeIfAbsent(phase.remove(job.jobId()), k -> new CopyOnWriteArrayList<>())
                        .add(new long[] {start, job.time()});
            }
        }

        double seconds(String description) {
            return union(spans.getOrDefault(description, List.of()));
        }

        /** The wall time during which any job ran: the phases overlap, since consolidation runs beside the writes. */
        double anyJob() {
            return union(spans.values().stream().flatMap(List::stream).toList());
        }

        private static double union(List<long[]> jobs) {
            List<long[]> sorted = new ArrayList<>(jobs);
            sorted.sort(Comparator.comparingLong(span -> span[0]));
            long millis = 0;
            long end = Long.MIN_VALUE;
            for (long[] span : sorted) {
                long from = Math.max(span[0], end);
                if (span[1] > from) {
                    millis += span[1] - from;
                }
                end = Math.max(end, span[1]);
            }
            return millis / 1e3;
        }

        void clear() {
            spans.clear();
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/wikinews.jsonl");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int timed = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("accord-spark-bench");
        Path first = dir.resolve("warm.jsonl");
        Files.write(first, lines.subList(0, Math.min(4, lines.size())), StandardCharsets.UTF_8);
        Path input = dir.resolve("corpus.jsonl");
        Files.write(input, lines.subList(0, Math.min(n, lines.size())), StandardCharsets.UTF_8);
        List<Run> medians = new ArrayList<>();
        for (int cores : new int[] {1, 2}) {
            SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("accord-bench")
                    .config("spark.ui.enabled", "false").getOrCreate();
            PhaseTimes phases = new PhaseTimes();
            spark.sparkContext().addSparkListener(phases);
            try {
                AccordSparkJob.run(spark, List.of(first.toString()), dir.resolve("warm-out").toString(), cores);
                for (int r = 0; r < warm; r++) {
                    AccordSparkJob.run(spark, List.of(input.toString()), dir.resolve("round-" + cores + "-" + r)
                            .toString(), 0);
                }
                List<Run> runs = new ArrayList<>();
                for (int r = 0; r < timed; r++) {
                    phases.clear();
                    long start = System.nanoTime();
                    AccordSparkJob.Summary s = AccordSparkJob.run(spark, List.of(input.toString()),
                            dir.resolve("out-" + cores + "-" + r).toString(), 0);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    // The listener hears of a job's end on its own thread, a moment after the driver does.
                    spark.sparkContext().listenerBus().waitUntilEmpty();
                    runs.add(new Run(s.articles(), s.events(), s.problems(), seconds,
                            phases.seconds(AccordSparkJob.READ), phases.seconds(AccordSparkJob.ANALYSE),
                            phases.seconds(AccordSparkJob.WRITE), phases.seconds(AccordSparkJob.CONSOLIDATE),
                            phases.anyJob()));
                    System.out.printf("local[%d] run %d: %s%n", cores, r + 1, runs.get(r).line());
                }
                runs.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
                medians.add(runs.get(runs.size() / 2));
                System.out.printf("local[%d], median of %d timed runs after %d untimed: %s%n", cores, timed, warm,
                        medians.get(medians.size() - 1).line());
            } finally {
                spark.stop();
            }
        }
        Run one = medians.get(0);
        Run two = medians.get(1);
        System.out.printf("local[2] / local[1]: whole job %.2fx; read %.2fx, analyse %.2fx, write %.2fx,"
                        + " consolidate %.2fx%n", two.perSecond() / one.perSecond(), one.read() / two.read(),
                one.analyse() / two.analyse(), one.write() / two.write(), one.consolidate() / two.consolidate());
    }
}
