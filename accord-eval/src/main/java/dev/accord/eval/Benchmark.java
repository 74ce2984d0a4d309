package dev.accord.eval;

import dev.accord.extract.FactExtractor;
import dev.accord.ingest.HtmlArticleReader;
import dev.accord.ingest.Languages;
import dev.accord.ingest.UnreadableInputException;
import dev.accord.model.Article;
import dev.accord.model.Problem;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Annotator;
import dev.accord.model.text.ParseSelection;

import java.lang.management.CompilationMXBean;
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
import java.util.function.Function;
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
     *                       throughput clock starts, on the threads that are then measured: the JIT
     *                       compiler then works before the measured span, not inside it, and each
     *                       thread's caches hold what they would in a long job
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
     * @param jitSeconds    time the JIT compiler spent compiling over the same span, summed over its
     *                      threads: on a machine with few cores it competes with the analysis, and a
     *                      figure of more than a tenth of {@code seconds} means the warm-up was too
     *                      short for a steady-state figure
     */
    public record Figures(String name, int articles, List<Problem> problems, long tokens, double seconds,
                          double firstSeconds, long peakHeapBytes, double cpuSeconds, double jitSeconds) {
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
            // The operating system counts a process's CPU time in clock ticks: a span of a few
            // milliseconds may show none.
            String perCpuSecond = cpuSeconds > 0 ? String.format("%5.2f", articlesPerCpuSecond()) : "  n/a";
            return String.format("%-17s %6.2f articles/s  %6.0f tokens/s  peak heap %5.2f GiB  first facts after "
                            + "%5.1f s  %s articles per CPU-second  JIT compiling %4.1f s of %5.1f s", name + ":",
                    articlesPerSecond(), tokensPerSecond(), peakHeapBytes / (double) (1L << 30), firstSeconds,
                    perCpuSecond, jitSeconds, seconds);
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
        long startJit = jitMillis();
        Consumer<Article> analysis = build.get();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        analyse(analysis, articles.get(0), problems);
        long first = System.nanoTime();
        long firstCpu = processCpuNanos();
        long firstJit = jitMillis();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long measured;
        long measuredCpu;
        long measuredJit;
        long firstTokens;
        int firstFailed;
        try {
            // Failures while warming up are left out; a measured article that fails is recorded when measured.
            List<Problem> ignored = Collections.synchronizedList(new ArrayList<>());
            List<Article> warm = new ArrayList<>();
            for (int k = 0; k < warmUp; k++) {
                warm.add(warmUpArticles.get(k % warmUpArticles.size()));
            }
            analyseAll(pool, analysis, warm, ignored);
            measured = System.nanoTime();
            measuredCpu = processCpuNanos();
            measuredJit = jitMillis();
            firstTokens = tokens.get();
            firstFailed = problems.size();
            analyseAll(pool, analysis, articles.subList(1, articles.size()), problems);
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
        long endJit = jitMillis();
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        // With one article there is nothing after the first: its own time is all there is.
        boolean one = articles.size() == 1;
        return new Figures(name, one ? 1 - firstFailed : articles.size() - 1 - (problems.size() - firstFailed),
                problems, one ? firstTokens : tokens.get() - firstTokens, (one ? first - start : end - measured) / 1e9,
                (first - start) / 1e9, Math.max(0, peak - before),
                (one ? firstCpu - startCpu : endCpu - measuredCpu) / 1e9,
                (one ? firstJit - startJit : endJit - measuredJit) / 1e3);
    }

    /** Analyses the articles on the pool's threads and waits until all are done. */
    private static void analyseAll(ExecutorService pool, Consumer<Article> analysis, List<Article> batch,
                                   List<Problem> problems) throws InterruptedException, ExecutionException {
        List<Future<?>> pending = new ArrayList<>();
        for (Article a : batch) {
            pending.add(pool.submit(() -> analyse(analysis, a, problems)));
        }
        for (Future<?> f : pending) {
            f.get();
        }
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

    /** The JIT compiler's time so far, summed over its threads, in milliseconds. */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            throw new IllegalStateException("this JVM does not report the JIT compiler's time; expected a HotSpot-based"
                    + " JVM");
        }
        return jit.getTotalCompilationTime();
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

    /**
     * What reading pages costs beside analysing their articles.
     *
     * @param pages         pages read
     * @param articles      English articles among them, analysed
     * @param readMillis    the page reader's time a page, the median of the rounds
     * @param analyseMillis the analysis time an English article of these pages
     */
    public record PageReading(int pages, int articles, double readMillis, double analyseMillis) {

        /** Reading's share of the time a page takes from HTML to facts. */
        public double share() {
            return readMillis / (readMillis + analyseMillis);
        }
    }

    /**
     * Reads {@code pages} (HTML as served) {@code rounds} times, each round with a fresh reader as a new
     * batch would (pages that hold no article count too), then analyses the English articles read once with
     * {@code analyzer}: the page reader's median time a page against the analysis time an article.
     */
    public static PageReading pageReading(List<String> pages, int rounds, Function<Article, ?> analyzer) {
        if (pages.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException(pages.size() + " pages and " + rounds + " rounds; expected at least "
                    + "one of each");
        }
        List<Double> perPage = new ArrayList<>();
        List<Article> read = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            HtmlArticleReader reader = new HtmlArticleReader();
            read.clear();
            long start = System.nanoTime();
            for (int i = 0; i < pages.size(); i++) {
                String url = "https://page" + i + ".example/";
                try {
                    read.add(reader.readDecoded(url, pages.get(i),
                            new HtmlArticleReader.Context(url, url, null, null, null)));
                } catch (UnreadableInputException e) {
                    // A page with no article is read as far as a page with one: its time counts the same.
                }
            }
            perPage.add((System.nanoTime() - start) / 1e6 / pages.size());
        }
        Collections.sort(perPage);
        List<Article> english = read.stream().filter(a -> Languages.guess(a.text()).equals("en")).toList();
        long start = System.nanoTime();
        english.forEach(analyzer::apply);
        double analyse = english.isEmpty() ? 0 : (System.nanoTime() - start) / 1e6 / english.size();
        return new PageReading(pages.size(), english.size(), perPage.get(perPage.size() / 2), analyse);
    }
}
