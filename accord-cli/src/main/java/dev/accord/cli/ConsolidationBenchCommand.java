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
                + "article at a time in memory, embeddings off, and prints for each size the mentions a second of "
                + "wall time and of the thread's processor time (and that as a ratio of the first size's: near 1 "
                + "means near-linear), the heap kept per mention and the scores against the synthetic truth.",
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
        out.printf("%10s %8s %8s %7s %11s %13s %7s %9s %9s %8s %7s %7s %8s%n", "mentions", "wall s", "CPU s",
                "GC s", "mentions/s", "per CPU-sec", "ratio", "heap MiB", "bytes/men", "events", "true", "CoNLL",
                "wrong");
        double first = 0;
        for (int n : sizes) {
            ConsolidationBenchmark.Run r = ConsolidationBenchmark.run(n, seed);
            if (first == 0) {
                first = r.mentionsPerCpuSecond();
            }
            CorefScores s = r.scores();
            out.printf("%10d %8.2f %8.2f %7.2f %11.0f %13.0f %7.2f %9.1f %9.0f %8d %7d %7.3f %8.4f%n", r.mentions(),
                    r.seconds(), r.cpuSeconds(), r.gcSeconds(), r.mentionsPerSecond(), r.mentionsPerCpuSecond(),
                    r.mentionsPerCpuSecond() / first, (r.streamBytes() + r.indexBytes()) / 1048576.0,
                    r.bytesPerMention(), r.events(), r.trueEvents(), s.conll(), s.wrongMergeRate());
            out.flush();
        }
        return 0;
    }
}
