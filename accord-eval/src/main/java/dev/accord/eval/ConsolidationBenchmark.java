package dev.accord.eval;

import dev.accord.consolidate.ArticleMentions;
import dev.accord.consolidate.ConsolidationSettings;
import dev.accord.consolidate.Consolidator;
import dev.accord.model.Attribution;
import dev.accord.model.CharSpan;
import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;
import dev.accord.model.EventType;
import dev.accord.model.Evidence;
import dev.accord.model.Modality;
import dev.accord.model.consolidated.EventMention;
import dev.accord.model.consolidated.EventMentionRef;

import java.time.LocalDate;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * How consolidation scales: synthetic event mentions, made to look like a news stream's (a fixed number of
 * reports a day, so a larger corpus covers a longer span; actors drawn by a Zipf law over 200 states, so a few
 * take part in most events; each real event reported one to eight times, with a subset of its actors, a day,
 * its month or only the publication date, its place or none, and some of its own words), consolidated one
 * article at a time in memory with the sentence embeddings off. For each size it measures the mentions
 * consolidated a second (of wall time and of the thread's processor time), the collectors' time, the heap kept
 * after a full collection, and the scores against the synthetic truth.
 */
public final class ConsolidationBenchmark {

    /** How many mentions a day the synthetic stream carries. */
    public static final int MENTIONS_PER_DAY = 300;
    private static final int ACTORS = 200;
    private static final int VOCABULARY = 3000;
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final EventType[] TYPES = EventType.values();

    /**
     * One size measured.
     *
     * @param mentions     event mentions consolidated
     * @param articles     articles they came in
     * @param seconds      wall time of consolidating them
 * @param cpuSeconds   processor time of the consolidating thread meanwhile, which other work on the machine
 *                     does not inflate as it does the wall time
 * @param gcSeconds    time the collectors report for the same span
     * @param streamBytes  the heap the synthetic mentions take before they are consolidated (with the truth's map)
 * @param indexBytes   what consolidating them adds to the heap: the indexes, clusters and caches (heap in use
 *                     after full collections, before and after)
     * @param events       consolidated events made
     * @param trueEvents   real events behind the mentions
     * @param scores       the consolidation against the synthetic truth
     */
    public record Run(int mentions, int articles, double seconds, double cpuSeconds, double gcSeconds,
                      long streamBytes, long indexBytes, int events, int trueEvents, CorefScores scores) {

        public double mentionsPerSecond() {
            return mentions / seconds;
        }

        public double mentionsPerCpuSecond() {
            return mentions / cpuSeconds;
        }

        /** What consolidation keeps per mention, the mention itself included. */
        public double bytesPerMention() {
            return (double) (streamBytes + indexBytes) / mentions;
        }
    }

    private ConsolidationBenchmark() {
    }

    /** The synthetic stream of {@code mentions} event mentions, as articles of one to three mentions each. */
    static Stream stream(int mentions, long seed) {
        Random random = new Random(seed);
        double[] zipf = new double[ACTORS];
        double sum = 0;
        for (int i = 0; i < ACTORS; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = word(i);
        }
        int days = Math.max(1, mentions / MENTIONS_PER_DAY);
        List<ArticleMentions> articles = new ArrayList<>();
        Map<String, String> truth = new TreeMap<>();
        List<EventMention> pending = new ArrayList<>();
        int made = 0;
        int real = 0;
        int article = 0;
        while (made < mentions) {
            real++;
            EventType type = TYPES[random.nextInt(TYPES.length)];
            Modality modality = random.nextInt(10) == 0 ? Modality.FUTURE : Modality.ASSERTED;
            List<String> actors = new ArrayList<>();
            int parties = 1 + random.nextInt(random.nextInt(8) == 0 ? 6 : 2);
            while (actors.size() < parties) {
                String a = "state:S" + pick(zipf, sum, random);
                if (!actors.contains(a)) {
                    actors.add(a);
                }
            }
            LocalDate day = START.plusDays(random.nextInt(days));
            String place = random.nextInt(3) == 0 ? null : "place:p" + random.nextInt(1000);
            List<String> own = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                own.add(words[random.nextInt(VOCABULARY)]);
            }
            int reports = 1 + random.nextInt(random.nextBoolean() ? 2 : 8);
            for (int r = 0; r < reports && made < mentions; r++) {
                String id = "a" + article++;
                LocalDate published = day.plusDays(random.nextInt(3));
                List<String> reported = new ArrayList<>(actors.subList(0, 1 + random.nextInt(actors.size())));
                int precision = random.nextInt(4);
                EventDate date = precision == 0 ? new EventDate(published.toString(), null, null, true)
                        : new EventDate(precision == 1 ? day.toString().substring(0, 7) : day.toString(), "t1", null,
                        false);
                StringBuilder context = new StringBuilder();
                for (int w = 0; w < 10; w++) {
                    context.append(w < 5 ? own.get(random.nextInt(own.size())) : words[random.nextInt(VOCABULARY)])
                            .append(' ');
                }
                Evidence trigger = new Evidence(id, new CharSpan(0, 4), context.substring(0, 4));
                EventMentionRef ref = new EventMentionRef(id, "e0", "outlet" + random.nextInt(50), published,
                        trigger, 0.8);
                EventPlace where = place == null || random.nextInt(4) == 0 ? null
                        : new EventPlace(place, place, trigger);
                pending.add(new EventMention(ref, type, "0" + type.ordinal(), modality, Attribution.ARTICLE, reported,
                        List.of(), date, where, null, null, context.toString().strip(), null));
                truth.put(ref.key(), "real" + real);
                made++;
            }
            // Articles arrive out of order within a few days, as feeds do.
            if (pending.size() >= 64 || made >= mentions) {
                Collections.shuffle(pending, random);
                for (EventMention m : pending) {
                    articles.add(new ArticleMentions(m.articleId(), List.of(m), List.of(), List.of()));
                }
                pending.clear();
            }
        }
        return new Stream(articles, truth, real);
    }

    /** Synthetic articles and, for each mention's key, the real event it reports. */
    record Stream(List<ArticleMentions> articles, Map<String, String> truth, int realEvents) {
    }

    private static int pick(double[] cumulative, double sum, Random random) {
        double x = random.nextDouble() * sum;
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A made-up word for number {@code i}: letters only, so the word splitter keeps it whole. */
    private static String word(int i) {
        StringBuilder w = new StringBuilder("w");
        int n = i;
        do {
            w.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return w.append("x").toString();
    }

    /** Consolidates a synthetic stream of {@code mentions} mentions and measures it. */
    public static Run run(int mentions, long seed) {
        long empty = heapAfterCollection();
        Stream s = stream(mentions, seed);
        long before = heapAfterCollection();
        Consolidator c = Consolidator.inMemory(ConsolidationSettings.DEFAULT.withEmbeddings(false), null);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long gcBefore = collectionMillis();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (ArticleMentions a : s.articles()) {
            c.add(a);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double gcSeconds = (collectionMillis() - gcBefore) / 1e3;
        long heap = heapAfterCollection() - before;
        Map<String, String> system = new HashMap<>();
        for (String key : s.truth().keySet()) {
            system.put(key, c.eventOf(key).orElseThrow());
        }
        int events = (int) system.values().stream().distinct().count();
        CorefScores scores = CorefScores.score(s.truth(), system);
        Reference.reachabilityFence(c);
        return new Run(mentions, s.articles().size(), seconds, cpuSeconds, gcSeconds, before - empty, heap, events,
                s.realEvents(), scores);
    }

    private static long collectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static long heapAfterCollection() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
