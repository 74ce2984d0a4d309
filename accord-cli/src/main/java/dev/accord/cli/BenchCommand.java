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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code accord bench}: Accord's full extraction against plain CoreNLP with its default annotators, on
 * the same articles in one run. Accord runs first, from a JVM that has loaded nothing, so its time to
 * the first facts includes every model it loads.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures articles/s, tokens/s, peak heap and the time to the first article's facts, for "
                + "Accord's full extraction and for plain CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp) "
                + "on the same articles; the last line is the speedup. CoreNLP's coreference and relation models "
                + "need about 6 GiB of heap: the launcher gives bench 8 GiB unless ACCORD_JAVA_OPTS says otherwise.")
final class BenchCommand implements Callable<Integer> {

    /** Rounds of reading the dev pages; the median is printed. */
    private static final int PAGE_ROUNDS = 3;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "Articles: JSON Lines, WARC, a folder of text or HTML; default: ../shared/corpus/wikinews.jsonl.")
    Path file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Analyse the first N articles (default: ${DEFAULT-VALUE}, about three minutes with the baseline).")
    int limit;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Analyse N articles at once after the first (default: ${DEFAULT-VALUE}); both runs use it.")
    int threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "200",
            description = "Analyse N articles, untimed, before the throughput clock starts, so the JIT compiler's work"
                    + " falls outside it and each thread's caches are filled, as in a long job (default:"
                    + " ${DEFAULT-VALUE}; 0 to measure from a cold start); both runs use it, on the threads they"
                    + " measure. They are the file's articles after the measured ones, going round them again if N is"
                    + " larger, so that no measured article was seen before; the measured ones if the file has no"
                    + " others.")
    int warmUp;

    @Option(names = "--no-baseline", description = "Measure Accord only, for thread scaling or a small heap.")
    boolean noBaseline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1 || threads < 1 || warmUp < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --threads must be at least 1 and"
                    + " --warmup at least 0, got " + limit + ", " + threads + " and " + warmUp);
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
        out.printf("%d articles from %s, %d thread%s, %d warm-up article%s (%s)%n", corpus.articles().size(), input,
                threads, threads == 1 ? "" : "s", warmUp, warmUp == 1 ? "" : "s",
                rest.isEmpty() ? "the measured ones" : "the " + rest.size() + " after the measured ones");
        out.flush();
        Benchmark bench = new Benchmark(corpus.articles(), rest, threads, warmUp);
        Benchmark.Figures accord = bench.accord(CoreNlpAnnotator::shared);
        print(out, accord);
        printPageReading(out);
        if (noBaseline) {
            return Problems.report(err, "bench", concat(corpus.problems(), accord.problems()));
        }
        Benchmark.Figures plain = bench.plain("CoreNLP default", CoreNlpAnnotator::plainDefault);
        print(out, plain);
        out.printf("tokens: %d (Accord) and %d (CoreNLP), the same tokenizer%n", accord.tokens(), plain.tokens());
        out.printf("speedup vs CoreNLP default: %.1fx%n", accord.articlesPerSecond() / plain.articlesPerSecond());
        out.flush();
        return Problems.report(err, "bench", concat(corpus.problems(), concat(accord.problems(), plain.problems())));
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
        out.println(f.line());
        // The compiler's threads take cores from the analysis; on two cores this alone can cost a third.
        if (f.jitSeconds() > 0.1 * f.seconds()) {
            out.printf("note: the JIT compiler was compiling for %.0f%% of the measured span, so %s's figures are"
                    + " not yet those of a long job; a longer --warmup gives them%n",
                    100 * f.jitSeconds() / f.seconds(), f.name());
        }
        out.flush();
    }

    private static List<Problem> concat(List<Problem> a, List<Problem> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
