package dev.accord.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import dev.accord.store.SqliteFactStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API is what {@code openapi.json} says: every endpoint the server answers is documented, and every
 * documented operation, called on a real server, answers with a documented status and a body that has
 * exactly the documented fields, of the documented types. A field added to a view without its schema
 * fails here.
 */
class OpenApiTest {

    private static final String TOKEN = "test-token";

    @TempDir
    static Path dir;

    private static SqliteFactStore store;
    private static AccordServer server;
    private static JsonNode api;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = TestStores.withAstana(dir);
        server = AccordServer.start(store, "127.0.0.1", 0, TOKEN,
                article -> TestStores.extractor().analyze(article).verify());
        try (InputStream in = AccordServer.class.getResourceAsStream("/dev/accord/server/openapi.json")) {
            api = AccordJson.mapper().readTree(in);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void everyEndpointTheServerAnswersIsDocumentedAndEveryDocumentedOneIsAnswered() {
        assertEquals(documented(), new TreeSet<>(server.endpoints()));
    }

    @Test
    void everyDocumentedOperationAnswersWithItsDocumentedSchema() throws Exception {
        Map<String, Supplier<HttpRequest>> calls = calls();
        assertEquals(documented(), new TreeSet<>(calls.keySet()), "each documented operation needs a call here");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Supplier<HttpRequest>> call : calls.entrySet()) {
            HttpResponse<String> reply = HTTP.send(call.getValue().get(), HttpResponse.BodyHandlers.ofString());
            check(call.getKey(), reply, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void errorsHaveTheDocumentedShape() throws Exception {
        List<String> problems = new ArrayList<>();
        check("GET /api/actors/{key}", HTTP.send(get("/api/actors/NOBODY"), HttpResponse.BodyHandlers.ofString()),
                problems);
        check("GET /api/events", HTTP.send(get("/api/events?type=HUG"), HttpResponse.BodyHandlers.ofString()),
                problems);
        assertEquals(List.of(), problems);
    }

    /** One request per documented operation, in an order that leaves something to read: ingest and correct last. */
    private static Map<String, Supplier<HttpRequest>> calls() {
        Map<String, Supplier<HttpRequest>> calls = new LinkedHashMap<>();
        calls.put("GET /api/articles", () -> get("/api/articles?q=transit"));
        calls.put("GET /api/articles/{id}", () -> get("/api/articles/" + firstEvent().get("articleId").asText()));
        calls.put("GET /api/events", () -> get("/api/events?limit=500"));
        calls.put("GET /api/events/{id}/reports", () -> get("/api/events/" + firstEvent().get("event").asText()
                + "/reports"));
        calls.put("GET /api/actors", () -> get("/api/actors"));
        calls.put("GET /api/actors/{key}", () -> get("/api/actors/KAZ"));
        calls.put("GET /api/dyads/{a}/{b}", () -> get("/api/dyads/CHN/KAZ"));
        calls.put("GET /api/actors/suggest", () -> get("/api/actors/suggest?q=kaz"));
        calls.put("GET /api/actors/{key}/partners", () -> get("/api/actors/KAZ/partners"));
        calls.put("GET /api/timeline", () -> get("/api/timeline?dyads=KAZ-CHN,CHN-KAZ"));
        calls.put("GET /api/quotes", () -> get("/api/quotes"));
        calls.put("GET /api/agreements", () -> get("/api/agreements"));
        calls.put("GET /api/places", () -> get("/api/places"));
        calls.put("GET /api/events/download", () -> get("/api/events/download?format=jsonl&actor=KAZ"));
        calls.put("GET /api/quotes/download", () -> get("/api/quotes/download?format=jsonl"));
        calls.put("GET /api/map", () -> get("/api/map?zoom=2&bbox=-180,-90,180,90"));
        calls.put("GET /api/map/events", () -> get("/api/map/events?bbox=40,30,90,60"));
        calls.put("GET /api/event-types", () -> get("/api/event-types"));
        calls.put("GET /api/openapi.json", () -> get("/api/openapi.json"));
        calls.put("GET /api/export", () -> get("/api/export"));
        calls.put("POST /api/corrections", () -> {
            JsonNode event = firstEvent();
            return post("/api/corrections", "{\"articleId\":\"" + event.get("articleId").asText() + "\",\"action\":"
                    + "\"RETYPE\",\"factId\":\"" + event.get("eventId").asText() + "\",\"type\":\"CONSULT\","
                    + "\"curator\":\"openapi\"}");
        });
        calls.put("POST /api/events/{id}/corrections", () -> post("/api/events/" + firstEvent().get("event").asText()
                + "/corrections", "{\"action\":\"RETYPE\",\"type\":\"AGREE\",\"curator\":\"openapi\"}"));
        calls.put("GET /api/articles/{id}/corrections",
                () -> get("/api/articles/" + firstEvent().get("articleId").asText() + "/corrections"));
        calls.put("GET /api/corrections", () -> get("/api/corrections?user=openapi&from=2025-01-01"));
        calls.put("POST /api/articles", () -> post("/api/articles", "{\"title\":\"Border talks\",\"text\":"
                + "\"Kazakhstan and Kyrgyzstan held border talks in Bishkek on Monday.\"}"));
        return calls;
    }

    /** Every documented operation, as {@code GET /api/events}. */
    private static TreeSet<String> documented() {
        TreeSet<String> operations = new TreeSet<>();
        api.get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(
                method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    private static void check(String operation, HttpResponse<String> reply, List<String> problems) throws IOException {
        String[] parts = operation.split(" ", 2);
        JsonNode response = resolve(api.at("/paths/" + parts[1].replace("/", "~1") + "/"
                + parts[0].toLowerCase(Locale.ROOT) + "/responses/" + reply.statusCode()));
        if (response.isMissingNode()) {
            problems.add(operation + " answered " + reply.statusCode() + ", which is not documented: " + reply.body());
            return;
        }
        Map.Entry<String, JsonNode> content = response.get("content").properties().iterator().next();
        String type = reply.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(content.getKey())) {
            problems.add(operation + " answered " + type + "; documented " + content.getKey());
        }
        JsonNode schema = content.getValue().get("schema");
        if (content.getKey().equals("application/x-ndjson")) {
            for (String line : reply.body().split("\n")) {
                matches(schema, AccordJson.mapper().readTree(line), operation + " line", problems);
            }
        } else {
            matches(schema, AccordJson.mapper().readTree(reply.body()), operation, problems);
        }
    }

    /** Adds to {@code problems} each way {@code value} differs from {@code schema}, named by its JSON path. */
    private static void matches(JsonNode schema, JsonNode value, String where, List<String> problems) {
        schema = resolve(schema);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean()) {
                problems.add(where + " is null; documented as not nullable");
            }
            return;
        }
        String type = schema.path("type").asText();
        boolean typed = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
        if (!typed) {
            problems.add(where + " is " + value.getNodeType() + " " + abbreviated(value) + "; documented as "
                    + (type.isEmpty() ? "nothing: the schema has no type" : type));
        } else if (type.equals("array")) {
            for (int i = 0; i < value.size(); i++) {
                matches(schema.get("items"), value.get(i), where + "[" + i + "]", problems);
            }
        } else if (type.equals("object")) {
            fields(schema, value, where, problems);
        } else if (schema.has("enum") && !schema.get("enum").toString().contains(value.toString())) {
            problems.add(where + " is " + value + "; documented as one of " + schema.get("enum"));
        }
    }

    private static void fields(JsonNode schema, JsonNode value, String where, List<String> problems) {
        JsonNode properties = schema.path("properties");
        schema.path("required").forEach(name -> {
            if (!value.has(name.asText())) {
                problems.add(where + " lacks the documented field " + name.asText());
            }
        });
        JsonNode more = schema.path("additionalProperties");
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (properties.has(name)) {
                matches(properties.get(name), value.get(name), where + "." + name, problems);
            } else if (more.isObject()) {
                matches(more, value.get(name), where + "." + name, problems);
            } else if (!more.asBoolean(false)) {
                problems.add(where + " has the field " + name + ", which is not documented");
            }
        }
    }

    private static JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = api.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private static String abbreviated(JsonNode value) {
        String s = value.toString();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static JsonNode firstEvent() {
        try {
            String body = HTTP.send(get("/api/events?limit=1"), HttpResponse.BodyHandlers.ofString()).body();
            JsonNode event = AccordJson.mapper().readTree(body).at("/items/0");
            assertTrue(event.isObject(), "the test store has an event: " + body);
            return event;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot read the test store's events", e);
        }
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build();
    }

    private static HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
