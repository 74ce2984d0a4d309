package dev.accord.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import dev.accord.pipeline.Ingestion;
import dev.accord.store.SqliteFactStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The views count consolidated events: the Astana article and a rewrite of it by another outlet (written for
 * this test) are two reports of the same events, which the dyad, the actor's timeline, the map and the event
 * list count once each, with a way to open both reports; an analyst's split and merge go through the API and
 * change what every view counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidatedViewsTest {

    private static final String TOKEN = "test-token";

    @TempDir
    static Path dir;

    private SqliteFactStore store;
    private AccordServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        store = TestStores.withAstana(dir);
        new Ingestion(store, a -> {
            throw new IllegalStateException("analysed already");
        }, Ingestion.Listener.SILENT).store(TestStores.analyse("wire/astana.txt", "Transit trade deal in Astana",
                LocalDate.of(2025, 6, 18), TestStores.ASTANA_REWRITE));
        server = AccordServer.start(store, "127.0.0.1", 0, TOKEN, null);
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void eachConsolidatedEventIsCountedOnceWithItsReportsAndOpensThem() throws Exception {
        JsonNode events = get("/api/events?actor=KAZ&with=CHN&limit=500");
        JsonNode twice = twiceReported(events);
        assertEquals(events.get("total").asInt(), get("/api/dyads/CHN/KAZ").get("events").asInt());
        int mentions = 0;
        for (JsonNode e : events.get("items")) {
            mentions += e.get("reports").asInt();
        }
        assertTrue(mentions > events.get("total").asInt(), "some event is reported by both: " + events);

        JsonNode reports = get("/api/events/" + twice.get("event").asText() + "/reports");
        assertEquals(twice, reports.get("event"));
        List<String> articles = new ArrayList<>();
        reports.get("reports").forEach(r -> articles.add(r.get("articleId").asText()));
        assertEquals(2, articles.stream().distinct().count(), reports.toString());
        JsonNode first = reports.at("/reports/0");
        String text = AccordJson.mapper().readTree(http.send(request("/api/articles/" + first.get("articleId")
                .asText()), HttpResponse.BodyHandlers.ofString()).body()).at("/article/text").asText();
        assertEquals(first.get("trigger").asText(), text.substring(first.get("begin").asInt(),
                first.get("end").asInt()));
        assertEquals(404, http.send(request("/api/events/ev:0000000000000000/reports"),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void anAnalystSplitsAReportOffAndMergesItBackThroughTheApi() throws Exception {
        int before = get("/api/dyads/CHN/KAZ").get("events").asInt();
        JsonNode twice = twiceReported(get("/api/events?actor=KAZ&with=CHN&limit=500"));
        JsonNode reports = get("/api/events/" + twice.get("event").asText() + "/reports").get("reports");
        JsonNode last = reports.get(reports.size() - 1);
        String key = last.get("articleId").asText() + "#" + last.get("eventId").asText();

        JsonNode left = post("/api/events/" + twice.get("event").asText() + "/corrections",
                "{\"action\":\"SPLIT\",\"mention\":\"" + key + "\",\"curator\":\"analyst\"}");
        assertEquals(reports.size() - 1, left.get("reports").size());
        assertEquals(before + 1, get("/api/dyads/CHN/KAZ").get("events").asInt());

        String apart = null;
        for (JsonNode e : get("/api/events?actor=KAZ&with=CHN&limit=500").get("items")) {
            if (e.get("articleId").asText().equals(last.get("articleId").asText())
                    && e.get("eventId").asText().equals(last.get("eventId").asText())) {
                apart = e.get("event").asText();
            }
        }
        JsonNode merged = post("/api/events/" + left.at("/event/event").asText() + "/corrections",
                "{\"action\":\"MERGE\",\"with\":\"" + apart + "\",\"curator\":\"analyst\"}");
        assertEquals(reports.size(), merged.get("reports").size());
        assertEquals(before, get("/api/dyads/CHN/KAZ").get("events").asInt());
    }

    @Test
    void theTimelinePartnersAndAutocompleteCountWhatTheEventListHolds() throws Exception {
        JsonNode dyad = get("/api/timeline?actor=KAZ&with=CHN");
        JsonNode line = dyad.at("/series/0");
        assertEquals(get("/api/dyads/CHN/KAZ").get("events").asLong(), line.get("total").asLong());
        assertEquals(dyad.get("months").size(), line.get("events").size(), "one count for each month of the axis");
        long dated = 0;
        for (JsonNode n : line.get("events")) {
            dated += n.asLong();
        }
        assertEquals(line.get("total").asLong(), dated + line.get("undated").asLong());
        JsonNode both = get("/api/timeline?dyads=KAZ/CHN,CHN/KAZ");
        assertEquals(both.at("/series/0/events"), both.at("/series/1/events"), "a dyad counts the same either way");
        assertEquals(both.get("series"), get("/api/timeline?dyads=KAZ-CHN,CHN-KAZ").get("series"),
                "a hyphen still separates a pair where it is the only one");
        HttpResponse<String> hyphens = http.send(request("/api/timeline?dyads=KAZ-CHN,person:xi-jinping-KAZ"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, hyphens.statusCode(), hyphens.body());
        assertTrue(hyphens.body().contains("cannot be told apart; expected them separated by a slash"),
                hyphens.body());

        JsonNode partners = get("/api/actors/KAZ/partners");
        assertTrue(partners.get("items").findValuesAsText("key").contains("CHN"), partners.toString());
        assertEquals(partners.get("items").size(), partners.get("total").asInt());

        long placed = 0;
        for (JsonNode p : get("/api/places")) {
            placed += p.get("events").asLong();
        }
        long clustered = 0;
        for (JsonNode c : get("/api/map?zoom=0")) {
            clustered += c.get("events").asLong();
        }
        assertEquals(placed, clustered, "the clusters hold every placed event");
        assertEquals(0, get("/api/map?zoom=3&bbox=-10,-10,0,0").size(), "no event happened off West Africa");
        assertEquals(placed, get("/api/map/events?limit=500").get("total").asLong(), "the whole world's list");
        assertEquals(0, get("/api/map/events?bbox=-10,-10,0,0").get("total").asLong());

        JsonNode suggested = get("/api/actors/suggest?q=kaz");
        assertEquals("KAZ", suggested.at("/0/key").asText(), suggested.toString());
        assertEquals("Kazakhstan", suggested.at("/0/name").asText());
    }

    @Test
    void aViewsEventsDownloadAsCsvWithTheFactTablesColumnsOneLineAnEvent() throws Exception {
        HttpResponse<String> csv = http.send(request("/api/events/download?actor=KAZ&with=CHN"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("attachment; filename=\"accord-events.csv\"",
                csv.headers().firstValue("Content-Disposition").orElse(""));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("article_id,event_id,") && lines.get(0).endsWith(",event,reports"),
                lines.get(0));
        assertEquals(get("/api/events?actor=KAZ&with=CHN").get("total").asInt(), lines.size() - 1, csv.body());
        HttpResponse<String> jsonl = http.send(request("/api/quotes/download?format=jsonl"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(get("/api/quotes").get("total").asInt(), jsonl.body().lines().count(), jsonl.body());
    }

    @Test
    void aWordSearchPutsTheArticlesWithTheWordInTheirTitleFirstThenTheNewestUnlessSortedByDate() throws Exception {
        String original = "China and Kazakhstan sign a transit trade agreement";
        String rewrite = "Transit trade deal in Astana";
        assertEquals(List.of(original, rewrite), titles(get("/api/articles?q=kazakhstan")),
                "both texts have the word, one title");
        assertEquals(List.of(rewrite, original), titles(get("/api/articles?q=kazakhstan&sort=date")),
                "newest published first");
        assertEquals(List.of(rewrite, original), titles(get("/api/articles?q=Astana")),
                "the other word in the other title");
        assertEquals(List.of(rewrite, original), titles(get("/api/articles?q=trade")),
                "the word in both titles: newest published first");
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(a -> titles.add(a.get("title").asText()));
        return titles;
    }

    @Test
    void anImpossibleDateAndAnUnknownActorAreRefusedWithWhatWasExpected() throws Exception {
        HttpResponse<String> date = http.send(request("/api/events?from=2025-13-45"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, date.statusCode());
        assertTrue(date.body().contains("expected a real date"), date.body());
        HttpResponse<String> actor = http.send(request("/api/events?actor=KAZ&with=XYZ"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, actor.statusCode());
        assertTrue(actor.body().contains("'XYZ', which no stored article names"), actor.body());
        assertEquals(0, get("/api/events?added_since=2999-01-01").get("total").asInt(), "nothing is stored after now");
        assertEquals(get("/api/events").get("total"), get("/api/events?added_since=2000-01-01").get("total"));
    }

    private static JsonNode twiceReported(JsonNode events) {
        for (JsonNode e : events.get("items")) {
            if (e.get("reports").asInt() == 2) {
                return e;
            }
        }
        throw new AssertionError("no event is reported by both articles: " + events);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply.body());
        return AccordJson.mapper().readTree(reply.body());
    }

    private JsonNode post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + path)).header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, reply.statusCode(), reply.body());
        return AccordJson.mapper().readTree(reply.body());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build();
    }
}
