package dev.accord.spark;

import dev.accord.ingest.Corpus;
import dev.accord.ingest.Input;
import dev.accord.ingest.Inputs;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.EventExports;
import dev.accord.model.Problem;
import dev.accord.model.tables.FactTable;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The Spark job: reads articles from JSON Lines, WARC or folders of text and HTML, runs Accord's
 * article → facts function on the executors, and writes
 * <ul>
 *   <li>{@code jsonl/facts/}: one {@code accord/1} facts object a line, what {@code accord load} reads;</li>
 *   <li>{@code jsonl/plover/}: one PLOVER event a line, as {@code accord export --format plover} writes;</li>
 *   <li>{@code jsonl/problems/}: each input that could not be read or analysed, with its reason;</li>
 *   <li>{@code parquet/TABLE/}: one folder for each {@link FactTable}: articles, entities, times, actors,
 *       mentions, events, quotes, agreements, places, problems.</li>
 * </ul>
 *
 * <p>Each input file is read on an executor; the articles are then spread over {@code partitions}
 * partitions (by default {@value #TASKS_PER_CORE} per core) and analysed in {@code mapPartitions}, one
 * pipeline per executor JVM ({@link Executors}).
 * Input paths must be readable from every executor (a shared or distributed file system).
 */
public final class AccordSparkJob {

    /**
     * Partitions per core when none are asked for. Articles differ tenfold in length, so with one
     * partition per core the cores that drew short ones wait for the last; with several, a core that
     * finishes early takes the next. On the corpus in {@code local[2]}, one per core gave 1.15x
     * {@code local[1]}, four 1.55-1.84x ({@code SparkThroughputBenchmark}, after warm-up).
     */
    static final int TASKS_PER_CORE = 4;

    /** What each record between the stages is: an article or facts as JSON, or a problem. */
    private static final String ARTICLE = "A";
    private static final String FACTS = "F";
    private static final String PROBLEM = "P";

    private AccordSparkJob() {
    }

    /**
     * What the job did.
     *
     * @param articles the articles analysed
     * @param problems the inputs or articles refused, with reasons
     * @param events   the events found
     */
    public record Summary(long articles, long problems, long events) {
    }

    /** {@code spark-submit ... accord-spark.jar OUT_DIR INPUT...}, with {@code --partitions N} optional. */
    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--partitions") && i + 1 < args.length) {
                partitions = parsePartitions(args[++i]);
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
            System.out.printf("accord-spark: %d articles analysed, %d events, %d problems -> %s%n", s.articles(),
                    s.events(), s.problems(), out);
        } finally {
            spark.stop();
        }
    }

    private static int parsePartitions(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value.
        }
        throw new IllegalArgumentException("--partitions must be a whole number of at least 1, got '" + value + "'");
    }

    /**
     * Runs the job and writes its output under {@code out}, replacing what was there.
     *
     * @param partitions how many partitions analyse the articles; 0 for {@value #TASKS_PER_CORE} per core of
     *                   the session's default parallelism
     */
    public static Summary run(SparkSession spark, List<String> inputs, String out, int partitions) {
        Inputs.Expansion expansion = Inputs.expand(inputs);
        List<String> files = expansion.inputs().stream().map(Input::name).toList();
        List<String> driverProblems = expansion.problems().stream().map(p -> PROBLEM + AccordJson.compact(p)).toList();
        int slices = partitions > 0 ? partitions : TASKS_PER_CORE * spark.sparkContext().defaultParallelism();

        Dataset<String> read = spark.createDataset(files, Encoders.STRING())
                .repartition(Math.max(1, files.size()))
                .flatMap((FlatMapFunction<String, String>) AccordSparkJob::readFile, Encoders.STRING());
        Dataset<String> analysed = read.repartition(slices)
                .mapPartitions(AccordSparkJob::analysePartition, Encoders.STRING())
                .union(spark.createDataset(driverProblems, Encoders.STRING()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<String> facts = analysed.filter((FilterFunction<String>)
                    r -> r.startsWith(FACTS)).map((MapFunction<String, String>)
                    r -> r.substring(1), Encoders.STRING());
            Dataset<String> problems = analysed.filter((FilterFunction<String>)
                    r -> r.startsWith(PROBLEM)).map((MapFunction<String, String>)
                    r -> r.substring(1), Encoders.STRING());
            // Sorted by article id, so the same articles give the same files however they were split.
            facts.sort("value").write().mode(SaveMode.Overwrite).text(out + "/jsonl/facts");
            problems.sort("value").write().mode(SaveMode.Overwrite).text(out + "/jsonl/problems");
            Dataset<String> plover = facts.flatMap((FlatMapFunction<String, String>) AccordSparkJob::ploverLines,
                    Encoders.STRING());
            plover.sort("value").write().mode(SaveMode.Overwrite).text(out + "/jsonl/plover");
            for (FactTable<?> table : FactTable.all()) {
                StructType schema = FactTables.schema(table);
                // The closures carry the table's name, which is serializable; the executors look it up.
                String name = table.name();
                Dataset<Row> rows = table == FactTable.PROBLEMS
                        ? problems.map((MapFunction<String, Row>) j ->
                        FactTables.problemRow(AccordJson.mapper().readValue(j, Problem.class)), Encoders.row(schema))
                        : facts.flatMap((FlatMapFunction<String, Row>) j ->
                        FactTables.rows(FactTable.expect(name), AccordJson.readFacts(j)).iterator(),
                        Encoders.row(schema));
                rows.write().mode(SaveMode.Overwrite).parquet(out + "/parquet/" + name);
            }
            return new Summary(facts.count(), problems.count(), plover.count());
        } finally {
            analysed.unpersist();
        }
    }

    /** Every article of one input file, as tagged JSON; what cannot be read becomes a problem record. */
    private static Iterator<String> readFile(String path) {
        Corpus corpus = Corpus.read(List.of(path));
        List<String> records = new ArrayList<>();
        corpus.articles().forEach(a -> records.add(ARTICLE + AccordJson.compact(a)));
        corpus.problems().forEach(p -> records.add(PROBLEM + AccordJson.compact(p)));
        return records.iterator();
    }

    /** The facts of each article in a partition, from this executor's one pipeline. */
    private static Iterator<String> analysePartition(Iterator<String> records) {
        List<String> out = new ArrayList<>();
        while (records.hasNext()) {
            String r = records.next();
            if (!r.startsWith(ARTICLE)) {
                out.add(r);
                continue;
            }
            Article article = readArticle(r.substring(1));
            try {
                out.add(FACTS + AccordJson.compact(Executors.extractor().analyze(article)));
            } catch (RuntimeException e) {
                out.add(PROBLEM + AccordJson.compact(new Problem(article.source(), "analysis failed (" + e
                        + "); expected an article Accord can analyse")));
            }
        }
        return out.iterator();
    }

    private static Article readArticle(String json) {
        try {
            return AccordJson.mapper().readValue(json, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an article record between the job's stages is not Article JSON", e);
        }
    }

    private static Iterator<String> ploverLines(String factsJson) {
        ArticleFacts facts = AccordJson.readFacts(factsJson);
        List<String> lines = new ArrayList<>();
        for (Event e : facts.events()) {
            lines.add(EventExports.plover(facts, e));
        }
        return lines.iterator();
    }
}
