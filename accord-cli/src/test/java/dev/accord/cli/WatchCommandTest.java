package dev.accord.cli;

import com.sun.net.httpserver.HttpServer;
import dev.accord.store.SqliteFactStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code accord watch} on a feed served on 127.0.0.1. Its article is in German, so it is stored without
 * loading the English models, which keeps the test quick.
 */
class WatchCommandTest {

    private static final String BERICHT = "Die Außenminister Kasachstans und Usbekistans haben sich am Montag in "
            + "Taschkent auf einen gemeinsamen Plan für die Nutzung des Wassers aus dem Syrdarja geeinigt. Nach "
            + "monatelangen Gesprächen sollen Ingenieure beider Länder die Stauseen im Frühjahr gemeinsam prüfen, "
            + "und eine Kommission wird jedes Vierteljahr darüber entscheiden, wie viel Wasser im Sommer "
            + "abgelassen wird. Die Bauern im Tal begrüßten die Einigung, verlangten aber eine eigene Vertretung.";

    @TempDir
    Path dir;

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] feed = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Steppenbote</title><item>"
                + "<title>Wasserplan</title><link>https://steppe.example/wasser</link>"
                + "<description>&lt;p&gt;" + BERICHT + "&lt;/p&gt;</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/feed.rss", exchange -> {
            if ("\"1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"1\"");
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void eachRoundIsOneLineAndARestartAsksWhetherTheFeedChanged() throws IOException {
        Path list = Files.writeString(dir.resolve("feeds.txt"), "# one feed\nhttp://127.0.0.1:"
                + server.getAddress().getPort() + "/feed.rss 1s\n");
        String db = dir.resolve("accord.db").toString();
        Run first = Run.of("watch", list.toString(), "--rounds", "2", "--allow-private-hosts", "--db", db);
        assertEquals(0, first.exitCode(), first.err());
        List<String> rounds = first.out().lines().filter(l -> l.startsWith("round ")).toList();
        assertEquals(2, rounds.size(), first.out());
        assertTrue(rounds.get(0).startsWith("round 1: 1 polled (0 unchanged, 0 failed), 1 new article, "
                + "0 near-duplicates, 0 problems; next poll "), rounds.get(0));
        assertTrue(rounds.get(1).startsWith("round 2: 1 polled (1 unchanged, 0 failed), 0 new articles"),
                rounds.get(1));

        Run again = Run.of("watch", list.toString(), "--rounds", "1", "--allow-private-hosts", "--db", db);
        assertTrue(again.out().contains("round 1: 1 polled (1 unchanged, 0 failed), 0 new articles"), again.out());
        try (SqliteFactStore store = SqliteFactStore.open(Path.of(db))) {
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void withoutAllowPrivateHostsTheLocalFeedIsAProblemAndTheWatchGoesOn() throws IOException {
        Path list = Files.writeString(dir.resolve("feeds.txt"), "http://127.0.0.1:"
                + server.getAddress().getPort() + "/feed.rss\n");
        Run run = Run.of("watch", list.toString(), "--rounds", "1", "--db", dir.resolve("b.db").toString());
        assertEquals(AccordCommand.EXIT_SOME_FAILED, run.exitCode());
        assertTrue(run.out().contains("round 1: 1 polled (0 unchanged, 1 failed), 0 new articles"), run.out());
        assertTrue(run.err().contains("has the address 127.0.0.1, a loopback address; expected a public address "
                + "(allow local ones with --allow-private-hosts)"), run.err());
    }

    @Test
    void aBadWatchListIsAUsageErrorNamingTheLine() throws IOException {
        Path list = Files.writeString(dir.resolve("feeds.txt"), "https://ok.example/feed\nnot a url at all\n");
        Run run = Run.of("watch", list.toString(), "--db", dir.resolve("c.db").toString());
        assertEquals(AccordCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("feeds.txt:2: 'not a url at all'; expected a URL, optionally followed by its "
                + "interval"), run.err());
        Run interval = Run.of("watch", list.toString(), "--interval", "often");
        assertEquals(AccordCommand.EXIT_USAGE, interval.exitCode());
        assertTrue(interval.err().contains("interval 'often'; expected a positive duration"), interval.err());
    }
}
