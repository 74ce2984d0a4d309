package dev.accord.cli;

import dev.accord.eval.ConsolidationBenchmark;
import dev.accord.eval.CorefScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code accord bench-consolidation}: event mentions consolidated a second and the memory they take at growing
 * sizes of a synthetic news stream, each size's rate as a ratio of the first's.
 */
@Command(name = "bench-consolidation", mixinStandardHelpOptions = true,
        description = {"Consolidates synthetic streams of event mentions (" + ConsolidationBenchmark.MENTIONS_PER_DAY
                + " a day, actors drawn by a Zipf law over 200 states, each real event reported 1 to 8 times) one "
                + "article at a time in memory, embeddings off, and prints for each size the mentions a second "
                + "(and as a ratio of the first size's: near 1 means near-linear), the heap kept per mention and "
                + "the scores against the synthetic truth.",
                "The 1M size needs about 4 GiB of heap: ACCORD_JAVA_OPTS=\"-Xmx6g\"."})
final class ConsolidationBenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", paramLabel = "N", split = ",", defaultValue = "10000,100000,1000000",
            description = "How many mentions each run consolidates (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "15",
            description = "Seed of the synthetic stream (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000",
            description = "Mentions consolidated first and not measured, so the JIT compiler has settled "
                    + "(default: ${DEFAULT-VALUE}; 0: none).")
    int warmup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (int n : sizes) {
            if (n < 100) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--sizes " + n
                        + ": expected sizes of at least 100 mentions");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (warmup > 0) {
            ConsolidationBenchmark.run(warmup, seed + 1);
        }
        out.printf("%10s %9s %9s %12s %7s %10s %10s %9s %7s %8s %12s%n", "mentions", "articles", "seconds",
                "mentions/s", "ratio", "heap MiB", "bytes/men", "events", "true", "CoNLL", "wrong merges");
        double first = 0;
        for (int n : sizes) {
            ConsolidationBenchmark.Run r = ConsolidationBenchmark.run(n, seed);
            if (first == 0) {
                first = r.mentionsPerSecond();
            }
            CorefScores s = r.scores();
            out.printf("%10d %9d %9.2f %12.0f %7.2f %10.1f %10.0f %9d %7d %8.3f %12.4f%n", r.mentions(), r.articles(),
                    r.seconds(), r.mentionsPerSecond(), r.mentionsPerSecond() / first,
                    (r.streamBytes() + r.indexBytes()) / 1048576.0, r.bytesPerMention(), r.events(), r.trueEvents(),
                    s.conll(), s.wrongMergeRate());
            out.flush();
        }
        return 0;
    }
}
