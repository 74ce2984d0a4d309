package dev.accord.spark;

import dev.accord.consolidate.ArticleMentions;
import dev.accord.consolidate.Consolidator;
import dev.accord.model.AccordJson;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.tables.ConsolidatedTables;
import dev.accord.pipeline.Consolidation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    private static final String EVENTS = "jsonl/consolidated/events";
    private static final String AGREEMENTS = "jsonl/consolidated/agreements";
    private static final String PEOPLE = "jsonl/consolidated/people";

    private ConsolidationPass() {
    }

    /**
     * Consolidates the batch's mentions, one {@link ArticleMentions} JSON object a record, in the order of
     * their article ids, and writes the record across them under {@code out}: from the driver, which holds it,
     * with no Spark job.
     */
    static void run(SparkSession spark, Dataset<String> mentions, String out) {
        List<String> lines = new ArrayList<>(mentions.collectAsList());
        Collections.sort(lines);
        Consolidator consolidator = Consolidator.inMemory(Consolidation.settings(), Consolidation.encoder());
        for (String line : lines) {
            consolidator.add(read(line));
        }
        List<ConsolidatedEvent> events = consolidator.events();
        OutputFiles outputs = OutputFiles.under(spark, out);
        try {
            OutputFiles.Writing files = outputs.open(0, 0);
            try (files) {
                lines(files, EVENTS, events);
                lines(files, AGREEMENTS, consolidator.agreements());
                lines(files, PEOPLE, consolidator.people());
                files.table(ConsolidatedTables.EVENTS).table(ConsolidatedTables.MENTIONS);
                for (ConsolidatedEvent e : events) {
                    files.row(ConsolidatedTables.EVENTS, ConsolidatedTables.EVENTS.row(null, e));
                    for (ConsolidatedTables.ReportOf report : ConsolidatedTables.reports(e)) {
                        files.row(ConsolidatedTables.MENTIONS, ConsolidatedTables.MENTIONS.row(null, report));
                    }
                }
            }
            outputs.commit(List.of(EVENTS, AGREEMENTS, PEOPLE, OutputFiles.parquetFolder(ConsolidatedTables.EVENTS),
                    OutputFiles.parquetFolder(ConsolidatedTables.MENTIONS)), files.files());
        } catch (IOException e) {
            outputs.discard();
            throw new UncheckedIOException("could not write the consolidated record under " + out, e);
        } catch (RuntimeException e) {
            outputs.discard();
            throw e;
        }
    }

    private static ArticleMentions read(String json) {
        try {
            return AccordJson.mapper().readValue(json, ArticleMentions.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an article's mentions between the executors and the driver are not ArticleMentions JSON", e);
        }
    }

    private static void lines(OutputFiles.Writing files, String folder, List<?> facts) throws IOException {
        files.lines(folder);
        for (Object fact : facts) {
            files.line(folder, AccordJson.compact(fact));
        }
    }
}
