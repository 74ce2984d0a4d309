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
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Measures how fast articles are analysed in a steady state: Accord's full extraction, and a plain
 * annotator (CoreNLP with its default annotators) on the same articles for comparison, both in one JVM.
 *
 * <p>A run goes through three phases:
 * <ol>
 *   <li><b>cold start</b>, each side in turn: the clock starts before its models load and stops when the
 *       first measured article's result is there, which is what a user waits for;</li>
 *   <li><b>settling</b>: the sides take turns at rounds of the same articles (those the measured rounds do
 *       not use, going round them as often as a round needs), each round about as long as a measured one,
 *       until a side's two latest rounds agree within a tolerance and the JIT compiler compiled for less
 *       than a tenth of the later one, so that it has done its work and each thread's caches are filled, as
 *       in a long job; a settled side waits for the others;</li>
 *   <li><b>a first pass</b> over the measured articles, each side in turn: its rate is the caches' first
 *       sight of their words, and its length fixes how many whole passes a measured round takes to last at
 *       least the span;</li>
 *   <li><b>measured rounds</b>: each side's round is its whole passes over the measured articles, so the
 *       sides' rates are rates of the same work, whatever the articles' lengths. With several sides the
 *       rounds of one index run cut into slices of a few seconds that take turns (A B, B A, A B, ...): each
 *       side's round is spread over the same minute or two, so a minute in which the machine is slower slows
 *       both sides of a pair alike, and each pair's ratio is a ratio of the same minute.</li>
 * </ol>
 *
 * <p>A benchmark prints figures; nothing here asserts a speed.
 */
public final class Benchmark {

    /**
     * The JIT compiler's largest share of a settling round's wall time for the rate to count as settled:
     * two rounds may agree by chance while it still compiles, and on two cores it takes one from the
     * analysis while it does.
     */
    static final double SETTLED_JIT_SHARE = 0.1;
    /**
     * The shortest settling round, as a share of the first's length, before the later ones take more
     * articles: the JIT compiler's work shortens them as it goes.
     */
    static final double SHORTEST_SETTLING_ROUND = 0.8;
    /**
     * How much longer than the span a measured round is planned, from the first pass's length: later passes
     * are faster than the first (the caches have seen the words), and a round must last at least the span.
     */
    static final double PASS_MARGIN = 1.4;

    private final List<Article> articles;
    private final List<Article> settling;
    private final int threads;
    private final Plan plan;

    /**
     * How long each phase runs.
     *
     * @param spanSeconds     the least wall time of a measured round: its whole passes are as many as the
     *                        first pass's length says the span needs, with a margin
     * @param rounds          measured rounds of each side
     * @param settleSeconds   the wall time of a side's first settling round, which fixes how many articles
     *                        its later settling rounds analyse, until one takes under 0.8 of this time and
     *                        the next take enough more to last it again
     * @param tolerance       the largest relative difference between the rates of two consecutive settling
     *                        rounds for the rate to count as settled (0.03 for 3%)
     * @param maxSettleSeconds a side's settling time after which its measured rounds start even if its rate
     *                        has not settled (a busy machine may never give two rounds that agree); the figures
     *                        say so. A time rather than a count of rounds: the JIT compiler's work is a time,
     *                        and short settling rounds must not end the settling before it is done
     * @param sliceSeconds    about how long a slice of a measured round lasts when the sides take turns: short
     *                        enough that the machine's drift over a slice is small, long enough that switching
     *                        sides costs nothing measurable
     */
    public record Plan(double spanSeconds, int rounds, double settleSeconds, double tolerance,
                       double maxSettleSeconds, double sliceSeconds) {
        public Plan {
            if (!(sliceSeconds > 0)) {
                throw new IllegalArgumentException("a slice must be longer than 0 s, got " + sliceSeconds);
            }
            if (!(spanSeconds > 0) || !(settleSeconds > 0)) {
                throw new IllegalArgumentException("the span and the settling round must be longer than 0 s, got "
                        + spanSeconds + " and " + settleSeconds);
            }
            if (rounds < 1) {
                throw new IllegalArgumentException("expected at least 1 measured round, got " + rounds);
            }
            if (!(maxSettleSeconds >= 2 * settleSeconds)) {
                throw new IllegalArgumentException("the settling time must allow two settling rounds of "
                        + settleSeconds + " s, got " + maxSettleSeconds + " s");
            }
            if (!(tolerance > 0)) {
                throw new IllegalArgumentException("the settling tolerance must be above 0, got " + tolerance);
            }
        }
    }

