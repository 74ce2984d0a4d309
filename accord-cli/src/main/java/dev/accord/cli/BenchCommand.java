package dev.accord.cli;

import dev.accord.eval.Benchmark;
import dev.accord.ingest.Corpus;
import dev.accord.model.Article;
import dev.accord.model.Problem;
import dev.accord.nlp.CoreNlpAnnotator;
import dev.accord.pipeline.Extraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * {@code accord bench}: Accord's full extraction against plain CoreNLP with its default annotators, on
 * the same articles in one JVM, each in a steady state, their measured rounds cut into slices that take
 * turns ({@link Benchmark}).
 * Accord loads first, from a JVM that has loaded nothing, so its cold start includes every model it loads.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the steady-state articles/s (min / median / max of rounds of at least --span"
                + " seconds, once the rate has settled), tokens/s, the JIT compiler's and the collector's share, heap"
                + " and the cold start (models loaded to the first facts), for Accord's full extraction and for plain"
                + " CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp) on the same articles; the last line"
                + " is the speedup, each Accord round over the CoreNLP round run in the same minutes. The two sides'"
                + " rounds are cut into slices of about 5 s that take turns, so a slower minute of the machine slows"
                + " both alike. About 14 minutes with the defaults on 2"
                + " cores. Both pipelines stay loaded: Accord's models hold about 1 GiB, CoreNLP's 1.7 GiB, and the"
                + " launcher gives bench 8 GiB of heap unless ACCORD_JAVA_OPTS says otherwise.")
final class BenchCommand implements Callable<Integer> {

