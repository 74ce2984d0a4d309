package dev.accord.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import dev.accord.store.SqliteFactStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccordServerTest {

    private static final String TOKEN = "test-token";

    @TempDir
    Path dir;

    private SqliteFactStore store;
    private AccordServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        store = TestStores.withAstana(dir);
        server = AccordServer.start(store, "127.0.0.1", 0, TOKEN,
                article -> TestStores.extractor().analyze(article).verify());
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void searchFindsTheArticleByItsWordsWithFacetsAndFilters() throws Exception {
        JsonNode page = get("/api/articles?q=transit%20trade").body;
        assertEquals(1, page.get("total").asInt());
        assertTrue(page.at("/items/0/snippet").asText().contains("«transit»"), page.toString());
        assertTrue(page.at("/facets/actors").toString().contains("\"KAZ\""), page.toString());
        assertEquals("{\"matches\":1,\"all\":true,\"faceted\":1}", page.get("window").toString(),
                "what the total and facets were counted over: the one match, every match the store has");
        assertTrue(get("/api/articles?actor=kaz").body.get("window").isNull(), "no window without words");
        assertEquals(0, get("/api/articles?q=transit&actor=FRA").body.get("total").asInt());
        assertEquals(0, get("/api/articles?q=transit&from=2025-07").body.get("total").asInt());
        assertEquals(1, get("/api/articles?actor=kaz&to=2025-06").body.get("total").asInt());
    }

    @Test
    void anArticleComesWithItsFactsAndEvidence() throws Exception {
        String id = firstArticleId();
        JsonNode facts = get("/api/articles/" + id).body;
        assertEquals(id, facts.at("/article/id").asText());
        JsonNode trigger = facts.at("/events/0/trigger");
        String text = facts.at("/article/text").asText();
        assertEquals(text.substring(trigger.at("/span/begin").asInt(), trigger.at("/span/end").asInt()),
                trigger.get("text").asText());
    }

    @Test
    void theDyadCountsEventsByMonthAndScoresThemOnThePloverScale() throws Exception {
        JsonNode dyad = get("/api/dyads/chn/kaz").body;
        assertEquals("China", dyad.get("aName").asText());
        assertTrue(dyad.get("events").asInt() >= 1, dyad.toString());
        assertTrue(dyad.get("meanScore").asDouble() > 0, "signing and meeting are cooperation: " + dyad);
        assertEquals("2025-06", dyad.at("/months/0/month").asText());
        assertTrue(get("/api/events?actor=KAZ&with=CHN&sort=latest").body.get("total").asInt() >= 1);
        assertTrue(get("/api/actors/KAZ").body.get("events").asInt() >= 1);
        assertTrue(get("/api/quotes?speaker=tokayev").body.get("items").size() >= 1);
    }

    @Test
    void eventsFilterOnModalityAndVoice() throws Exception {
        int all = get("/api/events").body.get("total").asInt();
        assertTrue(all >= 1);
        assertEquals(all, get("/api/events?modality=asserted&voice=article").body.get("total").asInt());
        assertEquals(0, get("/api/events?modality=future").body.get("total").asInt());
        assertEquals(0, get("/api/events?voice=quoted").body.get("total").asInt());
        assertError(get("/api/events?modality=perhaps"), 400, "bad_request");
        assertError(get("/api/events?voice=someone"), 400, "bad_request");
    }

    @Test
    void aCorrectionShowsInEveryViewAndTheExportWhileTheMachinesOriginalStays() throws Exception {
        String id = firstArticleId();
        JsonNode event = get("/api/events?actor=KAZ&with=CHN").body.at("/items/0");
        String eventId = event.get("eventId").asText();
        String body = "{\"articleId\":\"" + id + "\",\"action\":\"RETYPE\",\"factId\":\"" + eventId
                + "\",\"type\":\"THREATEN\",\"curator\":\"ana\",\"note\":\"reads as a threat\"}";
        Reply made = post("/api/corrections", body, TOKEN);
        assertEquals(201, made.status, made.body.toString());
        assertEquals("ana", made.body.get("curator").asText());

        // The store wrote the correction through its writer connection; these reads go through its readers, which
        // see it as soon as the answer above came back.
        JsonNode curated = get("/api/dyads/CHN/KAZ").body;
        assertTrue(curated.at("/byType/THREATEN").asInt() >= 1, curated.toString());
        String export = raw("/api/export");
        assertTrue(export.contains("\"type\":\"THREATEN\""), export);
        assertTrue(export.contains("\"stage\":\"curation\""), export);
        JsonNode machine = get("/api/articles/" + id + "?machine=true").body;
        assertFalse(machine.toString().contains("THREATEN"));
        assertEquals(1, get("/api/articles/" + id + "/corrections").body.size());
    }

    @Test
    void writingNeedsTheTokenAndEveryRefusalHasTheOneErrorShape() throws Exception {
        String body = "{\"articleId\":\"x\",\"action\":\"REJECT\",\"factId\":\"e1\",\"curator\":\"ana\"}";
        Reply none = post("/api/corrections", body, null);
        assertError(none, 401, "unauthorized");
        assertError(post("/api/corrections", body, "wrong"), 401, "unauthorized");
        assertError(get("/api/articles/ffffffffffffffff"), 404, "not_found");
        assertError(get("/api/no-such-thing"), 404, "not_found");
        assertError(get("/api/events?limit=100000"), 400, "bad_request");
        assertError(get("/api/events?type=HUG"), 400, "bad_request");
        assertError(post("/api/corrections", "{not json", TOKEN), 400, "bad_request");
        assertError(post("/api/corrections", "{\"articleId\":\"" + firstArticleId() + "\",\"action\":\"RETYPE\","
                + "\"factId\":\"e99999\",\"type\":\"AID\",\"curator\":\"ana\"}", TOKEN), 400, "bad_request");
    }

    @Test
    void aReadOnlyServerRefusesWritesButServesReads() throws Exception {
        try (AccordServer readOnly = AccordServer.start(store, "127.0.0.1", 0, null, null)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port()
                    + "/api/corrections")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode());
            assertEquals("forbidden", AccordJson.mapper().readTree(r.body()).at("/error/code").asText());
        }
    }

    @Test
    void bodiesOverTheLimitAreRefused() throws Exception {
        String big = "{\"text\":\"" + "a".repeat((int) AccordServer.MAX_BODY) + "\"}";
        HttpResponse<String> r = http.send(request("/api/articles", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void anArticlePostedWithTheTokenIsAnalysedStoredAndSearchable() throws Exception {
        Reply stored = post("/api/articles", "{\"title\":\"Border talks\",\"published\":\"2025-07-01\",\"text\":"
                + AccordJson.compact(TestStores.HOSTILE_TEXT) + "}", TOKEN);
        assertEquals(201, stored.status, stored.body.toString());
        assertTrue(stored.body.get("stored").asBoolean());
        assertEquals(1, get("/api/articles?q=border%20incident").body.get("total").asInt());
        assertEquals(200, post("/api/articles", "{\"title\":\"Border talks\",\"published\":\"2025-07-01\",\"text\":"
                + AccordJson.compact(TestStores.HOSTILE_TEXT) + "}", TOKEN).status);
    }

    @Test
    void theApiDescribesItselfAndThePageForbidsInlineScript() throws Exception {
        HttpResponse<String> r = http.send(request("/api/openapi.json", null).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode doc = AccordJson.mapper().readTree(r.body());
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertTrue(doc.at("/paths").has("/api/dyads/{a}/{b}"));
        HttpResponse<String> page = http.send(request("/", null).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertNotEquals(-1, page.body().indexOf("/webjars/echarts/"));
    }

    private String firstArticleId() throws Exception {
        return get("/api/articles?q=transit").body.at("/items/0/id").asText();
    }

    private static void assertError(Reply reply, int status, String code) {
        assertEquals(status, reply.status, reply.body.toString());
        JsonNode error = reply.body.get("error");
        assertEquals(status, error.get("status").asInt());
        assertEquals(code, error.get("code").asText());
        assertFalse(error.get("message").asText().isBlank());
        assertTrue(error.get("path").asText().startsWith("/api/"));
    }

    private record Reply(int status, JsonNode body) {
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private Reply get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path, null).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), AccordJson.mapper().readTree(r.body()));
    }

    private String raw(String path) throws IOException, InterruptedException {
        return http.send(request(path, null).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private Reply post(String path, String body, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), AccordJson.mapper().readTree(r.body()));
    }
}
