package dev.accord.ingest;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fetcher against a real HTTP server on a free local port. */
class FetcherTest {

    private static final Fetcher.Policy LOCAL = new Fetcher.Policy(Duration.ofSeconds(2), 1000, 2, true,
            Duration.ZERO);

    private HttpServer server;
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    private final List<String> hosts = Collections.synchronizedList(new ArrayList<>());
    private final List<String> conditions = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/page", exchange -> {
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            arrivals.add(System.nanoTime());
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            respond(exchange, 200, "text/html; charset=utf-8", "<html><body><p>Hello</p></body></html>");
        });
        server.createContext("/tagged", exchange -> {
            conditions.add(String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")));
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Wed, 18 Jun 2025 09:00:00 GMT");
            respond(exchange, 200, "text/html", "<p>v1</p>");
        });
        server.createContext("/busy", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            respond(exchange, 503, "text/plain", "busy");
        });
        server.createContext("/chunked", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("<p>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100; i++) {
                exchange.getResponseBody().write("chunk ".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
            }
            exchange.getResponseBody().write("</p>".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.createContext("/to-private", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.1.2.3/admin");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
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
        assertTrue(reason.contains("has the address 127.0.0.1, a loopback address; expected a public address "
                + "(allow local ones with --allow-private-hosts)"), reason);
        assertTrue(userAgents.isEmpty(), "the server must not be contacted");
    }

    @Test
    void aNameThatResolvesToARefusedAddressIsRefusedWithTheNameAndTheAddress() {
        URI named = URI.create("http://localhost:" + server.getAddress().getPort() + "/page");
        String reason = assertThrows(UnreadableInputException.class,
                () -> new Fetcher(LOCAL.allowingPrivate(false)).fetch("n", named)).problem().reason();
        assertTrue(reason.startsWith("host localhost of " + named + " has the address "), reason);
        assertTrue(reason.contains("a loopback address; expected a public address"), reason);
        assertTrue(userAgents.isEmpty(), "the server must not be contacted");
    }

    @Test
    void theConnectionGoesToTheAddressThatWasCheckedAndTheNameIsSentAsTheHost() throws Exception {
        // A rebinding name: the first answer is checked; any later lookup would give another address.
        List<String> lookups = Collections.synchronizedList(new ArrayList<>());
        List<InetAddress> connected = Collections.synchronizedList(new ArrayList<>());
        Fetcher.Network rebinding = new Fetcher.Network() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                lookups.add(host);
                return new InetAddress[] {InetAddress.getByName(lookups.size() == 1 ? "127.0.0.1" : "10.9.9.9")};
            }

            @Override
            public Socket connect(InetAddress address, int port, int timeoutMs) throws IOException {
                connected.add(address);
                return Fetcher.Network.SYSTEM.connect(address, port, timeoutMs);
            }
        };
        URI named = URI.create("http://news.test:" + server.getAddress().getPort() + "/page");
        Fetcher.Fetched f = new Fetcher(LOCAL, rebinding).fetch("r", named);
        assertTrue(new String(f.body(), StandardCharsets.UTF_8).contains("Hello"));
        assertEquals(List.of("news.test"), lookups);
        assertEquals(List.of(InetAddress.getByName("127.0.0.1")), connected);
        assertEquals("news.test:" + server.getAddress().getPort(), hosts.get(0));
    }

    @Test
    void aRedirectIsCheckedAgainAtItsHop() {
        // The first hop is a public name that this test's network carries to the local server.
        Fetcher.Network mapped = new Fetcher.Network() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return new InetAddress[] {InetAddress.getByName(host.equals("public.test") ? "8.8.8.8" : host)};
            }

            @Override
            public Socket connect(InetAddress address, int port, int timeoutMs) throws IOException {
                return Fetcher.Network.SYSTEM.connect(InetAddress.getByName("127.0.0.1"), port, timeoutMs);
            }

            @Override
            public Set<InetAddress> own() {
                return Set.of();
            }
        };
        URI start = URI.create("http://public.test:" + server.getAddress().getPort() + "/to-private");
        String reason = assertThrows(UnreadableInputException.class,
                () -> new Fetcher(LOCAL.allowingPrivate(false), mapped).fetch("h", start)).problem().reason();
        assertEquals("host 10.1.2.3 of http://10.1.2.3/admin has the address 10.1.2.3, a private address; "
                + "expected a public address (allow local ones with --allow-private-hosts)", reason);
    }

    @Test
    void aConditionalRequestIsAnsweredUnchangedWithA304() {
        Fetcher fetcher = new Fetcher(LOCAL);
        Fetcher.Polled first = fetcher.poll("c", url("/tagged"), Fetcher.Validators.NONE);
        Fetcher.Validators v = assertInstanceOf(Fetcher.Changed.class, first).validators();
        assertEquals(new Fetcher.Validators("\"v1\"", "Wed, 18 Jun 2025 09:00:00 GMT"), v);
        assertInstanceOf(Fetcher.Unchanged.class, fetcher.poll("c", url("/tagged"), v));
        assertEquals("\"v1\"", conditions.get(1));
    }

    @Test
    void aServerThatAsksForAPauseSaysHowLong() {
        Fetcher.Failed failed = assertInstanceOf(Fetcher.Failed.class,
                new Fetcher(LOCAL).poll("b", url("/busy"), Fetcher.Validators.NONE));
        assertEquals(Duration.ofSeconds(120), failed.retryAfter());
        assertEquals("HTTP 503 from " + url("/busy") + "; expected 200 OK or 304 Not Modified",
                failed.problem().reason());
        assertEquals(Duration.ZERO, Fetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertNull(Fetcher.retryAfter("soon"));
    }

    @Test
    void aChunkedBodyIsReadWhole() throws Exception {
        Fetcher.Fetched f = new Fetcher(LOCAL).fetch("k", url("/chunked"));
        assertEquals("<p>" + "chunk ".repeat(100) + "</p>", new String(f.body(), StandardCharsets.UTF_8));
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
