package dev.accord.server;

import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import dev.accord.store.JdbcFactStore;
import dev.accord.store.PostgresFactStore;
import dev.accord.store.SqliteFactStore;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API latency and throughput over a large store: a program that prints figures, not a test.
 *
 * <p>It replicates the analysed articles of a source store into a target store until it holds at least the events
 * asked for, through the store's {@link JdbcFactStore#load}, in batches of about {@value #BATCH} articles a
 * transaction. Each copy gets a new id (and its evidence the copy's id), its dates moved to another month of the
 * years 2000 to 2025, and Kazakhstan's code replaced by one of {@link #PARTNERS}' codes, so that the kept counts
 * spread over months and dyads as a real corpus's would; a target that holds as many already is used as it is. It
 * then starts the server on the store, says how long that took and the heap after a full collection, and runs a mix of
 * read requests from 1, 8 and 32 concurrent clients, printing p50/p95/p99 latency, requests per second and the
 * machine's load average for each. Arguments: the source store (an SQLite file of analysed articles), the target
 * (a new SQLite file or a PostgreSQL JDBC URL of an empty schema), the events wanted (default 1000000), seconds per
 * level (default 20), and how many reader connections the server's store opens (default the store's own). Two
 * flags, anywhere among them: {@code --clients=N,...} the levels to run instead of 1, 8 and 32, and
 * {@code --no-word-search} to leave the word searches out of the mix (to profile what the other requests cost where
 * the searches would dominate). Each level also prints the share of this JVM's CPU that the clients took (their own
 * threads and the HTTP client's), since they run in the same JVM as the server.
 */
public final class ApiBenchmark {

    private static final int BATCH = 2000;
    /** Whom a copy's Kazakhstan becomes: states of every region, so that dyads with China vary. */
    private static final List<String> PARTNERS = List.of("KAZ", "UZB", "KGZ", "TJK", "TKM", "MNG", "RUS", "IND",
            "PAK", "IRN", "TUR", "AZE", "ARM", "GEO", "UKR", "BLR", "POL", "DEU", "FRA", "GBR", "USA", "CAN", "MEX",
            "BRA", "ARG", "CHL", "ZAF", "NGA", "EGY", "ETH", "KEN", "SAU", "ARE", "QAT", "ISR", "JOR", "JPN", "KOR",
            "VNM", "THA", "IDN");
    /** The name of each client thread, before its number. */
    private static final String CLIENT = "api-client-";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern MONTH = Pattern.compile("\\b20\\d\\d-(0[1-9]|1[0-2])\\b");

