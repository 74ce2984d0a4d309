package dev.accord.ingest;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fetcher against a real HTTP server on a free local port. */
class FetcherTest {

    private static final Fetcher.Policy LOCAL = new Fetcher.Policy(Duration.ofSeconds(2), 1000, 2, true,
            Duration.ZERO);

    private HttpServer server;
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/page", exchange -> {
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            arrivals.add(System.nanoTime());
            respond(exchange, 200, "text/html; charset=utf-8", "<html><body><p>Hello</p></body></html>");
        });
        server.createContext("/image", exchange -> respond(exchange, 200, "image/jpeg", "xx"));
        server.createContext("/big", exchange -> respond(exchange, 200, "text/html", "x".repeat(5000)));
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/page");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/html", "late");
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String refusal(Fetcher.Policy policy, String path) {
        return assertThrows(UnreadableInputException.class, () -> new Fetcher(policy).fetch(path, url(path)))
                .problem().reason();
    }

    @Test
    void aPageIsFetchedWithAUserAgentNamingAccord() throws Exception {
        Fetcher.Fetched f = new Fetcher(LOCAL).fetch("p", url("/page"));
        assertEquals("text/html", f.contentType());
        assertEquals("utf-8", f.charset());
        assertTrue(new String(f.body(), StandardCharsets.UTF_8).contains("Hello"));
        assertTrue(userAgents.get(0).startsWith("Accord/"), userAgents.toString());
    }

    @Test
    void loopbackAddressesAreRefusedUnlessAllowed() {
        String reason = refusal(LOCAL.allowingPrivate(false), "/page");
        assertTrue(reason.contains("private, loopback or link-local address (127.0.0.1)"), reason);
        assertTrue(userAgents.isEmpty(), "the server must not be contacted");
    }

    @Test
    void privateAndLinkLocalAddressesCountAsPrivate() throws Exception {
        for (String a : List.of("10.1.2.3", "192.168.0.1", "172.16.5.5", "169.254.169.254", "100.64.0.1", "::1",
                "fd00::1", "fe80::1", "0.0.0.0")) {
            assertTrue(Fetcher.isPrivate(InetAddress.getByName(a)), a);
        }
        assertFalse(Fetcher.isPrivate(InetAddress.getByName("8.8.8.8")));
    }

    @Test
    void redirectsAreFollowedWithinTheLimit() throws Exception {
        assertEquals(url("/page"), new Fetcher(LOCAL).fetch("m", url("/moved")).url());
        assertTrue(refusal(LOCAL, "/loop").startsWith("more than 2 redirects"));
    }

    @Test
    void contentThatIsNotNewsIsRefusedByItsType() {
        assertTrue(refusal(LOCAL, "/image").startsWith("content type image/jpeg"));
    }

    @Test
    void aResponseOverTheSizeLimitIsRefused() {
        assertTrue(refusal(LOCAL, "/big").startsWith("response of 5000 bytes"));
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsGivenUpOn() {
        assertTrue(refusal(LOCAL, "/slow").startsWith("no answer from"), refusal(LOCAL, "/slow"));
    }

    @Test
    void requestsToOneHostAreSpacedByThePolicyInterval() throws Exception {
        Fetcher fetcher = new Fetcher(new Fetcher.Policy(Duration.ofSeconds(2), 1000, 2, true,
                Duration.ofMillis(600)));
        fetcher.fetch("a", url("/page"));
        fetcher.fetch("b", url("/page"));
        // The first request also opens the connection, so it reaches the server a little after it is sent.
        long gap = arrivals.get(1) - arrivals.get(0);
        assertTrue(gap >= Duration.ofMillis(500).toNanos(), "requests " + gap / 1_000_000 + " ms apart");
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> new Fetcher(LOCAL).fetch("f", URI.create("file:///etc/passwd")));
        assertTrue(e.problem().reason().contains("is not http(s)"));
    }
}
