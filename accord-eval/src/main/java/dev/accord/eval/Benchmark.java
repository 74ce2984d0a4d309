package dev.accord.eval;

import dev.accord.extract.FactExtractor;
import dev.accord.model.Article;
import dev.accord.model.Problem;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Annotator;
import dev.accord.model.text.ParseSelection;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Measures how fast articles are analysed: Accord's full extraction, and a plain annotator (CoreNLP
 * with its default annotators) on the same articles for comparison. Each run starts from nothing: the
 * clock starts before its models load, so "first facts" is what a user waits for, and throughput is
 * counted over the articles after the first, once loading (some of which happens lazily, on the first
 * article) is over.
 *
 * <p>A benchmark prints figures; nothing here asserts a speed.
 */
public final class Benchmark {

    private final List<Article> articles;
    private final List<Article> warmUpArticles;
    private final int threads;
    private final int warmUp;

    /**
     * @param articles       the articles every run analyses, in order
     * @param warmUpArticles the articles the warm-up analyses, going round them again if it needs more;
     *                       when empty, {@code articles}. Articles other than the measured ones keep
     *                       the measured span free of articles seen before, whose words every cache
     *                       (the parser's, the tagger's, the lemmas') would hold
     * @param threads        how many articles are analysed at once, after the first
     * @param warmUp         how many articles are analysed, untimed, after the first and before the
     *                       throughput clock starts: the JIT compiler then works before the measured
     *                       span, not inside it, as it would early in a long job
     */
    public Benchmark(List<Article> articles, List<Article> warmUpArticles, int threads, int warmUp) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a benchmark needs at least one article, got none");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (warmUp < 0) {
            throw new IllegalArgumentException("warm-up articles must be 0 or more, got " + warmUp);
        }
        this.articles = List.copyOf(articles);
        this.warmUpArticles = warmUpArticles.isEmpty() ? this.articles : List.copyOf(warmUpArticles);
        this.threads = threads;
        this.warmUp = warmUp;
    }

    /**
     * What one run measured.
     *
     * @param name          what ran
     * @param articles      articles after the first analysed without error
     * @param problems      articles whose analysis failed, with the reason
     * @param tokens        tokens of the articles after the first
     * @param seconds       wall time from the first article's result to the last one's
     * @param firstSeconds  wall time from the start of loading to the first article's result
     * @param peakHeapBytes the most heap in use during the run, above what was in use before it
     * @param cpuSeconds    the process's CPU time over the same span as {@code seconds}, all threads
     *                      (garbage collection and compilation included): on a busy machine, where
     *                      wall time depends on the neighbours, the cost per article still shows
     */
    public record Figures(String name, int articles, List<Problem> problems, long tokens, double seconds,
                          double firstSeconds, long peakHeapBytes, double cpuSeconds) {
        public Figures {
            problems = List.copyOf(problems);
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        /** Articles per second of CPU time: what one fully used core would do. */
        public double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }

        /** One line of figures, for a person to read. */
        public String line() {
            return String.format("%-17s %6.2f articles/s  %6.0f tokens/s  peak heap %5.2f GiB  first facts after "
                            + "%5.1f s  %5.2f articles per CPU-second", name + ":", articlesPerSecond(),
                    tokensPerSecond(), peakHeapBytes / (double) (1L << 30), firstSeconds, articlesPerCpuSecond());
        }
    }

    /** Accord's article → facts function, built (models loaded) inside the measured time. */
    public Figures accord(Supplier<Annotator> annotator) {
        AtomicLong tokens = new AtomicLong();
        return run("Accord", tokens, () -> {
            FactExtractor extractor = new FactExtractor(new Counting(annotator.get(), tokens));
            return extractor::analyze;
        });
    }

    /** A plain annotator on the same articles: every sentence annotated and parsed, no facts. */
    public Figures plain(String name, Supplier<Annotator> annotator) {
        AtomicLong tokens = new AtomicLong();
        return run(name, tokens, () -> {
            Annotator counting = new Counting(annotator.get(), tokens);
            return a -> counting.annotate(a.text(), a.published());
        });
    }

    private Figures run(String name, AtomicLong tokens, Supplier<Consumer<Article>> build) {
        System.gc();
        long before = heapInUse();
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long startCpu = processCpuNanos();
        Consumer<Article> analysis = build.get();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        analyse(analysis, articles.get(0), problems);
        long first = System.nanoTime();
        long firstCpu = processCpuNanos();
        // Failures while warming up are left out; a measured article that fails is recorded when measured.
        List<Problem> ignored = new ArrayList<>();
        for (int k = 0; k < warmUp; k++) {
            analyse(analysis, warmUpArticles.get(k % warmUpArticles.size()), ignored);
        }
        long measured = System.nanoTime();
        long measuredCpu = processCpuNanos();
        long firstTokens = tokens.get();
        int firstFailed = problems.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Article a : articles.subList(1, articles.size())) {
                pending.add(pool.submit(() -> analyse(analysis, a, problems)));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark run '" + name + "' failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        long end = System.nanoTime();
        long endCpu = processCpuNanos();
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        // With one article there is nothing after the first: its own time is all there is.
        boolean one = articles.size() == 1;
        return new Figures(name, one ? 1 - firstFailed : articles.size() - 1 - (problems.size() - firstFailed),
                problems, one ? firstTokens : tokens.get() - firstTokens, (one ? first - start : end - measured) / 1e9,
                (first - start) / 1e9, Math.max(0, peak - before), (one ? firstCpu - startCpu : endCpu - measuredCpu) / 1e9);
    }

    /** A failing article is recorded with its reason, and the run goes on. */
    private static void analyse(Consumer<Article> analysis, Article article, List<Problem> problems) {
        try {
            analysis.accept(article);
        } catch (RuntimeException e) {
            problems.add(new Problem(article.source(), "analysis failed (" + e + ")"));
        }
    }

    /** All threads' CPU time so far, as the operating system counts it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("this JVM does not report process CPU time; expected a HotSpot-based JVM");
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long heapInUse() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** Counts the tokens of every text it annotates, and otherwise is the annotator it wraps. */
    private record Counting(Annotator inner, AtomicLong tokens) implements Annotator {
        @Override
        public AnnotatedText annotate(String text, LocalDate documentDate) {
            return counted(inner.annotate(text, documentDate));
        }

        @Override
        public AnnotatedText annotate(String text, LocalDate documentDate, ParseSelection parse) {
            return counted(inner.annotate(text, documentDate, parse));
        }

        @Override
        public AnnotatedText parse(AnnotatedText annotated, ParseSelection parse) {
            return inner.parse(annotated, parse);
        }

        @Override
        public String configuration() {
            return inner.configuration();
        }

        private AnnotatedText counted(AnnotatedText annotated) {
            tokens.addAndGet(annotated.tokens().size());
            return annotated;
        }
    }
}