    private ApiBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        List<String> flags = Arrays.stream(arguments).filter(a -> a.startsWith("--")).toList();
        String[] args = Arrays.stream(arguments).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        int[] levels = {1, 8, 32};
        boolean wordSearch = true;
        for (String flag : flags) {
            if (flag.equals("--no-word-search")) {
                wordSearch = false;
            } else if (flag.matches("--clients=[1-9]\\d{0,3}(,[1-9]\\d{0,3})*")) {
                levels = Arrays.stream(flag.substring("--clients=".length()).split(",")).mapToInt(Integer::parseInt)
                        .toArray();
            } else if (flag.startsWith("--clients=")) {
                throw new IllegalArgumentException(flag + " is not a list of client counts; expected whole numbers "
                        + "from 1 to 9999 separated by commas, such as --clients=1,8,32");
            } else {
                throw new IllegalArgumentException("unknown flag " + flag + "; expected --clients=N,... or "
                        + "--no-word-search");
            }
        }
        if (args.length < 2) {
            throw new IllegalArgumentException("expected: source.db target(.db or jdbc:postgresql://...) [events] "
                    + "[seconds per level] [reader connections]; got " + args.length + " arguments");
        }
        long wanted = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int readers = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        List<ArticleFacts> originals = new ArrayList<>();
        try (JdbcFactStore source = SqliteFactStore.open(Path.of(args[0]))) {
            source.forEach(originals::add);
        }
        long perRound = originals.stream().mapToLong(f -> f.events().size()).sum();
        if (perRound == 0) {
            throw new IllegalArgumentException(args[0] + " holds no events; expected analysed articles");
        }
        String where = PostgresFactStore.isUrl(args[1]) ? PostgresFactStore.redacted(args[1]) : args[1];
        fill(originals, perRound, wanted, args[1], where);
        long start = System.nanoTime();
        try (JdbcFactStore target = readers > 0 ? open(args[1], readers) : open(args[1]);
             AccordServer server = AccordServer.start(target, "127.0.0.1", 0, null, null)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            http.send(HttpRequest.newBuilder(URI.create(base + "/api/event-types")).build(),
                    HttpResponse.BodyHandlers.discarding());
            double started = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("server: started and answering in %.2f s on %,d events (%s reader connections); heap "
                    + "after a full collection %.0f MiB (the whole JVM: server, store connections and this program)%n",
                    started, server.eventCount(), readers > 0 ? String.valueOf(readers) : "the store's default",
                    heap / 1048576.0);
            String articleId = originals.get(0).article().id();
            List<String> mix = List.of("/api/articles?q=Kazakhstan&limit=20", "/api/articles/" + articleId,
                    "/api/events?actor=KAZ&sort=latest&limit=50", "/api/dyads/CHN/KAZ", "/api/actors/KAZ",
                    "/api/quotes?speaker=Shaimergenova&limit=20", "/api/articles?q=summit%20declaration&actor=CHN",
                    "/api/events?from=2010-01&to=2012-12&type=CONSULT&limit=20", "/api/timeline?actor=CHN&with=RUS",
                    "/api/timeline?dyads=CHN/KAZ,CHN/RUS,CHN/USA", "/api/actors/CHN/partners",
                    "/api/actors/suggest?q=ka", "/api/places", "/api/articles?actor=KAZ&limit=20");
            if (!wordSearch) {
                mix = mix.stream().filter(r -> !r.contains("q=") || r.contains("/suggest")).toList();
            }
            System.out.println("requests: " + mix);
            for (int clients : levels) {
                run(base, mix, clients, seconds);
            }
        }
    }

    /** Loads rounds of copies of the originals into the target until it holds the events wanted. */
    private static void fill(List<ArticleFacts> originals, long perRound, long wanted, String target, String where) {
        long start = System.nanoTime();
        int rounds = (int) Math.ceil((double) wanted / perRound);
        int perBatch = Math.max(1, BATCH / originals.size());
        try (JdbcFactStore store = open(target)) {
            int first = store.articleCount() / originals.size();
            if (first >= rounds) {
                // Loading nothing would still derive every view again: minutes at a million events.
                System.out.printf("store %s: %,d articles already, as many as asked for; used as it is%n", where,
                        store.articleCount());
                return;
            }
            List<String> json = originals.stream().map(AccordJson::compact).toList();
            // Each batch is made as the load asks for it, so the copies are never all in memory at once.
            Iterable<List<ArticleFacts>> batches = () -> new Iterator<>() {
                private int round = first;

                @Override
                public boolean hasNext() {
                    return round < rounds;
                }

                @Override
                public List<ArticleFacts> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("every round of copies is loaded");
                    }
                    List<ArticleFacts> batch = new ArrayList<>();
                    for (int end = Math.min(rounds, round + perBatch); round < end; round++) {
                        for (int i = 0; i < originals.size(); i++) {
                            batch.add(copy(originals.get(i), json.get(i), round));
                        }
                    }
                    return batch;
                }
            };
            long cpu = cpuTime();
            store.load(batches);
            System.out.printf("store %s: %,d articles (%,d rounds of %d analysed articles, %d events each round), "
                    + "%.0f s to fill (this program's CPU %.0f s; load average %.2f)%n", where, store.articleCount(),
                    rounds, originals.size(), perRound, (System.nanoTime() - start) / 1e9, (cpuTime() - cpu) / 1e9,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The CPU time of this JVM's threads, in nanoseconds. */
    private static long cpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static JdbcFactStore open(String target) {
        return PostgresFactStore.isUrl(target) ? PostgresFactStore.open(target) : SqliteFactStore.open(Path.of(target));
    }

    private static JdbcFactStore open(String target, int readers) {
        return PostgresFactStore.isUrl(target) ? PostgresFactStore.open(target, readers)
                : SqliteFactStore.open(Path.of(target), readers);
    }

    /** A copy of an article ({@code json} its facts as JSON) under a new id, in another month and partner state. */
    static ArticleFacts copy(ArticleFacts f, String json, int round) {
        if (round == 0) {
            return f;
        }
        String id = f.article().id();
        String copyId = String.format("%016x", Long.parseUnsignedLong(id, 16) ^ (0x9E3779B97F4A7C15L * round));
        int month = round % 312;
        String moved = String.format("%04d-%02d", 2000 + month / 12, month % 12 + 1);
        String original = json.replace(id, copyId);
        // A state the article names already would be named twice.
        String partner = "KAZ";
        for (int i = 0; i < PARTNERS.size() && partner.equals("KAZ"); i++) {
            String candidate = PARTNERS.get((round + i) % PARTNERS.size());
            if (!original.contains("\"" + candidate + "\"") && !original.contains(":" + candidate + "\"")) {
                partner = candidate;
            }
        }
        Matcher dates = MONTH.matcher(original);
        return AccordJson.readFacts(dates.replaceAll(moved).replace("\"KAZ\"", "\"" + partner + "\"")
                .replace(":KAZ\"", ":" + partner + "\""));
    }

    private static void run(String base, List<String> mix, int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<Long, Long> before = threadCpu();
        long processBefore = cpuTime();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        // Requests are immutable: made once, so that each send costs the clients no parsing of its address.
        List<HttpRequest> requests = mix.stream().map(r -> HttpRequest.newBuilder(URI.create(base + r)).build())
                .toList();
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients,
                r -> new Thread(r, CLIENT + named.incrementAndGet()));
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            results.add(pool.submit(() -> {
                long[] times = new long[1 << 16];
                int n = 0;
                for (int i = first; System.nanoTime() < end && n < times.length; i++) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(requests.get(i % mix.size()),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(mix.get(i % mix.size()) + " answered " + r.statusCode());
                    }
                    // The request's place in the mix, in the low bits, for the figures of each request.
                    times[n++] = (System.nanoTime() - t) << 5 | i % mix.size();
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
        long process = cpuTime() - processBefore;
        long client = 0;
        for (Map.Entry<Long, Long> t : threadCpu().entrySet()) {
            ThreadInfo info = THREADS.getThreadInfo(t.getKey());
            if (info != null && (info.getThreadName().startsWith(CLIENT)
                    || info.getThreadName().startsWith("HttpClient-"))) {
                client += t.getValue() - before.getOrDefault(t.getKey(), 0L);
            }
        }
        pool.shutdown();
        if (clients == 1) {
            for (int r = 0; r < mix.size(); r++) {
                int which = r;
                long[] one = Arrays.stream(all).filter(t -> (t & 31) == which).map(t -> t >>> 5).sorted().toArray();
                if (one.length > 0) {
                    System.out.printf("    %-60s p50 %7.1f ms, p95 %7.1f ms%n", mix.get(r), ms(one, 0.5),
                            ms(one, 0.95));
                }
            }
        }
        all = Arrays.stream(all).map(t -> t >>> 5).sorted().toArray();
        System.out.printf("%2d clients: %6d requests, %7.1f req/s, p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms; "
                        + "load average %.2f; CPU %.1f s, the clients' %.0f%%%n", clients, all.length,
                all.length / (double) seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), process / 1e9,
                100.0 * client / Math.max(1, process));
    }

    /** The CPU time of each live thread of this JVM, by thread id, in nanoseconds. */
    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long t = THREADS.getThreadCpuTime(id);
            if (t >= 0) {
                cpu.put(id, t);
            }
        }
        return cpu;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