    /**
     * @param articles the measured articles: the first is the cold start's, and every measured round
     *                 analyses all of them, in order, as many times as its span needs
     * @param settling the articles the settling rounds analyse; when empty, {@code articles}. Articles other
     *                 than the measured ones make the measured rounds' first pass meet words that no cache
     *                 holds yet
     * @param threads  how many articles each side analyses at once, after the cold start's
     * @param plan     how long each phase runs
     */
    public Benchmark(List<Article> articles, List<Article> settling, int threads, Plan plan) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a benchmark needs at least one article, got none");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.articles = List.copyOf(articles);
        this.settling = settling.isEmpty() ? this.articles : List.copyOf(settling);
        this.threads = threads;
        this.plan = plan;
    }

    /**
     * What one span of analysis measured (a settling round, a measured round or a pass of one).
     *
     * @param articles      articles analysed without error
     * @param tokens        their tokens
     * @param seconds       wall time
     * @param cpuSeconds    the process's CPU time over the span, all threads (garbage collection and
     *                      compilation included)
     * @param threadSeconds the CPU time of the threads that analysed the articles, summed: on a busy
     *                      machine, where wall time depends on the neighbours, the cost per article still
     *                      shows, without the JIT compiler's and the collector's threads
     * @param jitSeconds    the JIT compiler's time over the span, summed over its threads: on a machine with
     *                      few cores it competes with the analysis
     * @param gcSeconds     the garbage collectors' time over the span
     */
    public record Span(int articles, long tokens, double seconds, double cpuSeconds, double threadSeconds,
                       double jitSeconds, double gcSeconds) {

        public double articlesPerSecond() {
            return articles / seconds;
        }

        /** This span and {@code other} together, as if one: the slices of a measured round. */
        Span plus(Span other) {
            return new Span(articles + other.articles, tokens + other.tokens, seconds + other.seconds,
                    cpuSeconds + other.cpuSeconds, threadSeconds + other.threadSeconds, jitSeconds + other.jitSeconds,
                    gcSeconds + other.gcSeconds);
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        /** Articles per second of CPU time: what one fully used core would do. */
        public double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }

        /** Articles per second of the analysing threads' own CPU time. */
        public double articlesPerThreadSecond() {
            return articles / threadSeconds;
        }

        /** The JIT compiler's time as a share of the span's wall time (above 1 when it used several cores). */
        public double jitShare() {
            return jitSeconds / seconds;
        }

        /** The garbage collectors' time as a share of the span's wall time. */
        public double gcShare() {
            return gcSeconds / seconds;
        }

        /** Rates, CPU, JIT and GC of the span, for a person to read. */
        public String line() {
            return String.format("%d articles in %.1f s: %.2f articles/s, %.0f tokens/s, %s articles per CPU-second"
                            + " (%s per second of the analysing threads' CPU), JIT %.0f%%, GC %.1f%%", articles,
                    seconds, articlesPerSecond(), tokensPerSecond(), perSecond(articles, cpuSeconds),
                    perSecond(articles, threadSeconds), 100 * jitShare(), 100 * gcShare());
        }

        /**
         * The operating system counts CPU time in clock ticks: a span of a few milliseconds may show none.
         */
        private static String perSecond(int articles, double cpuSeconds) {
            return cpuSeconds > 0 ? String.format("%.2f", articles / cpuSeconds) : "n/a";
        }
    }

    /**
     * What one side measured.
     *
     * @param name            what ran
     * @param coldSeconds     wall time from the start of loading to the first measured article's result
     * @param loadedBytes     heap in use after a full collection right after the cold start, above what was in
     *                        use before it: the side's models
     * @param settlingRounds  the settling rounds, in order
     * @param settled         whether the last two settling rounds agreed within the tolerance, the JIT
     *                        compiler compiling for less than a tenth of the last
     * @param rounds          the measured rounds, in order
     * @param passes          passes over the measured articles in each measured round
     * @param slices          the slices each measured round was cut into, taking turns with the other sides'
     *                        (1 when a side runs alone)
     * @param firstPass       the first pass over the measured articles, before the measured rounds, whose
     *                        articles' words the caches had not seen yet (unless they were also the settling
     *                        articles)
     * @param problems        articles whose analysis failed, with the reason, each recorded once
     * @param peakHeapBytes   the most heap in use during the side's measured rounds, garbage not yet
     *                        collected and every side's models included, above what was in use before the run
     */
    public record Figures(String name, double coldSeconds, long loadedBytes, List<Span> settlingRounds,
                          boolean settled, List<Span> rounds, List<Integer> passes, int slices, Span firstPass,
                          List<Problem> problems, long peakHeapBytes) {
        public Figures {
            settlingRounds = List.copyOf(settlingRounds);
            rounds = List.copyOf(rounds);
            passes = List.copyOf(passes);
            problems = List.copyOf(problems);
        }

        /** The measured rounds' rates, in articles a second, in the order they ran. */
        public List<Double> rates() {
            return rounds.stream().map(Span::articlesPerSecond).toList();
        }

        /** The median of the measured rounds' rates. */
        public double medianRate() {
            return median(rates());
        }
    }

    /**
     * What a run measured.
     *
     * @param sides         each side's figures, in the order they were given
     * @param residentBytes heap in use after a full collection at the end of the run, above what was in use
     *                      before it: every side's models and caches, full
     */
    public record Result(List<Figures> sides, long residentBytes) {
        public Result {
            sides = List.copyOf(sides);
        }

        /**
         * Each measured round's rate of side {@code a} over that of side {@code b}, round by round: the
         * rounds of one index ran next to each other.
         */
        public List<Double> ratios(int a, int b) {
            List<Double> out = new ArrayList<>();
            for (int r = 0; r < sides.get(a).rounds().size(); r++) {
                out.add(sides.get(a).rates().get(r) / sides.get(b).rates().get(r));
            }
            return out;
        }

        /** The same as {@link #ratios}, of the rates per second of the analysing threads' CPU. */
        public List<Double> threadCpuRatios(int a, int b) {
            List<Double> out = new ArrayList<>();
            for (int r = 0; r < sides.get(a).rounds().size(); r++) {
                out.add(sides.get(a).rounds().get(r).articlesPerThreadSecond()
                        / sides.get(b).rounds().get(r).articlesPerThreadSecond());
            }
            return out;
        }
    }

    /**
     * One side of a comparison: what it is called, and how its article analysis is built (its models
     * loaded), counting the tokens it annotates in {@code tokens}.
     */
    public record Contender(String name, AtomicLong tokens, Supplier<Consumer<Article>> build) {

        /** Accord's article → facts function. */
        public static Contender accord(Supplier<Annotator> annotator) {
            AtomicLong tokens = new AtomicLong();
            return new Contender("Accord", tokens, () -> {
                FactExtractor extractor = new FactExtractor(new Counting(annotator.get(), tokens));
                return extractor::analyze;
            });
        }

        /** A plain annotator on the same articles: every sentence annotated and parsed, no facts. */
        public static Contender plain(String name, Supplier<Annotator> annotator) {
            AtomicLong tokens = new AtomicLong();
            return new Contender(name, tokens, () -> {
                Annotator counting = new Counting(annotator.get(), tokens);
                return a -> counting.annotate(a.text(), a.published());
            });
        }
    }

    /**
     * Runs the three phases for every contender, in the order given: the first's cold start is from a JVM
     * that has loaded nothing, so it includes every model the first loads.
     */
    public Result run(List<Contender> contenders, Consumer<String> progress) {
        if (contenders.isEmpty()) {
            throw new IllegalArgumentException("a benchmark run needs at least one contender, got none");
        }
        System.gc();
        long before = heapInUse();
        List<Side> sides = new ArrayList<>();
        try {
            for (Contender c : contenders) {
                sides.add(new Side(c, progress));
            }
            boolean settling = true;
            while (settling) {
                settling = false;
                for (Side s : sides) {
                    if (!s.settlingDone()) {
                        s.settleRound();
                        settling = true;
                    }
                }
            }
            for (Side s : sides) {
                s.measureFirstPass();
            }
            int slices = sides.size() == 1 ? 1 : slices(sides);
            for (int r = 0; r < plan.rounds(); r++) {
                for (int k = 0; k < slices; k++) {
                    List<Side> order = new ArrayList<>(sides);
                    if ((r + k) % 2 == 1) {
                        // A B, B A, A B: a machine slowing down steadily slows each side's slices alike.
                        Collections.reverse(order);
                    }
                    for (Side s : order) {
                        s.measureSlice(k, slices, before);
                    }
                }
                for (Side s : sides) {
                    s.endRound(r, slices);
                }
            }
            System.gc();
            long resident = heapInUse();
            return new Result(sides.stream().map(Side::figures).toList(), Math.max(0, resident - before));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark run failed: " + e.getCause(), e.getCause());
        } finally {
            sides.forEach(s -> s.pool.shutdown());
        }
    }

    /**
     * How many slices a measured round is cut into when the sides take turns: the longest round, planned from
     * the first passes, in slices of about the plan's slice length; never more than a side's round has articles.
     */
    private int slices(List<Side> sides) {
        double longest = sides.stream().mapToDouble(Side::plannedSeconds).max().orElseThrow();
        int most = sides.stream().mapToInt(s -> s.passes * articles.size()).min().orElseThrow();
        return (int) Math.max(1, Math.min(most, Math.round(longest / plan.sliceSeconds())));
    }

    /** One contender's analysis, its threads and what it has measured so far. */
    private final class Side {
        private final String name;
        private final Consumer<String> progress;
        private final double coldSeconds;
        private final long loadedBytes;
        private final List<Thread> workers = new CopyOnWriteArrayList<>();
        private final ExecutorService pool;
        private final Feeder settle;
        private final Feeder measure;
        private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        private final List<Span> settlingRounds = new ArrayList<>();
        private final List<Span> rounds = new ArrayList<>();
        private final List<Integer> roundPasses = new ArrayList<>();
        private Span firstPass;
        private int passes;
        private int slices = 1;
        private Span round;
        private int perRound;
        private int previousCount;
        private double settlingSeconds;
        private boolean settled;
        private long peak;

        /** Builds the contender's analysis and analyses the first article: the cold start. */
        Side(Contender c, Consumer<String> progress) {
            this.name = c.name();
            this.progress = progress;
            System.gc();
            long start = System.nanoTime();
            long startHeap = heapInUse();
            Consumer<Article> analysis = c.build().get();
            analyse(analysis, articles.get(0), problems);
            coldSeconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            loadedBytes = Math.max(0, heapInUse() - startHeap);
            progress.accept(String.format("%s: cold start, models loaded and the first article's result after %.1f s",
                    name, coldSeconds));
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, name + " analysis " + (workers.size() + 1));
                t.setDaemon(true);
                workers.add(t);
                return t;
            });
            // Failures while settling are left out; a measured article that fails is recorded when measured.
            settle = new Feeder(pool, workers, analysis, c.tokens(), Collections.synchronizedList(new ArrayList<>()));
            measure = new Feeder(pool, workers, analysis, c.tokens(), problems);
        }

        /** Whether this side has settled, or has settled for as long as it may. */
        boolean settlingDone() {
            return settled || settlingRounds.size() >= 2 && settlingSeconds >= plan.maxSettleSeconds();
        }

        void settleRound() throws InterruptedException, ExecutionException {
            Span last;
            if (settlingRounds.isEmpty()) {
                last = settle.round(settling, plan.settleSeconds(), Integer.MAX_VALUE);
                // Later settling rounds analyse the same articles as the first, so their rates compare.
                perRound = last.articles() + settle.failed();
                previousCount = perRound;
            } else {
                int count = perRound;
                last = settle.round(settling, Double.POSITIVE_INFINITY, count);
                double previous = settlingRounds.get(settlingRounds.size() - 1).articlesPerSecond();
                settled = count == previousCount
                        && Math.abs(last.articlesPerSecond() - previous) <= plan.tolerance() * previous
                        && last.jitShare() < SETTLED_JIT_SHARE;
                previousCount = count;
            }
            if (last.seconds() < SHORTEST_SETTLING_ROUND * plan.settleSeconds()) {
                // The JIT compiler's work made the round short: the next ones take more articles, so that a
                // settling round stays about as long as a measured one, and the next is compared with the one
                // after it, of the same articles. At most ten times as many: articles that fail at once make
                // a round short too.
                perRound = (int) Math.min(10L * perRound, Math.ceil(perRound * plan.settleSeconds() / last.seconds()));
            }
            settlingRounds.add(last);
            settlingSeconds += last.seconds();
            progress.accept(name + ": settling round " + settlingRounds.size() + ", " + last.line());
        }

        /**
         * One pass over the measured articles: the caches' first sight of their words, and what fixes the
         * measured rounds' passes.
         */
        void measureFirstPass() throws InterruptedException, ExecutionException {
            firstPass = measure.chunk(articles, 0, articles.size());
            passes = (int) Math.max(1, Math.ceil(PASS_MARGIN * plan.spanSeconds() / firstPass.seconds()));
            progress.accept(String.format("%s: first pass over the measured articles, %s; a measured round: %d pass%s",
                    name, firstPass.line(), passes, passes == 1 ? "" : "es"));
        }

        /** How long a measured round should take, from the first pass. */
        double plannedSeconds() {
            return passes * firstPass.seconds();
        }

        /** Slice {@code k} of {@code slices} of this side's current measured round. */
        void measureSlice(int k, int slices, long before) throws InterruptedException, ExecutionException {
            long total = (long) passes * articles.size();
            List<MemoryPoolMXBean> pools = heapPools();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            Span slice = measure.chunk(articles, (int) (total * k / slices), (int) (total * (k + 1) / slices));
            peak = Math.max(peak, pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before);
            round = round == null ? slice : round.plus(slice);
        }

        void endRound(int r, int slices) {
            this.slices = slices;
            rounds.add(round);
            roundPasses.add(passes);
            progress.accept(String.format("%s: measured round %d, %d pass%s%s, %s", name, r + 1, passes,
                    passes == 1 ? "" : "es", slices == 1 ? "" : " in " + slices + " slices", round.line()));
            round = null;
        }

        Figures figures() {
            return new Figures(name, coldSeconds, loadedBytes, settlingRounds, settled, rounds, roundPasses,
                    slices, firstPass, distinct(problems), Math.max(0, peak));
        }
    }

    /**
     * Keeps the pool's threads busy with articles, one more queued than there are threads so that no
     * thread waits for the next, and measures each round it runs.
     */
    private final class Feeder {
        private final ExecutorService pool;
        private final List<Thread> workers;
        private final Consumer<Article> analysis;
        private final AtomicLong tokens;
        private final List<Problem> problems;
        private int failedInRound;

        Feeder(ExecutorService pool, List<Thread> workers, Consumer<Article> analysis, AtomicLong tokens,
               List<Problem> problems) {
            this.pool = pool;
            this.workers = workers;
            this.analysis = analysis;
            this.tokens = tokens;
            this.problems = problems;
        }

        /**
         * Analyses {@code source}'s articles in order, going round them, and stops starting new ones after
         * {@code minSeconds} or after {@code most}.
         */
        Span round(List<Article> source, double minSeconds, int most) throws InterruptedException, ExecutionException {
            return run(source, 0, minSeconds, most);
        }

        /**
         * Analyses the articles {@code from} to {@code to} (excluded) of the sequence that goes round
         * {@code source}'s articles in order: a slice of a measured round.
         */
        Span chunk(List<Article> source, int from, int to) throws InterruptedException, ExecutionException {
            return run(source, from, Double.POSITIVE_INFINITY, to - from);
        }

        private Span run(List<Article> source, int from, double minSeconds, int most)
                throws InterruptedException, ExecutionException {
            CompletionService<Void> done = new ExecutorCompletionService<>(pool);
            Mark start = new Mark();
            int submitted = 0;
            int finished = 0;
            boolean more = true;
            while (more || finished < submitted) {
                while (more && submitted - finished <= threads) {
                    boolean due = (System.nanoTime() - start.nanos) / 1e9 >= minSeconds;
                    if (submitted > 0 && due || submitted >= most) {
                        more = false;
                    } else {
                        Article a = source.get((from + submitted) % source.size());
                        done.submit(() -> analyse(analysis, a, problems), null);
                        submitted++;
                    }
                }
                if (finished < submitted) {
                    done.take().get();
                    finished++;
                }
            }
            failedInRound = problems.size() - start.failed;
            return start.span(finished);
        }

        /** Articles of the last round whose analysis failed. */
        int failed() {
            return failedInRound;
        }

        /** The clocks and counters at the start of a span. */
        private final class Mark {
            final long nanos = System.nanoTime();
            final long cpu = processCpuNanos();
            final long thread = threadCpuNanos(workers);
            final long jit = jitMillis();
            final long gc = gcMillis();
            final long tokenCount = tokens.get();
            final int failed = problems.size();

            /** The span from this mark to now, in which {@code finished} articles ended. */
            Span span(int finished) {
                return new Span(finished - (problems.size() - failed), tokens.get() - tokenCount,
                        (System.nanoTime() - nanos) / 1e9, (processCpuNanos() - cpu) / 1e9,
                        (threadCpuNanos(workers) - thread) / 1e9, (jitMillis() - jit) / 1e3,
                        (gcMillis() - gc) / 1e3);
            }
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

    /** Each article that failed once, with its first reason: the measured rounds analyse it again and again. */
    private static List<Problem> distinct(List<Problem> problems) {
        List<Problem> out = new ArrayList<>();
        synchronized (problems) {
            for (Problem p : problems) {
                if (out.stream().noneMatch(o -> o.input().equals(p.input()))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The median of {@code values}; of an even number, the mean of the middle two. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of no values is undefined");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** All threads' CPU time so far, as the operating system counts it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("this JVM does not report process CPU time; expected a HotSpot-based JVM");
    }

    /** The CPU time so far of {@code threads}, summed; threads not started count nothing. */
    private static long threadCpuNanos(List<Thread> threads) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!mx.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM does not report a thread's CPU time; expected a HotSpot-based"
                    + " JVM");
        }
        long sum = 0;
        for (Thread t : threads) {
            sum += Math.max(0, mx.getThreadCpuTime(t.getId()));
        }
        return sum;
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

    /** The garbage collectors' time so far, in milliseconds. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
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
