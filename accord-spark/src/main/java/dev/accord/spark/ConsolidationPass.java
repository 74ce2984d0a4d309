package dev.accord.spark;

import dev.accord.consolidate.ArticleMentions;
import dev.accord.consolidate.Consolidator;
import dev.accord.model.AccordJson;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.tables.ConsolidatedTables;
import dev.accord.model.tables.FactTable;
import dev.accord.pipeline.Consolidation;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The job's second pass: the record across articles of the batch, the same as {@code accord ingest} makes of the
 * same articles. Each executor turns the facts the first pass keeps (what it writes to {@code jsonl/facts}), in
 * the analysis partitions, into consolidation's mentions ({@link ArticleMentions}, with their sentence
 * embeddings, the costly part); the driver collects them and consolidates them with the engine's in-memory
 * index (blocking by actor, type family and date window, as in a store), with the settings and encoder every
 * face uses. It writes
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
     * Consolidates the facts of the batch, one {@code accord/1} object a record, and writes the record across
     * them under {@code out}.
     */
    static void run(SparkSession spark, Dataset<String> facts, String out) {
        List<String> mentions = facts
                .map((MapFunction<String, String>) ConsolidationPass::mentionsLine, Encoders.STRING())
                .sort("value").collectAsList();
        Consolidator consolidator = Consolidator.inMemory(Consolidation.settings(), Consolidation.encoder());
        for (String line : mentions) {
            consolidator.add(read(line));
        }
        List<ConsolidatedEvent> events = consolidator.events();
        text(spark, events, out + "/jsonl/consolidated/events");
        text(spark, consolidator.agreements(), out + "/jsonl/consolidated/agreements");
        text(spark, consolidator.people(), out + "/jsonl/consolidated/people");
        parquet(spark, ConsolidatedTables.EVENTS, events, List::of, out);
        parquet(spark, ConsolidatedTables.MENTIONS, events, ConsolidatedTables::reports, out);
    }

    /** One article's mentions as JSON between the executors and the driver, embedded by the executor's encoder. */
    private static String mentionsLine(String factsJson) {
        return AccordJson.compact(ArticleMentions.of(AccordJson.readFacts(factsJson), Consolidation.encoder()));
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