    /** Rounds of reading the dev pages; the median is printed. */
    private static final int PAGE_ROUNDS = 3;
    /**
     * A settling round's length as a share of a measured round's: shorter rounds let two agree while the
     * JIT compiler is still at work on code the measured rounds will run.
     */
    private static final double SETTLING_SHARE = 1;
    /**
     * The settling time, in spans, after which measuring starts anyway: a busy machine may never give two
     * rounds that agree.
     */
    private static final double MAX_SETTLING_SPANS = 10;
    /**
     * About how long a slice of a measured round lasts, the sides' slices taking turns: a few of CoreNLP's
     * articles, a hundred of Accord's.
     */
    private static final double SLICE_SECONDS = 5;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "Articles: JSON Lines, WARC, a folder of text or HTML; default: ../shared/corpus/wikinews.jsonl.")
    Path file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Measure on the first N articles (default: ${DEFAULT-VALUE}: one pass of plain CoreNLP over"
                    + " them takes about 40 s on one core); the others are the settling rounds' articles.")
    int limit;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Analyse N articles at once after the first (default: ${DEFAULT-VALUE}); both sides use it.")
    int threads;

    @Option(names = "--span", paramLabel = "SECONDS", defaultValue = "30",
            description = "The least wall time of a measured round (default: ${DEFAULT-VALUE}); a round is whole"
                    + " passes over the measured articles, as many as a first pass over them says it takes.")
    double span;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Measured rounds on each side (default: ${DEFAULT-VALUE}); minimum, median and maximum"
                    + " are printed.")
    int rounds;

    @Option(names = "--tolerance", paramLabel = "PERCENT", defaultValue = "3",
            description = "How close the rates of two settling rounds in a row must be before measuring, the JIT"
                    + " compiler at work for under a tenth of the later (default: ${DEFAULT-VALUE}%%); a side's first"
                    + " settling round lasts --span, each later one analyses the same articles, and a side measures"
                    + " after " + (int) MAX_SETTLING_SPANS + " spans of settling in any case.")
    double tolerance;

    @Option(names = "--no-baseline", description = "Measure Accord only, for thread scaling or a small heap.")
    boolean noBaseline;

    @Option(names = "--no-pages", description = "Leave out the page-reading figure.")
    boolean noPages;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1 || threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --threads must be at least 1,"
                    + " got " + limit + " and " + threads);
        }
        Benchmark.Plan plan;
        try {
            plan = new Benchmark.Plan(span, rounds, SETTLING_SHARE * span, tolerance / 100,
                    MAX_SETTLING_SPANS * span, SLICE_SECONDS);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--span, --rounds or --tolerance: "
                    + e.getMessage());
        }
        Path input = file != null ? file : EvalCommand.sharedDir().resolve("corpus/wikinews.jsonl");
        Corpus all = Corpus.read(List.of(input.toString()));
        Corpus corpus = all.first(limit);
        List<Article> rest = all.articles().subList(corpus.articles().size(), all.articles().size());
        if (corpus.articles().isEmpty()) {
            Problems.report(err, "bench", corpus.problems());
            throw new CommandLine.ParameterException(spec.commandLine(),
                    input + " holds no readable article; expected JSON Lines, WARC, text or HTML articles");
        }
        Runtime rt = Runtime.getRuntime();
        out.printf("%d articles from %s, %d thread%s, %d processors, heap at most %.2f GiB; each side: a cold start,"
                        + " settling rounds on %s until two agree within %.0f%% with the JIT compiler at work for under"
                        + " a tenth of the later, a first pass over the %d articles, then %d rounds of whole passes over"
                        + " them, at least %.0f s each%s%n",
                corpus.articles().size(), input, threads, threads == 1 ? "" : "s", rt.availableProcessors(),
                rt.maxMemory() / (double) (1L << 30),
                rest.isEmpty() ? "the same articles" : "the " + rest.size() + " after them", tolerance,
                corpus.articles().size(), rounds, span,
                noBaseline ? "" : ", the two sides' rounds in slices of about " + (int) SLICE_SECONDS
                        + " s taking turns");
        out.flush();
        Consumer<String> progress = line -> {
            out.println("  " + line);
            out.flush();
        };
        Benchmark bench = new Benchmark(corpus.articles(), rest, threads, plan);
        List<Benchmark.Contender> contenders = new ArrayList<>();
        contenders.add(Benchmark.Contender.accord(CoreNlpAnnotator::shared));
        if (!noBaseline) {
            contenders.add(Benchmark.Contender.plain("CoreNLP default", CoreNlpAnnotator::plainDefault));
        }
        Benchmark.Result result = bench.run(contenders, progress);
        result.sides().forEach(f -> print(out, f));
        out.printf("heap after a full collection at the end: %.2f GiB in use (%s: the models and every cache, full)%n",
                result.residentBytes() / (double) (1L << 30), noBaseline ? "Accord" : "both pipelines");
        if (!noPages) {
            printPageReading(out);
        }
        List<Problem> problems = new ArrayList<>(corpus.problems());
        result.sides().forEach(f -> problems.addAll(f.problems()));
        if (noBaseline) {
            return Problems.report(err, "bench", problems);
        }
        Benchmark.Figures accord = result.sides().get(0);
        Benchmark.Figures plain = result.sides().get(1);
        List<Double> ratios = result.ratios(0, 1);
        List<Double> cpuRatios = result.threadCpuRatios(0, 1);
        out.printf("tokens a pass: %d (Accord) and %d (CoreNLP), the same tokenizer%n",
                accord.rounds().get(0).tokens() / accord.passes().get(0),
                plain.rounds().get(0).tokens() / plain.passes().get(0));
        out.printf("speedup vs CoreNLP default, %d thread%s: %.1fx (median of %d rounds, each Accord round paired with"
                        + " the CoreNLP round whose slices took turns with its own; min %.1fx, max %.1fx; median rate over median rate %.1fx;"
                        + " by the analysing threads' CPU time %.1fx, min %.1fx, max %.1fx)%n", threads,
                threads == 1 ? "" : "s", Benchmark.median(ratios), ratios.size(), Collections.min(ratios),
                Collections.max(ratios), accord.medianRate() / plain.medianRate(), Benchmark.median(cpuRatios),
                Collections.min(cpuRatios), Collections.max(cpuRatios));
        out.flush();
        return Problems.report(err, "bench", problems);
    }

    /** What reading a web page costs beside analysing an article, on the dev pages where they are. */
    private static void printPageReading(PrintWriter out) {
        Path dir = EvalCommand.sharedDir().resolve("eval/readability-pages");
        List<String> pages = new ArrayList<>();
        try (Stream<Path> folders = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            for (Path f : folders.sorted().toList()) {
                if (Files.isRegularFile(f.resolve("source.html"))) {
                    pages.add(Files.readString(f.resolve("source.html"), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pages in " + dir, e);
        }
        if (pages.isEmpty()) {
            out.printf("page reading: not measured, %s holds no pages%n", dir);
            return;
        }
        Benchmark.PageReading r = Benchmark.pageReading(pages, PAGE_ROUNDS, Extraction.standard()::analyze);
        out.printf("page reading: %.1f ms a page (%d pages of %s, median of %d rounds) against %.0f ms to analyse "
                        + "one of their %d English articles: %.0f%% of a page's time from HTML to facts%n",
                r.readMillis(), r.pages(), dir, PAGE_ROUNDS, r.analyseMillis(), r.articles(), 100 * r.share());
    }

    private static void print(PrintWriter out, Benchmark.Figures f) {
        List<Double> rates = f.rates();
        List<Benchmark.Span> rounds = f.rounds();
        double measured = rounds.stream().mapToDouble(Benchmark.Span::articles).sum();
        out.printf("%s: %.2f / %.2f / %.2f articles/s (min / median / max of %d rounds), %.0f tokens/s at the median;"
                        + " cold start %.1f s; models %.2f GiB after a full collection once loaded; peak heap %.2f GiB"
                        + " in use during its rounds; JIT %.1f%%, GC %.1f%% of the measured time; %.2f articles per"
                        + " CPU-second, %.2f per second of the analysing threads' CPU%n", f.name(),
                Collections.min(rates), f.medianRate(), Collections.max(rates), rates.size(),
                Benchmark.median(rounds.stream().map(Benchmark.Span::tokensPerSecond).toList()), f.coldSeconds(),
                f.loadedBytes() / (double) (1L << 30), f.peakHeapBytes() / (double) (1L << 30),
                100 * share(rounds, Benchmark.Span::jitSeconds), 100 * share(rounds, Benchmark.Span::gcSeconds),
                measured / rounds.stream().mapToDouble(Benchmark.Span::cpuSeconds).sum(),
                measured / rounds.stream().mapToDouble(Benchmark.Span::threadSeconds).sum());
        List<Benchmark.Span> settling = f.settlingRounds();
        if (!f.settled()) {
            // On a busy machine the neighbours, not the JIT compiler, may keep two rounds apart.
            Benchmark.Span last = settling.get(settling.size() - 1);
            out.printf("note: %s's rate had not settled within %d settling rounds, %.0f s (the last two: %.2f and %.2f"
                            + " articles/s, the JIT compiler at work for %.0f%% of the last); its figures may still"
                            + " include the JIT compiler's work%n", f.name(), settling.size(),
                    settling.stream().mapToDouble(Benchmark.Span::seconds).sum(),
                    settling.get(settling.size() - 2).articlesPerSecond(), last.articlesPerSecond(),
                    100 * last.jitShare());
        }
        // Accord's caches (lemmas, CRF features, parser products) fill with the words of what it reads.
        out.printf("%s's first pass over the measured articles, whose words the settling rounds had not shown its"
                + " caches: %.2f articles/s%n", f.name(), f.firstPass().articlesPerSecond());
        out.flush();
    }

    /** The share of the measured rounds' wall time that {@code part} took. */
    private static double share(List<Benchmark.Span> rounds, ToDoubleFunction<Benchmark.Span> part) {
        return rounds.stream().mapToDouble(part).sum() / rounds.stream().mapToDouble(Benchmark.Span::seconds).sum();
    }
}
