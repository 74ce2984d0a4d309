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
import java.util.concurrent.TimeoutException;

/**
 * Prints the job's throughput on the first N articles of a JSON Lines corpus in {@code local[1]} and
 * {@code local[2]}: {@code java -cp ... dev.accord.spark.SparkThroughputBenchmark CORPUS N [WARM [TIMED]]}.
 * A session of each first analyses a few articles so that model loading is not counted, then runs the
 * whole job WARM times untimed (default 0), so that the JIT compiler has done its work. Then TIMED pairs of
 * runs (default 3), writing included, with the job's default partitioning: in each pair one session of
 * each, in turn (the pair's first alternates), so that a slower minute of the machine slows both sides of
 * a pair. Each session runs the job once untimed, which fills its executor threads' caches as in a long
 * job, then once timed. Each timed run is split into the wall time during which the Spark jobs of each
 * phase ran (reading with the duplicate check, analysis, writing, consolidation, the last two at once) and
 * the driver's time while no job ran. Printed: each pair's ratio of {@code local[2]} to {@code local[1]}
 * with their median, min and max, and the median run of each side with the ratios of its phases. A
 * program that prints figures, not a test.
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
        for (int cores : new int[] {1, 2}) {
            try (Session session = new Session(cores)) {
                session.run(first, dir.resolve("warm-out-" + cores), cores);
                for (int r = 0; r < warm; r++) {
                    session.run(input, dir.resolve("warm-" + cores + "-" + r), 0);
                }
            }
        }
        Map<Integer, List<Run>> runs = Map.of(1, new ArrayList<>(), 2, new ArrayList<>());
        List<Double> pairs = new ArrayList<>();
        for (int r = 0; r < timed; r++) {
            int[] order = r % 2 == 0 ? new int[] {1, 2} : new int[] {2, 1};
            for (int cores : order) {
                try (Session session = new Session(cores)) {
                    session.run(input, dir.resolve("refill-" + cores + "-" + r), 0);
                    Run run = session.timed(input, dir.resolve("out-" + cores + "-" + r));
                    runs.get(cores).add(run);
                    System.out.printf("local[%d] run %d: %s%n", cores, r + 1, run.line());
                }
            }
            pairs.add(runs.get(2).get(r).perSecond() / runs.get(1).get(r).perSecond());
            System.out.printf("pair %d: local[2] / local[1] %.2fx%n", r + 1, pairs.get(r));
        }
        for (int cores : new int[] {1, 2}) {
            System.out.printf("local[%d], median of %d timed runs after %d untimed: %s%n", cores, timed, warm,
                    median(runs.get(cores)).line());
        }
        Run one = median(runs.get(1));
        Run two = median(runs.get(2));
        List<Double> sortedPairs = new ArrayList<>(pairs);
        sortedPairs.sort(null);
        System.out.printf("local[2] / local[1], runs paired in time: median %.2fx (min %.2fx, max %.2fx)%n",
                sortedPairs.get(sortedPairs.size() / 2), sortedPairs.get(0), sortedPairs.get(sortedPairs.size() - 1));
        System.out.printf("local[2] / local[1], median over median: whole job %.2fx; read %.2fx, analyse %.2fx,"
                        + " write %.2fx, consolidate %.2fx%n", two.perSecond() / one.perSecond(), one.read() / two.read(),
                one.analyse() / two.analyse(), one.write() / two.write(), one.consolidate() / two.consolidate());
    }

    private static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::seconds));
        return sorted.get(sorted.size() / 2);
    }

    /** A Spark session of a number of cores, with the listener that times its phases. */
    private static final class Session implements AutoCloseable {
        private final SparkSession spark;
        private final PhaseTimes phases = new PhaseTimes();

        Session(int cores) {
            spark = SparkSession.builder().master("local[" + cores + "]").appName("accord-bench")
                    .config("spark.ui.enabled", "false").getOrCreate();
            spark.sparkContext().addSparkListener(phases);
        }

        void run(Path input, Path out, int partitions) {
            AccordSparkJob.run(spark, List.of(input.toString()), out.toString(), partitions);
        }

        Run timed(Path input, Path out) throws TimeoutException {
            phases.clear();
            long start = System.nanoTime();
            AccordSparkJob.Summary s = AccordSparkJob.run(spark, List.of(input.toString()), out.toString(), 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            // The listener hears of a job's end on its own thread, a moment after the driver does.
            spark.sparkContext().listenerBus().waitUntilEmpty();
            return new Run(s.articles(), s.events(), s.problems(), seconds, phases.seconds(AccordSparkJob.READ),
                    phases.seconds(AccordSparkJob.ANALYSE), phases.seconds(AccordSparkJob.WRITE),
                    phases.seconds(AccordSparkJob.CONSOLIDATE), phases.anyJob());
        }

        @Override
        public void close() {
            spark.stop();
        }
    }
}
