package dev.accord.spark;

import dev.accord.consolidate.ArticleMentions;
import dev.accord.ingest.Corpus;
import dev.accord.ingest.Fingerprints;
import dev.accord.ingest.Inputs;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.EventExports;
import dev.accord.model.Problem;
import dev.accord.model.tables.FactTable;
import dev.accord.pipeline.Consolidation;
import dev.accord.pipeline.Extraction;
import dev.accord.pipeline.Ingestion;
import org.apache.spark.Partitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Spark job: reads articles from JSON Lines, WARC or folders of text and HTML, runs Accord's
 * article → facts function on the executors, and writes
 * <ul>
 *   <li>{@code jsonl/facts/}: one {@code accord/1} facts object a line, what {@code accord load} reads;</li>
 *   <li>{@code jsonl/plover/}: one PLOVER event a line, as {@code accord export --format plover} writes;</li>
 *   <li>{@code jsonl/reprints/}: each near-duplicate of an analysed article, with the article it copies;</li>
 *   <li>{@code jsonl/problems/}: each input that could not be read or analysed, with its reason;</li>
 *   <li>{@code parquet/TABLE/}: one folder for each {@link FactTable}: articles, entities, times, actors,
 *       mentions, events, quotes, agreements, places, problems;</li>
 *   <li>and, beside those writes, the record across the batch's articles ({@link ConsolidationPass}):
 *       {@code jsonl/consolidated/} and {@code parquet/consolidated_events/} with
 *       {@code parquet/event_mentions/}.</li>
 * </ul>
 *
 * <p>Each input file is read on an executor; the articles are then spread over {@code partitions}
 * partitions (by default {@value #TASKS_PER_CORE} per core) of about the same length in all, and analysed in
 * {@code mapPartitions}, one pipeline per executor JVM ({@link Extraction#standard()}). Before any analysis the driver checks the batch
 * for repeats and near-duplicates by the rule every face uses ({@link BatchVerdicts}): a repeat is taken once,
 * a reprint is written to {@code jsonl/reprints/} instead of being analysed, for {@code accord load} to record.
 * Then one Spark job writes the first pass's outputs, each task every output of its share ({@link OutputFiles}),
 * while the driver consolidates and writes the second pass's. Input and output paths must be reachable from
 * every executor (a shared or distributed file system).
 */
public final class AccordSparkJob {

    /**
     * Partitions per core when none are asked for. Articles differ tenfold in length, so with one
     * partition per core the cores that drew short ones wait for the last; with several, a core that
     * finishes early takes the next. On the corpus in {@code local[2]}, one per core gave 1.15x
     * {@code local[1]}, four 1.55-1.84x ({@code SparkThroughputBenchmark}, after warm-up).
     */
    static final int TASKS_PER_CORE = 4;

    /**
     * Articles a file of each output holds at most. The outputs are split by how much they hold, not by
     * the cores that analysed them: each file costs a writer, a commit and a rename whatever its size, so
     * with one file per analysis partition, {@code local[2]} wrote twice the files of {@code local[1]} and
     * writing took longer on two cores than on one (0.87x, {@code SparkThroughputBenchmark}, quiet machine).
     * 5,000 articles make facts files of about 250 MB. The Spark setting {@value #ARTICLES_PER_FILE_SETTING}
     * changes it.
     */
    static final int ARTICLES_PER_FILE = 5_000;

    /** The Spark setting for the articles a file of each output holds at most. */
    static final String ARTICLES_PER_FILE_SETTING = "spark.accord.articlesPerFile";

    /**
     * The description of the Spark jobs of each phase (reading and the duplicate check, analysis, writing),
     * for the Spark UI and for timing the phases apart.
     */
    static final String READ = "accord: read";
    static final String ANALYSE = "accord: analyse";
    static final String WRITE = "accord: write";
    static final String CONSOLIDATE = "accord: consolidate";

    /**
     * What each record between the stages is: an article or facts as JSON, a problem, an article's mentions
     * for consolidation, a near-duplicate's reprint record, or what an analysis partition holds.
     */
    private static final String ARTICLE = "A";
    private static final String FACTS = "F";
    private static final String PROBLEM = "P";
    private static final String MENTIONS = "M";
    private static final String REPRINT = "R";
    private static final String COUNTS = "C";

    /** The first pass's JSON Lines outputs, relative to the output folder. */
    private static final String FACTS_OUT = "jsonl/facts";
    private static final String PLOVER_OUT = "jsonl/plover";
    private static final String PROBLEMS_OUT = "jsonl/problems";
    private static final String REPRINTS_OUT = "jsonl/reprints";

    private AccordSparkJob() {
    }

    /**
     * What the job did.
     *
     * @param articles the articles analysed
     * @param reprints the near-duplicates of analysed articles, written to {@code jsonl/reprints} and not analysed
     * @param repeats  the articles read again (the same text with the same id), taken once
     * @param problems the inputs or articles refused, with reasons
     * @param events   the events found
     */
    public record Summary(long articles, long reprints, long repeats, long problems, long events) {
    }

    /** {@code spark-submit ... accord-spark.jar OUT_DIR INPUT...}, with {@code --partitions N} optional. */
    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--partitions") && i + 1 < args.length) {
                partitions = atLeastOne("--partitions", args[++i]);
            } else if (out == null) {
                out = args[i];
            } else {
                inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty()) {
            System.err.println("usage: AccordSparkJob [--partitions N] OUT_DIR INPUT...; got " + List.of(args));
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("accord").getOrCreate();
        try {
            Summary s = run(spark, inputs, out, partitions);
            System.out.printf("accord-spark: %d articles analysed, %d events, %d near-duplicates and %d repeats not "
                    + "analysed, %d problems -> %s%n", s.articles(), s.events(), s.reprints(), s.repeats(), s.problems(),
                    out);
        } finally {
            spark.stop();
        }
    }

    /** A whole number of at least 1 given as {@code what}, or an error that names it and the value. */
    private static int atLeastOne(String what, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value.
        }
        throw new IllegalArgumentException(what + " must be a whole number of at least 1, got '" + value + "'");
    }

    /**
     * Runs the job and writes its output under {@code out}, replacing what was there.
     *
     * @param partitions how many partitions analyse the articles; 0 for {@value #TASKS_PER_CORE} per core of
     *                   the session's default parallelism
     */
    public static Summary run(SparkSession spark, List<String> inputs, String out, int partitions) {
        Inputs.Expansion expansion = Inputs.expand(inputs);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < expansion.inputs().size(); i++) {
            files.add(i + "\t" + expansion.inputs().get(i).name());
        }
        List<String> driverProblems = expansion.problems().stream().map(p -> PROBLEM + AccordJson.compact(p)).toList();
        int slices = partitions > 0 ? partitions : TASKS_PER_CORE * spark.sparkContext().defaultParallelism();

        spark.sparkContext().setJobDescription(READ);
        Dataset<String> read = spark.createDataset(files, Encoders.STRING())
                .repartition(Math.max(1, files.size()))
                .flatMap((FlatMapFunction<String, String>) AccordSparkJob::readFile, Encoders.STRING())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            BatchVerdicts verdicts = BatchVerdicts.of(read.filter((FilterFunction<String>) r -> r.startsWith(ARTICLE))
                    .map((MapFunction<String, String>) AccordSparkJob::fingerprintLine, Encoders.STRING())
                    .collectAsList(), slices, orders -> articlesAt(read, context.broadcast(orders)));
            Broadcast<BatchVerdicts> shared = context.broadcast(verdicts);
            spark.sparkContext().setJobDescription(ANALYSE);
            JavaRDD<String> spread = read.javaRDD()
                    .flatMap(r -> routed(shared.value(), r))
                    .mapToPair(r -> new Tuple2<>(r.startsWith(ARTICLE) ? shared.value().slot(order(r))
                            : Math.floorMod(r.hashCode(), slices), r))
                    .partitionBy(new Slots(slices))
                    .values();
            Dataset<String> analysed = spark.createDataset(spread.mapPartitions(AccordSparkJob::analysePartition).rdd(),
                            Encoders.STRING())
                    .union(spark.createDataset(driverProblems, Encoders.STRING()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                // Analysed here, in one job, so that the writes read the kept result.
                long[] counts = new long[] {0, driverProblems.size(), 0};
                for (String c : analysed.filter((FilterFunction<String>) r -> r.startsWith(COUNTS)).collectAsList()) {
                    String[] fields = c.substring(1).split("\t");
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] += Long.parseLong(fields[i]);
                    }
                }
                int shares = files(counts[0] + counts[1] + verdicts.reprints(), slices, articlesPerFile(spark));
                inParallel(List.of(
                        () -> {
                            spark.sparkContext().setJobDescription(WRITE);
                            write(spark, analysed, shares, out);
                        },
                        () -> {
                            spark.sparkContext().setJobDescription(CONSOLIDATE);
                            ConsolidationPass.run(spark, records(analysed, MENTIONS), out);
                        }));
                return new Summary(counts[0], verdicts.reprints(), verdicts.repeats(), counts[1], counts[2]);
            } finally {
                analysed.unpersist();
            }
        } finally {
            read.unpersist();
            spark.sparkContext().setJobDescription(null);
        }
    }

    /**
     * Where a record read goes: an article to analyse as it is, a near-duplicate as its reprint record (written,
     * not analysed), a repeat nowhere (taken once), a problem as it is.
     */
    private static Iterator<String> routed(BatchVerdicts verdicts, String record) {
        if (!record.startsWith(ARTICLE)) {
            return List.of(record).iterator();
        }
        String order = order(record);
        if (verdicts.isNew(order)) {
            return List.of(record).iterator();
        }
        return verdicts.reprint(order, article(record)).map(r -> REPRINT + r).stream().iterator();
    }

    /** The analysis partitions, each the slot {@link BatchVerdicts#slot} gave its articles. */
    private static final class Slots extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int count;

        Slots(int count) {
            this.count = count;
        }

        @Override
        public int numPartitions() {
            return count;
        }

        @Override
        public int getPartition(Object slot) {
            return (Integer) slot;
        }
    }

    /** How many files each output is split into: by what it holds, never more than the analysis partitions. */
    static int files(long records, int slices, int perFile) {
        return (int) Math.max(1, Math.min(slices, (records + perFile - 1) / perFile));
    }

    private static int articlesPerFile(SparkSession spark) {
        return atLeastOne("The Spark setting " + ARTICLES_PER_FILE_SETTING,
                spark.conf().get(ARTICLES_PER_FILE_SETTING, String.valueOf(ARTICLES_PER_FILE)));
    }

    /**
     * Writes the first pass's outputs in one Spark job: each of {@code files} tasks takes its share of the facts,
     * problems and reprints, in order, and writes every output of that share ({@link #writeShare}); the driver
     * then commits them all at once.
     */
    private static void write(SparkSession spark, Dataset<String> analysed, int files, String out) {
        OutputFiles outputs = OutputFiles.under(spark, out);
        JavaRDD<String> kept = analysed.javaRDD()
                .filter(r -> r.startsWith(FACTS) || r.startsWith(PROBLEM) || r.startsWith(REPRINT));
        // Lines bound for one file are sorted in its task, without the sampling job and the shuffle that a
        // sort across files needs.
        JavaRDD<String> shares = files == 1 ? kept.coalesce(1) : kept.sortBy(r -> r, true, files);
        List<String> folders = new ArrayList<>(List.of(FACTS_OUT, PLOVER_OUT, PROBLEMS_OUT, REPRINTS_OUT));
        FactTable.all().forEach(t -> folders.add(OutputFiles.parquetFolder(t)));
        try {
            outputs.commit(folders, shares.mapPartitionsWithIndex((part, records) ->
                    writeShare(outputs, part, records), true).collect());
        } catch (RuntimeException e) {
            outputs.discard();
            throw e;
        }
    }

    /**
     * Writes every first-pass output of one share of the records into the task's staging folder, and returns
     * the files written. The facts and reprints are in order of their lines (that is, of their article ids), so
     * that the same articles give the same files however they were analysed; the PLOVER lines in order of
     * theirs; each table's rows in the order of the facts they come from.
     */
    private static Iterator<String> writeShare(OutputFiles outputs, int part, Iterator<String> records)
            throws IOException {
        List<String> facts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> reprints = new ArrayList<>();
        records.forEachRemaining(r -> (r.startsWith(FACTS) ? facts : r.startsWith(PROBLEM) ? problems : reprints)
                .add(r.substring(1)));
        Collections.sort(facts);
        Collections.sort(problems);
        Collections.sort(reprints);
        OutputFiles.Writing files = outputs.open(part, TaskContext.get().attemptNumber());
        try (files) {
            files.lines(FACTS_OUT).lines(PLOVER_OUT).lines(PROBLEMS_OUT).lines(REPRINTS_OUT);
            for (FactTable<?> table : FactTable.all()) {
                files.table(table);
            }
            List<String> plover = new ArrayList<>();
            for (String json : facts) {
                files.line(FACTS_OUT, json);
                ArticleFacts f = AccordJson.readFacts(json);
                for (Event e : f.events()) {
                    plover.add(EventExports.plover(f, e));
                }
                for (FactTable<?> table : FactTable.all()) {
                    for (List<Object> row : table.rows(f)) {
                        files.row(table, row);
                    }
                }
            }
            Collections.sort(plover);
            for (String line : plover) {
                files.line(PLOVER_OUT, line);
            }
            for (String json : problems) {
                files.line(PROBLEMS_OUT, json);
                files.row(FactTable.PROBLEMS, FactTable.PROBLEMS.row(null,
                        AccordJson.mapper().readValue(json, Problem.class)));
            }
            for (String json : reprints) {
                files.line(REPRINTS_OUT, json);
            }
        }
        return files.files().iterator();
    }

    /** The records of one kind, without their tag. */
    private static Dataset<String> records(Dataset<String> analysed, String kind) {
        return analysed.filter((FilterFunction<String>) r -> r.startsWith(kind))
                .map((MapFunction<String, String>) r -> r.substring(1), Encoders.STRING());
    }

    /**
     * Runs the two passes' writing at once, as concurrent Spark jobs, so that the consolidation on the driver
     * overlaps the first pass's writing tasks.
     */
    private static void inParallel(List<Runnable> passes) {
        ExecutorService pool = Executors.newFixedThreadPool(passes.size());
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Runnable p : passes) {
                pending.add(pool.submit(p));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the job's output", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("writing the job's output failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every article of one input file ({@code "INDEX\tPATH"}), as tagged JSON after its place in the batch
     * (input index, then position in the input), so that the driver can check duplicates in the order
     * {@code accord ingest} would read them; what cannot be read becomes a problem record.
     */
    private static Iterator<String> readFile(String indexedPath) {
        int tab = indexedPath.indexOf('\t');
        long input = Long.parseLong(indexedPath.substring(0, tab));
        Corpus corpus = Corpus.read(List.of(indexedPath.substring(tab + 1)));
        List<String> records = new ArrayList<>();
        List<Article> articles = corpus.articles();
        for (int i = 0; i < articles.size(); i++) {
            records.add(ARTICLE + BatchVerdicts.order(input, i) + "\t" + AccordJson.compact(articles.get(i)));
        }
        corpus.problems().forEach(p -> records.add(PROBLEM + AccordJson.compact(p)));
        return records.iterator();
    }

    private static String order(String articleRecord) {
        return articleRecord.substring(1, articleRecord.indexOf('\t'));
    }

    private static Article article(String articleRecord) {
        return readArticle(articleRecord.substring(articleRecord.indexOf('\t') + 1));
    }

    /** The articles at {@code orders} in the batch, by their place: what the driver confirms candidates on. */
    private static Map<String, Article> articlesAt(Dataset<String> read, Broadcast<Set<String>> orders) {
        Map<String, Article> found = new HashMap<>();
        read.filter((FilterFunction<String>) r -> r.startsWith(ARTICLE) && orders.value().contains(order(r)))
                .collectAsList().forEach(r -> found.put(order(r), article(r)));
        return found;
    }

    /** An article record's place in the batch, id and text fingerprint: all the driver needs to check it. */
    private static String fingerprintLine(String articleRecord) {
        Article a = article(articleRecord);
        return BatchVerdicts.line(order(articleRecord), a.id(), a.text().length(), Fingerprints.of(a.text()));
    }

    /**
     * The facts of each article in a partition, from this executor's one pipeline, each followed by its
     * mentions for the consolidation pass (embedded here, the costly part of that pass, on every core and in
     * partitions of equal length), then one record of what the partition holds: facts, problems, events.
     */
    private static Iterator<String> analysePartition(Iterator<String> records) {
        List<String> out = new ArrayList<>();
        long facts = 0;
        long problems = 0;
        long events = 0;
        while (records.hasNext()) {
            String r = records.next();
            if (!r.startsWith(ARTICLE)) {
                out.add(r);
                if (r.startsWith(PROBLEM)) {
                    problems++;
                }
                continue;
            }
            Article article = article(r);
            ArticleFacts found;
            try {
                found = Ingestion.analyse(Extraction.standard()::analyze, article);
            } catch (RuntimeException e) {
                out.add(PROBLEM + AccordJson.compact(Ingestion.analysisFailed(article, e)));
                problems++;
                continue;
            }
            String json = AccordJson.compact(found);
            out.add(FACTS + json);
            // From the facts as written, so that the mentions are those {@code accord load} makes of them.
            out.add(MENTIONS + AccordJson.compact(ArticleMentions.of(AccordJson.readFacts(json), Consolidation.encoder())));
            facts++;
            events += found.events().size();
        }
        out.add(COUNTS + facts + "\t" + problems + "\t" + events);
        return out.iterator();
    }

    private static Article readArticle(String json) {
        try {
            return AccordJson.mapper().readValue(json, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an article record between the job's stages is not Article JSON", e);
        }
    }
}
