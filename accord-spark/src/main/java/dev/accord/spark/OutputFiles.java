package dev.accord.spark;

import dev.accord.model.tables.FactTable;
import dev.accord.model.tables.ParquetRows;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.SparkSession;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The job's output folders, their files written by Accord itself through Hadoop's file system (local, HDFS,
 * S3 alike) rather than by one Spark SQL write per output. Writing eleven Parquet tables and four JSON Lines
 * outputs as Spark SQL writes made some twenty small jobs, each planned, run and committed on its own, whose
 * time did not shrink with more cores; here one task writes every output of its share of the articles, and
 * the driver commits them all at once.
 *
 * <p>A task writes into a staging folder of its own under {@code OUT/_staging/}, named by its partition and
 * attempt, and returns the files it wrote; the driver then replaces each output folder with the files of the
 * tasks that succeeded, marks it {@code _SUCCESS}, and removes the staging folder, so a failed or retried
 * task leaves nothing behind. Each output folder holds {@code part-NNNNN.jsonl} or {@code part-NNNNN.parquet}
 * files, one for each writing task, numbered by its partition.
 */
final class OutputFiles implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String STAGING = "_staging";
    private static final String SUCCESS = "_SUCCESS";
    /** What Spark's own writers record, so that Spark reads each column back with the schema it was written with. */
    private static final String SPARK_SCHEMA = "org.apache.spark.sql.parquet.row.metadata";

    private final String root;
    private final String run;
    private final Map<String, String> hadoop;

    private OutputFiles(String root, String run, Map<String, String> hadoop) {
        this.root = root;
        this.run = run;
        this.hadoop = hadoop;
    }

    /** The outputs under {@code out}, written with the session's Hadoop settings. */
    static OutputFiles under(SparkSession spark, String out) {
        return under(spark.sparkContext().hadoopConfiguration(), out);
    }

    /** The outputs under {@code out}, written with {@code conf}'s Hadoop settings. */
    static OutputFiles under(Configuration conf, String out) {
        Map<String, String> settings = new HashMap<>();
        conf.forEach(e -> settings.put(e.getKey(), e.getValue()));
        return new OutputFiles(out, UUID.randomUUID().toString(), settings);
    }

    /** The files of one writer, numbered {@code part}: a task's partition, or 0 for the driver. */
    Writing open(int part, int attempt) {
        return new Writing(new Path(new Path(new Path(root, STAGING), run), "p" + part + "-a" + attempt),
                String.format("part-%05d", part), configuration());
    }

    /**
     * Replaces each of {@code folders} (relative to the root) with the files the writers wrote to it, given as
     * what {@link Writing#close()} returned, and marks each folder done.
     */
    void commit(Collection<String> folders, Collection<String> written) {
        try {
            Configuration conf = configuration();
            Path top = new Path(root);
            FileSystem fs = top.getFileSystem(conf);
            for (String folder : folders) {
                Path path = new Path(top, folder);
                if (fs.exists(path) && !fs.delete(path, true)) {
                    throw new IOException("could not remove the old output " + path);
                }
                fs.mkdirs(path);
            }
            for (String file : written) {
                int slash = file.indexOf('/');
                Path from = new Path(new Path(new Path(top, STAGING), run), file);
                Path to = new Path(top, file.substring(slash + 1));
                if (!fs.rename(from, to)) {
                    throw new IOException("could not move " + from + " to " + to);
                }
            }
            for (String folder : folders) {
                fs.create(new Path(new Path(top, folder), SUCCESS), true).close();
            }
            Path staging = new Path(top, STAGING);
            fs.delete(new Path(staging, run), true);
            FileStatus[] left = fs.exists(staging) ? fs.listStatus(staging) : new FileStatus[0];
            if (left.length == 0) {
                fs.delete(staging, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not commit the job's output under " + root, e);
        }
    }

    /** Removes what the writers of this run staged, when the run fails before its commit. */
    void discard() {
        try {
            Path staging = new Path(new Path(root, STAGING), run);
            staging.getFileSystem(configuration()).delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the staged output " + run + " under " + root, e);
        }
    }

    private Configuration configuration() {
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        return conf;
    }

    /** The folder of a table's Parquet files, relative to the output folder. */
    static String parquetFolder(FactTable<?> table) {
        return "parquet/" + table.name();
    }

    /** One writer's files, in its own staging folder. */
    static final class Writing implements Closeable {
        private final Path staging;
        private final String part;
        private final Configuration conf;
        private final Map<String, Writer> lines = new HashMap<>();
        private final Map<String, Table> tables = new HashMap<>();
        private final List<String> written = new ArrayList<>();

        private Writing(Path staging, String part, Configuration conf) {
            this.staging = staging;
            this.part = part;
            this.conf = conf;
        }

        /** Starts a JSON Lines file in {@code folder}, so that it exists even if no line is written to it. */
        Writing lines(String folder) throws IOException {
            if (!lines.containsKey(folder)) {
                String file = folder + "/" + part + ".jsonl";
                Path path = new Path(staging, file);
                lines.put(folder, new BufferedWriter(new OutputStreamWriter(path.getFileSystem(conf).create(path, true),
                        StandardCharsets.UTF_8), 1 << 16));
                written.add(staging.getName() + "/" + file);
            }
            return this;
        }

        /** Writes one line to the JSON Lines file of {@code folder}. */
        void line(String folder, String line) throws IOException {
            lines(folder);
            Writer w = lines.get(folder);
            w.write(line);
            w.write('\n');
        }

        /** Starts the Parquet file of {@code table} in {@code parquet/TABLE}, so that it exists even with no rows. */
        Writing table(FactTable<?> table) throws IOException {
            if (!tables.containsKey(table.name())) {
                String file = parquetFolder(table) + "/" + part + ".parquet";
                tables.put(table.name(), new Table(table, new Path(staging, file), conf));
                written.add(staging.getName() + "/" + file);
            }
            return this;
        }

        /** Writes one row of {@code table}: its values in the table's column order. */
        void row(FactTable<?> table, List<Object> values) throws IOException {
            table(table);
            tables.get(table.name()).write(values);
        }

        /** Closes every file. */
        @Override
        public void close() throws IOException {
            for (Writer w : lines.values()) {
                w.close();
            }
            for (Table t : tables.values()) {
                t.writer.close();
            }
        }

        /** The files written, each relative to the run's staging folder: what {@link OutputFiles#commit} takes. */
        List<String> files() {
            return List.copyOf(written);
        }
    }

    /** One fact table's Parquet file. */
    private static final class Table {
        private final FactTable<?> table;
        private final SimpleGroupFactory groups;
        private final ParquetWriter<Group> writer;

        Table(FactTable<?> table, Path path, Configuration conf) throws IOException {
            MessageType schema = ParquetRows.schema(table, "spark_schema");
            this.table = table;
            this.groups = new SimpleGroupFactory(schema);
            this.writer = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(path, conf))
                    .withConf(conf)
                    .withType(schema)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withExtraMetaData(Map.of(SPARK_SCHEMA, FactTables.schema(table).json()))
                    .build();
        }

        void write(List<Object> values) throws IOException {
            writer.write(ParquetRows.row(table, groups, values));
        }
    }
}
