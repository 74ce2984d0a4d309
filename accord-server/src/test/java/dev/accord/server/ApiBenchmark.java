package dev.accord.server;

import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import dev.accord.store.FactStore;
import dev.accord.store.PostgresFactStore;
import dev.accord.store.SqliteFactStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * API latency and throughput over a large store: a program that prints figures, not a test.
 *
 * <p>It replicates the analysed articles of a source store (each copy gets a new id, and its evidence the
 * copy's id) into a target store until it holds at least the events asked for, starts the server on it,
 * and runs a mix of read requests from 1, 8 and 32 concurrent clients, printing p50/p95/p99 latency and
 * requests per second for each. Arguments: the source store (an SQLite file of analysed articles), the
 * target (a new SQLite file or a PostgreSQL JDBC URL of an empty schema), the events wanted (default
 * 100000), seconds per level (default 20).
 */
public final class ApiBenchmark {

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("expected: source.db target(.db or jdbc:postgresql://...) [events] "
                    + "[seconds per level]; got " + args.length + " arguments");
        }
        long wanted = args.length > 2 ? Long.parseLong(args[2]) : 100_000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        List<ArticleFacts> originals = new ArrayList<>();
        try (FactStore source = SqliteFactStore.open(Path.of(args[0]))) {
            source.forEach(originals::add);
        }
        long perRound = originals.stream().mapToLong(f -> f.events().size()).sum();
        if (perRound == 0) {
            throw new IllegalArgumentException(args[0] + " holds no events; expected analysed articles");
        }
        try (FactStore target = PostgresFactStore.isUrl(args[1]) ? PostgresFactStore.open(args[1])
                : SqliteFactStore.open(Path.of(args[1]))) {
            long start = System.nanoTime();
            int rounds = (int) Math.ceil((double) wanted / perRound);
            for (int round = target.articleCount() / originals.size(); round < rounds; round++) {
                for (ArticleFacts f : originals) {
                    target.put(copy(f, round));
                }
            }
            System.out.printf("store %s: %d articles (%d copies of %d analysed articles), %.0f s to fill%n",
                    PostgresFactStore.isUrl(args[1]) ? PostgresFactStore.redacted(args[1]) : args[1],
                    target.articleCount(), rounds, originals.size(), (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            try (AccordServer server = AccordServer.start(target, "127.0.0.1", 0, null, null)) {
                System.out.printf("server: %d events loaded in %.1f s%n", server.eventCount(),
                        (System.nanoTime() - start) / 1e9);
                String base = "http://127.0.0.1:" + server.port();
                String articleId = originals.get(0).article().id();
                List<String> mix = List.of("/api/articles?q=Kazakhstan&limit=20", "/api/articles/" + articleId,
                        "/api/events?actor=KAZ&sort=latest&limit=50", "/api/dyads/CHN/KAZ", "/api/actors/KAZ",
                        "/api/quotes?speaker=Shaimergenova&limit=20", "/api/articles?q=summit%20declaration&actor=CHN");
                System.out.println("requests: " + mix);
                for (int clients : new int[]{1, 8, 32}) {
                    run(base, mix, clients, seconds);
                }
            }
        }
    }

    /** A copy of an article under a new id, its evidence pointing at the copy. */
    private static ArticleFacts copy(ArticleFacts f, int round) {
        if (round == 0) {
            return f;
        }
        String id = f.article().id();
        String copyId = String.format("%016x", Long.parseUnsignedLong(id, 16) ^ (0x9E3779B97F4A7C15L * round));
        return AccordJson.readFacts(AccordJson.compact(f).replace(id, copyId));
    }

    private static void run(String base, List<String> mix, int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            results.add(pool.submit(() -> {
                long[] times = new long[1 << 16];
                int n = 0;
                for (int i = first; System.nanoTime() < end && n < times.length; i++) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + mix.get(i % mix.size())))
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(mix.get(i % mix.size()) + " answered " + r.statusCode());
                    }
                    times[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : results) {
            long[] t = f.get();
            long[] merged = Arrays.copyOf(all, all.length + t.length);
            System.arraycopy(t, 0, merged, all.length, t.length);
            all = merged;
        }
        pool.shutdown();
        Arrays.sort(all);
        System.out.printf("%2d clients: %6d requests, %7.1f req/s, p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms%n",
                clients, all.length, all.length / (double) seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99));
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
