package dev.accord.spark;

import dev.accord.cli.AccordCommand;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.Problem;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.pipeline.Extraction;
import dev.accord.server.AccordServer;
import dev.accord.store.Appearance;
import dev.accord.store.FactStore;
import dev.accord.store.SqliteFactStore;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same batch — an article, a wire reprint of it with a dateline and one word changed, and the article
 * again — taken in through every face: {@code accord ingest}, {@code POST /api/articles}, and the Spark job
 * followed by {@code accord load}. Each store ends the same: one article with the same facts, the reprint
 * recorded as a source of it, not analysed, and named in the problems with it; the repeat taken once.
 */
class OneWayInIT {

    private static final String URL = "https://steppe.example/2025/06/18/water";
    private static final String COPY_URL = "https://wire.example/water-deal";
    private static final String TITLE = "Kazakhstan and Uzbekistan agree on water sharing";
    private static final String TEXT = "The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Tuesday "
            + "and agreed to share the waters of the Syr Darya more fairly during the summer months. Officials said "
            + "technical teams would meet in Almaty next month to agree on the volumes each side may draw. The two "
            + "governments also signed a memorandum on the joint repair of canals along the river.";
    private static final String COPY = "TASHKENT (Steppe Wire) — " + TEXT.replace("fairly", "evenly");

    @TempDir
    static Path dir;

    static Path batch;
    static final Map<String, FactStore> stores = new LinkedHashMap<>();

    @BeforeAll
    static void takeTheBatchInThroughEveryFace() throws Exception {
        batch = dir.resolve("wire.jsonl");
        Files.writeString(batch, line(URL, TITLE, TEXT) + "\n" + line(COPY_URL, "Water deal reached", COPY) + "\n"
                + line(URL, TITLE, TEXT) + "\n", StandardCharsets.UTF_8);

        Path cli = dir.resolve("cli.db");
        assertEquals(0, accord("ingest", "--db", cli.toString(), batch.toString()));
        stores.put("accord ingest", SqliteFactStore.open(cli));

        SqliteFactStore api = SqliteFactStore.open(dir.resolve("api.db"));
        try (AccordServer server = AccordServer.start(api, "127.0.0.1", 0, "t0ken",
                article -> Extraction.standard().analyze(article))) {
            List<Integer> statuses = new ArrayList<>();
            statuses.add(post(server, URL, TITLE, TEXT));
            statuses.add(post(server, COPY_URL, "Water deal reached", COPY));
            statuses.add(post(server, URL, TITLE, TEXT));
            assertEquals(List.of(201, 200, 200), statuses, "new, near-duplicate, already stored");
        }
        stores.put("POST /api/articles", api);

        SparkSession spark = SparkSession.builder().master("local[2]").appName("accord-one-way-in")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        AccordSparkJob.Summary summary;
        try {
            summary = AccordSparkJob.run(spark, List.of(batch.toString()), dir.resolve("job").toString(), 2);
        } finally {
            spark.stop();
        }
        assertEquals(new AccordSparkJob.Summary(1, 1, 1, 0, summary.events()), summary);
        Path loaded = dir.resolve("spark.db");
        assertEquals(0, accord("load", "--db", loaded.toString(), dir.resolve("job").toString()));
        stores.put("Spark job + accord load", SqliteFactStore.open(loaded));
    }

    @AfterAll
    static void close() {
        stores.values().forEach(FactStore::close);
    }

    @Test
    void everyFaceStoresTheArticleOnceWithTheSameFacts() {
        String id = Article.identify(URL, TEXT);
        String expected = null;
        for (Map.Entry<String, FactStore> s : stores.entrySet()) {
            FactStore store = s.getValue();
            assertEquals(1, store.articleCount(), s.getKey());
            String facts = AccordJson.compact(store.expect(id).events()) + AccordJson.compact(store.expect(id).actors());
            expected = expected == null ? facts : expected;
            assertEquals(expected, facts, s.getKey() + " stores other facts");
        }
    }

    @Test
    void everyFaceConsolidatesTheBatchAsTheJobsSecondPassDoes() throws IOException {
        List<ConsolidatedEvent> job = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir.resolve("job/jsonl/consolidated/events"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    job.add(AccordJson.mapper().readValue(line, ConsolidatedEvent.class));
                }
            }
        }
        assertFalse(job.isEmpty(), "the article reports events");
        for (Map.Entry<String, FactStore> s : stores.entrySet()) {
            List<ConsolidatedEvent> stored = new ArrayList<>();
            s.getValue().consolidation().forEachEvent(stored::add);
            assertEquals(job, stored, s.getKey());
        }
    }

    @Test
    void everyFaceRecordsTheReprintAsASourceOfTheArticle() {
        String id = Article.identify(URL, TEXT);
        String copyId = Article.identify(COPY_URL, COPY);
        for (Map.Entry<String, FactStore> s : stores.entrySet()) {
            FactStore store = s.getValue();
            assertEquals(id, store.findStoredAs(copyId).orElseThrow(), s.getKey());
            List<Appearance> copies = store.appearances(id).stream().filter(a -> a.copyId().equals(copyId)).toList();
            assertEquals(1, copies.size(), s.getKey() + ": " + store.appearances(id));
            assertEquals(COPY_URL, copies.get(0).source(), s.getKey());
            assertTrue(copies.get(0).similarity() >= 0.5 && copies.get(0).similarity() < 1, s.getKey());
            List<Problem> named = store.problems().stream().filter(p -> p.input().contains(COPY_URL)).toList();
            assertEquals(1, named.size(), s.getKey() + ": " + store.problems());
            assertTrue(named.get(0).reason().startsWith("near-duplicate of the stored article " + id),
                    s.getKey() + " names the reprint with the article it was taken for: " + named);
        }
    }

    @Test
    void aReprintOfAnArticlePostedThroughTheApiIsFoundByTheCommandLine() throws Exception {
        // Posted articles are stored with their fingerprints, so a later batch finds their reprints.
        String third = COPY.replace("canals", "channels");
        Path reprint = dir.resolve("reprint.jsonl");
        Files.writeString(reprint, line("https://third.example/water", "Water", third) + "\n", StandardCharsets.UTF_8);
        accord("ingest", "--db", dir.resolve("api.db").toString(), reprint.toString());
        FactStore api = stores.get("POST /api/articles");
        assertEquals(1, api.articleCount());
        assertEquals(Article.identify(URL, TEXT),
                api.findStoredAs(Article.identify("https://third.example/water", third)).orElseThrow());
    }

    private static String line(String url, String title, String text) {
        return AccordJson.compact(Map.of("url", url, "title", title, "published", "2025-06-18", "text", text));
    }

    private static int accord(String... args) {
        StringWriter out = new StringWriter();
        var cl = AccordCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        int code = cl.execute(args);
        assertEquals(0, code, out.toString());
        return code;
    }

    private static int post(AccordServer server, String source, String title, String text)
            throws IOException, InterruptedException {
        String body = AccordJson.compact(Map.of("source", source, "title", title, "published",
                LocalDate.of(2025, 6, 18).toString(), "text", text));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .header("Authorization", "Bearer t0ken").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, r.body());
        return r.statusCode();
    }
}
