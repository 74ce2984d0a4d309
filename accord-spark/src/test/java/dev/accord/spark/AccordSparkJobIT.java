package dev.accord.spark;

import dev.accord.cli.AccordCommand;
import dev.accord.extract.FactExtractor;
import dev.accord.ingest.Corpus;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.pipeline.Extraction;
import dev.accord.store.SqliteFactStore;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job in local[2], on articles written for this test, against the command line's function. */
class AccordSparkJobIT {

    @TempDir
    static Path dir;

    static SparkSession spark;
    static List<String> inputs;
    static AccordSparkJob.Summary summary;
    static Path out;

    @BeforeAll
    static void runJob() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("2025-03-04-talks.txt"), """
                Kazakhstan and Uzbekistan hold talks on water

                Kazakhstan and Uzbekistan held talks in Tashkent on Monday on sharing the water of the Syr Darya.
                The two governments signed a memorandum on joint management of the river.
                Officials said they will meet again in June.
                """, StandardCharsets.UTF_8);
        // The same talks as another outlet reported them the next day: two reports of one event.
        Files.writeString(texts.resolve("2025-03-05-water-talks.txt"), """
                Uzbekistan and Kazakhstan discuss the Syr Darya

                Uzbekistan and Kazakhstan held talks in Tashkent on Monday on the water of the Syr Darya, officials said.
                The governments signed a memorandum on managing the river together.
                """, StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("2025-05-20-sanctions.txt"), """
                Canada imposes sanctions on Belarus

                Canada imposed sanctions on Belarus on Tuesday over the detention of journalists.
                "We will not stay silent," the foreign minister of Canada told reporters in Ottawa.
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("news.jsonl"), String.join("\n",
                "{\"id\":\"n1\",\"url\":\"https://example.org/2025/06/18/astana\",\"title\":\"Leaders meet in Astana\","
                        + "\"published\":\"2025-06-18\",\"text\":\"China and Kazakhstan agreed on Wednesday to expand "
                        + "trade. The leaders met in Astana and praised the new railway.\"}",
                "{not json",
                "{\"id\":\"n2\",\"published\":\"2025-07-01\",\"text\":\"Japan sent aid to the Philippines after the "
                        + "storm. Manila thanked Tokyo for the help.\"}",
                // A person with no state or organisation: an event actor without a code.
                "{\"id\":\"n3\",\"published\":\"2025-08-04\",\"text\":\"The novelist Elena Marsh visited Kenya on "
                        + "Monday. She praised its schools.\"}") + "\n", StandardCharsets.UTF_8);
        inputs = List.of(texts.toString(), dir.resolve("news.jsonl").toString());
        spark = SparkSession.builder().master("local[2]").appName("accord-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        out = dir.resolve("out");
        summary = AccordSparkJob.run(spark, inputs, out.toString(), 2);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theJobsFactsEqualTheCommandLinesFactsForTheSameArticles() {
        FactExtractor cli = Extraction.standard();
        Map<String, String> expected = new TreeMap<>();
        for (Article a : Corpus.read(inputs).articles()) {
            expected.put(a.id(), AccordJson.compact(cli.analyze(a)));
        }
        Map<String, String> actual = lines(out.resolve("jsonl/facts")).stream()
                .collect(Collectors.toMap(l -> AccordJson.readFacts(l).article().id(), l -> l, (a, b) -> a,
                        TreeMap::new));
        assertEquals(6, expected.size());
        assertEquals(expected, actual);
        assertEquals(6, summary.articles());
    }

    @Test
    void everyTableIsWrittenAsParquetWithOneRowPerFact() {
        List<ArticleFacts> facts = lines(out.resolve("jsonl/facts")).stream().map(AccordJson::readFacts).toList();
        assertEquals(6, count("articles"));
        assertEquals(facts.stream().mapToLong(f -> f.entities().size()).sum(), count("entities"));
        assertEquals(facts.stream().mapToLong(f -> f.times().size()).sum(), count("times"));
        assertEquals(facts.stream().mapToLong(f -> f.actors().size()).sum(), count("actors"));
        assertEquals(facts.stream().mapToLong(f -> f.actors().stream().mapToLong(a -> a.mentions().size()).sum()).sum(),
                count("mentions"));
        assertEquals(facts.stream().mapToLong(f -> f.events().size()).sum(), count("events"));
        assertEquals(facts.stream().mapToLong(f -> f.quotes().size()).sum(), count("quotes"));
        assertEquals(facts.stream().mapToLong(f -> f.agreements().size()).sum(), count("agreements"));
        assertEquals(facts.stream().mapToLong(f -> f.places().size()).sum(), count("places"));
        assertTrue(count("events") > 0, "the articles report events");
        assertTrue(spark.read().parquet(out.resolve("parquet/events").toString())
                .where("exists(actor_codes, c -> c is null)").count() > 0, "an actor without a code is kept");
        ArticleFacts withEvent = facts.stream().filter(f -> !f.events().isEmpty()).findFirst().orElseThrow();
        Event event = withEvent.events().get(0);
        Row row = spark.read().parquet(out.resolve("parquet/events").toString())
                .where(col("article_id").equalTo(withEvent.article().id()).and(col("event_id").equalTo(event.id())))
                .first();
        assertEquals(event.trigger().text(), row.getAs("trigger"));
        assertEquals(event.trigger().span().begin(), (int) row.getAs("begin"));
        assertEquals(event.type().name(), row.getAs("type"));
        assertEquals(event.modality().name(), row.getAs("modality"));
        assertEquals(event.type().score(), (int) row.getAs("score"));
    }

    @Test
    void theSecondPassConsolidatesTheBatchAsAccordIngestDoes() throws IOException {
        List<ConsolidatedEvent> job = new ArrayList<>();
        for (String line : lines(out.resolve("jsonl/consolidated/events"))) {
            job.add(AccordJson.mapper().readValue(line, ConsolidatedEvent.class));
        }
        assertTrue(job.stream().anyMatch(e -> e.reports() == 2), "both reports of the water talks are one event: "
                + job);
        Path db = dir.resolve("ingest.db");
        var cl = AccordCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(1, cl.execute(Stream.concat(Stream.of("ingest", "--db", db.toString()), inputs.stream())
                .toArray(String[]::new)), "the broken line is a problem, the rest is stored");
        List<ConsolidatedEvent> ingested = new ArrayList<>();
        try (SqliteFactStore store = SqliteFactStore.open(db)) {
            store.consolidation().forEachEvent(ingested::add);
        }
        assertEquals(ingested, job);
        assertEquals(job.size(), count("consolidated_events"));
        assertEquals(job.stream().mapToLong(e -> e.mentions().size()).sum(), count("event_mentions"));
        assertTrue(Files.isDirectory(out.resolve("jsonl/consolidated/agreements")));
    }

    @Test
    void outputsSplitIntoSeveralFilesHoldTheSameLinesInTheSameOrder() throws IOException {
        Path split = dir.resolve("split");
        spark.conf().set(AccordSparkJob.ARTICLES_PER_FILE_SETTING, "2");
        try {
            assertEquals(summary, AccordSparkJob.run(spark, inputs, split.toString(), 2));
        } finally {
            spark.conf().unset(AccordSparkJob.ARTICLES_PER_FILE_SETTING);
        }
        try (Stream<Path> files = Files.list(split.resolve("jsonl/facts"))) {
            assertEquals(2, files.filter(p -> p.getFileName().toString().startsWith("part-")).count(),
                    "7 records at 2 a file, in no more files than the 2 analysis partitions");
        }
        for (String output : List.of("jsonl/facts", "jsonl/plover", "jsonl/problems", "jsonl/reprints")) {
            assertEquals(lines(out.resolve(output)), lines(split.resolve(output)), output);
        }
        // Spark reads a folder's files in an order of its own, so the rows are compared as sorted lists.
        for (String table : List.of("articles", "entities", "events", "quotes", "places")) {
            assertEquals(rows(out, table), rows(split, table), table);
        }
    }

    @Test
    void aBrokenLineIsAProblemWithItsReasonAndTheRestIsAnalysed() {
        List<String> problems = lines(out.resolve("jsonl/problems"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("news.jsonl:2"), problems.get(0));
        assertEquals(1, count("problems"));
        assertEquals(1, summary.problems());
    }

    @Test
    void ploverLinesAreOnePerEvent() {
        List<String> plover = lines(out.resolve("jsonl/plover"));
        assertEquals(count("events"), plover.size());
        assertTrue(plover.stream().allMatch(l -> l.contains("\"version\":\"PLOVER 2.0\"")));
    }

    private static List<String> rows(Path output, String table) {
        return spark.read().parquet(output.resolve("parquet").resolve(table).toString()).collectAsList().stream()
                .map(Row::toString).sorted().toList();
    }

    private static long count(String table) {
        return spark.read().parquet(out.resolve("parquet").resolve(table).toString()).count();
    }

    private static List<String> lines(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
