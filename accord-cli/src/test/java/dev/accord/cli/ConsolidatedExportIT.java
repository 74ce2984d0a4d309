package dev.accord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code accord export --format events|mentions} in every encoding, and {@code accord consolidate}, on a store
 * that {@code accord ingest} filled with two reports of one meeting (written for this test, as two outlets
 * would) and an article about something else.
 */
class ConsolidatedExportIT {

    @TempDir
    static Path dir;

    private static Path db;

    @BeforeAll
    static void ingest() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("2025-05-20-tashkent.txt"), """
                Uzbek and Turkmen leaders meet in Tashkent

                Uzbek President Shavkat Mirziyoyev met Turkmen President Serdar Berdimuhamedov in Tashkent on Tuesday.
                The two presidents discussed gas pipelines and a new railway to the Caspian Sea.
                """);
        Files.writeString(articles.resolve("2025-05-21-tashkent-talks.txt"), """
                Mirziyoyev and Berdimuhamedov hold talks

                Turkmen President Serdar Berdimuhamedov met Uzbek President Shavkat Mirziyoyev in Tashkent on Tuesday.
                The presidents discussed gas pipelines and railway links across the region.
                """);
        Files.writeString(articles.resolve("2025-02-11-geneva.txt"), """
                Swiss and Norwegian diplomats met in Geneva on Monday to prepare talks on humanitarian aid.
                Norway said the meeting would resume in March.
                """);
        db = dir.resolve("accord.db");
        Run ingest = Run.of("ingest", "--db", db.toString(), articles.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
    }

    @Test
    void eventsAndTheirReportsAreExportedOnceEachInJsonLinesCsvAndParquet() throws Exception {
        List<JsonNode> events = jsonLines(Run.of("export", "--db", db.toString(), "--format", "events"));
        assertTrue(events.stream().anyMatch(e -> e.get("reports").asInt() == 2), "the meeting is one event: " + events);
        int mentions = 0;
        for (JsonNode e : events) {
            assertTrue(e.get("event_id").asText().startsWith("ev:"), e.toString());
            assertTrue(e.get("actors").isArray() && !e.get("actors").isEmpty(), e.toString());
        }
        List<JsonNode> reports = jsonLines(Run.of("export", "--db", db.toString(), "--format", "mentions"));
        for (JsonNode r : reports) {
            assertTrue(events.stream().anyMatch(e -> e.get("event_id").equals(r.get("event_id"))), r.toString());
            mentions++;
        }
        assertTrue(mentions > events.size(), "a report line for each report: " + reports);

        Path csv = dir.resolve("mentions.csv");
        Run toCsv = Run.of("export", "--db", db.toString(), "--format", "mentions", "--out", csv.toString());
        assertEquals(0, toCsv.exitCode(), toCsv.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("event_id,article_id,mention_id,outlet,published,begin,end,text,confidence", lines.get(0));
        assertEquals(reports.size() + 1, lines.size());

        Path parquet = dir.resolve("events.parquet");
        Run toParquet = Run.of("export", "--db", db.toString(), "--format", "events", "--out", parquet.toString());
        assertEquals(0, toParquet.exitCode(), toParquet.err());
        List<String> ids = new ArrayList<>();
        try (ParquetReader<Group> reader = new ParquetReader.Builder<Group>(new LocalInputFile(parquet)) {
            @Override
            protected ReadSupport<Group> getReadSupport() {
                return new GroupReadSupport();
            }
        }.build()) {
            for (Group row = reader.read(); row != null; row = reader.read()) {
                ids.add(row.getString("event_id", 0));
                assertEquals(events.get(ids.size() - 1).get("reports").asInt(), row.getInteger("reports", 0));
            }
        }
        assertEquals(events.stream().map(e -> e.get("event_id").asText()).toList(), ids);

        Run noFile = Run.of("export", "--db", db.toString(), "--format", "events", "--encoding", "parquet");
        assertEquals(2, noFile.exitCode());
        assertTrue(noFile.err().contains("--out FILE.parquet"), noFile.err());
    }

    @Test
    void consolidatingAStoreFromScratchGivesWhatIngestGave() throws Exception {
        String before = Run.of("export", "--db", db.toString(), "--format", "events").out();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // What a store made before schema version 8 holds once migrated: no record across articles.
            for (String table : List.of("consolidation_mentions", "consolidation_blocks", "consolidated_events",
                    "event_reports", "consolidated_agreements", "consolidated_people")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        assertEquals("", Run.of("export", "--db", db.toString(), "--format", "events").out());
        Run consolidate = Run.of("consolidate", "--db", db.toString());
        assertEquals(0, consolidate.exitCode(), consolidate.err());
        assertTrue(consolidate.out().startsWith("Consolidated 3 articles in "), consolidate.out());
        assertEquals(before, Run.of("export", "--db", db.toString(), "--format", "events").out());
    }

    private static List<JsonNode> jsonLines(Run run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            rows.add(AccordJson.mapper().readTree(line));
        }
        return rows;
    }
}
