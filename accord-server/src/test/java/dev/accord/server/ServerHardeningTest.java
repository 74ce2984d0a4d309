package dev.accord.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import dev.accord.store.FactStore;
import dev.accord.store.SqliteFactStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's defences, over real HTTP on a socket, so that each request is sent byte for byte as given:
 * the Host check, Jetty's and Javalin's own refusals in the one error shape, messages without server paths,
 * and named curators' tokens.
 */
class ServerHardeningTest {

    private static final String SHARED = "shared-token";

    @TempDir
    Path dir;

    private SqliteFactStore store;
    private AccordServer server;

    @BeforeEach
    void start() {
        store = TestStores.withAstana(dir);
        server = AccordServer.start(store, "127.0.0.1", 0, SHARED, null, List.of("accord.team.example"));
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void aPageOfAnotherHostIsRefusedSoDnsRebindingReadsNothing() throws IOException {
        for (String path : List.of("/api/events", "/", "/api/openapi.json")) {
            Reply refused = send("GET " + path + " HTTP/1.1", "Host: attacker.example:" + server.port());
            assertError(refused, 421, "wrong_host");
            assertTrue(refused.message().contains("'attacker.example:" + server.port() + "'"), refused.body);
            assertTrue(refused.message().contains("--allowed-hosts"), refused.body);
        }
        for (String host : List.of("127.0.0.1", "localhost", "[::1]", "LOCALHOST", "accord.team.example",
                "app.localhost")) {
            assertEquals(200, send("GET /api/events HTTP/1.1", "Host: " + host + ":" + server.port()).status, host);
        }
    }

    @Test
    void jettysAndJavalinsOwnRefusalsHaveTheOneShapeAndTheSecurityHeaders() throws IOException {
        assertError(send("GET /api/nothing-here HTTP/1.1", host()), 404, "not_found");

        Reply wrongMethod = send("DELETE /api/events HTTP/1.1", host());
        assertError(wrongMethod, 405, "method_not_allowed");
        assertEquals("GET", wrongMethod.headers.get("allow"));
        assertTrue(wrongMethod.message().contains("DELETE is not allowed on /api/events; expected GET"),
                wrongMethod.body);
        assertEquals("GET or POST", send("PUT /api/corrections HTTP/1.1", host()).message()
                .replaceAll(".*expected ", ""));

        String big = "{\"text\":\"" + "a".repeat((int) AccordServer.MAX_BODY) + "\"}";
        Reply tooLarge = sendWithBody("POST /api/corrections HTTP/1.1", big, host(), "Authorization: Bearer " + SHARED,
                "Content-Type: application/json");
        assertError(tooLarge, 413, "too_large");
        assertTrue(tooLarge.message().contains("at most " + AccordServer.MAX_BODY + " bytes"), tooLarge.body);

        Reply longUri = send("GET /api/events?q=" + "x".repeat(20_000) + " HTTP/1.1", host());
        assertError(longUri, 414, "uri_too_long");
        assertTrue(longUri.message().contains(JettyErrors.MAX_HEADER + " bytes"), longUri.body);

        Reply malformed = send("GET /api/events HTTP/1.1", host(), "this line is no header");
        assertError(malformed, 400, "bad_request");
        assertFalse(malformed.body.toLowerCase(Locale.ROOT).contains("jetty"), malformed.body);
    }

    @Test
    void messagesNeverShowTheServersPathsOrInsides() throws IOException {
        Reply missing = send("GET /api/articles/ffffffffffffffff/corrections HTTP/1.1", host());
        assertError(missing, 404, "not_found");
        assertFalse(missing.body.contains(dir.toString()), missing.body);
        assertTrue(missing.message().contains("the store"), missing.body);

        Reply tooShort = send("GET /api/articles/abc HTTP/1.1", host());
        assertError(tooShort, 400, "bad_request");
        assertTrue(tooShort.message().contains("at least " + FactStore.MIN_PREFIX + " hex digits"), tooShort.body);

        store.close();
        Reply failed = send("GET /api/articles/ffffffffffffffff HTTP/1.1", host());
        assertError(failed, 500, "internal");
        assertFalse(failed.body.contains(dir.toString()), failed.body);
        assertFalse(failed.body.contains("Exception"), failed.body);
        assertFalse(failed.body.contains("dev.accord"), failed.body);
        assertTrue(failed.message().contains("its log has the details under failure "), failed.body);
    }

    @Test
    void anErrorInAHandlerIsAnsweredInTheOneShapeToo() throws IOException {
        // The real store, but finding an article overflows the stack, as runaway recursion would.
        FactStore overflowing = (FactStore) Proxy.newProxyInstance(FactStore.class.getClassLoader(),
                new Class<?>[] {FactStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findCurated")) {
                        throw new StackOverflowError();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        server.close();
        server = AccordServer.start(overflowing, "127.0.0.1", 0, SHARED, null, List.of());
        Reply failed = send("GET /api/articles/ffffffffffffffff HTTP/1.1", host());
        assertError(failed, 500, "internal");
        assertFalse(failed.body.contains("StackOverflow"), failed.body);
        assertTrue(failed.message().contains("GET /api/articles/ffffffffffffffff; its log has the details under "
                + "failure "), failed.body);
        assertEquals("/api/articles/ffffffffffffffff", json(failed.body).get("error").get("path").asText());
        assertEquals(200, send("GET /api/events HTTP/1.1", host()).status, "the server answers on");
    }

    @Test
    void aUsersTokenSignsTheirCorrectionsAndTheAuditListsThemByUserAndDay() throws IOException {
        String ana = store.users().add("ana").token();
        String ben = store.users().add("ben").token();
        String article = articleId();
        JsonNode events = json(send("GET /api/events?limit=2 HTTP/1.1", host()).body).get("items");
        String first = events.get(0).get("eventId").asText();

        Reply signed = correct(article, first, ana, "mallory");
        assertEquals(201, signed.status, signed.body);
        assertEquals("ana", json(signed.body).get("curator").asText());
        Reply shared = correct(article, first, SHARED, "solo");
        assertEquals(201, shared.status, shared.body);
        assertEquals("solo", json(shared.body).get("curator").asText());

        store.users().revoke("ben");
        Reply revoked = correct(article, first, ben, null);
        assertError(revoked, 401, "unauthorized");
        assertTrue(revoked.message().contains("user ben's, revoked at"), revoked.body);
        assertError(correct(article, first, ana + "x", null), 401, "unauthorized");

        JsonNode all = json(send("GET /api/corrections HTTP/1.1", host()).body);
        assertEquals(2, all.get("total").asInt());
        assertEquals(List.of("solo", "ana"), List.of(all.at("/items/0/curator").asText(),
                all.at("/items/1/curator").asText()));
        assertEquals(20, all.get("limit").asInt());
        assertEquals(0, all.get("offset").asInt());
        String today = json(signed.body).get("at").asText().substring(0, 10);
        JsonNode anas = json(send("GET /api/corrections?user=ana&from=" + today + "&to=" + today
                + "&limit=1 HTTP/1.1", host()).body);
        assertEquals(1, anas.get("total").asInt());
        assertEquals("ana", anas.at("/items/0/curator").asText());
        assertEquals(0, json(send("GET /api/corrections?to=2000-01-01 HTTP/1.1", host()).body).get("total").asInt());
        assertError(send("GET /api/corrections?from=2025-13-45 HTTP/1.1", host()), 400, "bad_request");
        assertTrue(store.users().list().get(0).lastUsed() != null);
    }

    private String articleId() throws IOException {
        return json(send("GET /api/articles?q=transit HTTP/1.1", host()).body).at("/items/0/id").asText();
    }

    private Reply correct(String article, String eventId, String token, String curator) throws IOException {
        String body = "{\"articleId\":\"" + article + "\",\"action\":\"RETYPE\",\"factId\":\"" + eventId
                + "\",\"type\":\"CONSULT\"" + (curator == null ? "" : ",\"curator\":\"" + curator + "\"") + "}";
        return sendWithBody("POST /api/corrections HTTP/1.1", body, host(), "Authorization: Bearer " + token,
                "Content-Type: application/json");
    }

    private String host() {
        return "Host: 127.0.0.1:" + server.port();
    }

    private static JsonNode json(String body) throws IOException {
        return AccordJson.mapper().readTree(body);
    }

    private static void assertError(Reply reply, int status, String code) throws IOException {
        assertEquals(status, reply.status, reply.body);
        assertTrue(reply.headers.getOrDefault("content-type", "").startsWith("application/json"), reply.headers
                .toString());
        assertTrue(reply.headers.getOrDefault("content-security-policy", "").contains("frame-ancestors 'none'"),
                reply.headers.toString());
        assertEquals("nosniff", reply.headers.get("x-content-type-options"), reply.headers.toString());
        JsonNode error = json(reply.body).get("error");
        assertEquals(status, error.get("status").asInt(), reply.body);
        assertEquals(code, error.get("code").asText(), reply.body);
        assertFalse(error.get("message").asText().isBlank(), reply.body);
        assertTrue(error.has("path"), reply.body);
    }

    /** Sends a request line and headers, and reads the answer. */
    private Reply send(String line, String... headers) throws IOException {
        return sendWithBody(line, null, headers);
    }

    /** Sends a request line, headers and a body (with its Content-Length), and reads the answer. */
    private Reply sendWithBody(String line, String body, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(line).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.flush();
            } catch (IOException e) {
                // A server that refuses early may close before the whole body is sent; its answer is still there.
            }
            return Reply.parse(socket.getInputStream().readAllBytes());
        }
    }

    private record Reply(int status, Map<String, String> headers, String body) {

        String message() throws IOException {
            return json(body).at("/error/message").asText();
        }

        static Reply parse(byte[] answer) {
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            String body = text.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Reply(Integer.parseInt(head[0].split(" ")[1]), headers,
                    new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        /** Chunk sizes count bytes, which ISO-8859-1 keeps one character each. */
        private static String unchunk(String chunked) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (true) {
                int line = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, line).strip(), 16);
                if (size == 0) {
                    return out.toString();
                }
                out.append(chunked, line + 2, line + 2 + size);
                at = line + 2 + size + 2;
            }
        }
    }
}
