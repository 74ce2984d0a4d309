package dev.accord.spark;

import dev.accord.consolidate.ArticleMentions;
import dev.accord.consolidate.Consolidator;
import dev.accord.model.AccordJson;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.tables.ConsolidatedTables;
import dev.accord.model.tables.FactTable;
import dev.accord.pipeline.Consolidation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The job's second pass: the record across articles of the batch, the same as {@code accord ingest} makes of the
 * same articles. The analysis turns each article's facts, as written to {@code jsonl/facts}, into
 * consolidation's mentions ({@link ArticleMentions}, with their sentence embeddings, the costly part); the
 * driver collects them and consolidates them with the engine's in-memory index (blocking by actor, type family
 * and date window, as in a store), with the settings and encoder every face uses. It writes
 * <ul>
 *   <li>{@code jsonl/consolidated/events/}, {@code agreements/}, {@code people/}: one consolidated fact a line,
 *       sorted by id;</li>
 *   <li>{@code parquet/consolidated_events/} and {@code parquet/event_mentions/}: the {@link ConsolidatedTables}.</li>
 * </ul>
 *
 * <p>The driver holds every mention of the batch in memory (a few kilobytes each, most of it the embedding).
 * {@code accord load} stores the first pass's facts through {@code Ingestion}, which consolidates them in the
 * store with the same engine and settings, so the store's record equals this one ({@code OneWayInIT}).
 */
final class ConsolidationPass {

    private ConsolidationPass() {
    }

    /**
     * Consolidates the batch's mentions, one {@link ArticleMentions} JSON object a record, in the order of
     * their article ids, and writes the record across them under {@code out}, its five outputs at once.
     */
    static void run(SparkSession spark, Dataset<String> mentions, String out) {
        List<String> lines = new ArrayList<>(mentions.collectAsList());
        Collections.sort(lines);
        Consolidator consolidator = Consolidator.inMemory(Consolidation.settings(), Consolidation.encoder());
        for (String line : lines) {
            consolidator.add(read(line));
        }
        List<ConsolidatedEvent> events = consolidator.events();
        AccordSparkJob.inParallel(spark, AccordSparkJob.CONSOLIDATE, List.of(
                () -> text(spark, events, out + "/jsonl/consolidated/events"),
                () -> text(spark, consolidator.agreements(), out + "/jsonl/consolidated/agreements"),
                () -> text(spark, consolidator.people(), out + "/jsonl/consolidated/people"),
                () -> parquet(spark, ConsolidatedTables.EVENTS, events, List::of, out),
                () -> parquet(spark, ConsolidatedTables.MENTIONS, events, ConsolidatedTables::reports, out)));
    }

    private static ArticleMentions read(String json) {
        try {
            return AccordJson.mapper().readValue(json, ArticleMentions.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an article's mentions between the executors and the driver are not ArticleMentions JSON", e);
        }
    }

    private static void text(SparkSession spark, List<?> facts, String folder) {
        List<String> lines = facts.stream().map(AccordJson::compact).toList();
        spark.createDataset(lines, Encoders.STRING()).coalesce(1).write().mode(SaveMode.Overwrite).text(folder);
    }

    private static <T> void parquet(SparkSession spark, FactTable<T> table, List<ConsolidatedEvent> events,
                                    Function<ConsolidatedEvent, List<T>> items, String out) {
        List<Row> rows = new ArrayList<>();
        events.forEach(e -> items.apply(e).forEach(item -> rows.add(FactTables.row(table, item))));
        spark.createDataFrame(rows, FactTables.schema(table)).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(out + "/parquet/" + table.name());
    }
}
