package dev.accord.cli;

import dev.accord.ingest.Fetcher;
import dev.accord.ingest.WatchList;
import dev.accord.model.Problem;
import dev.accord.pipeline.Ingestion;
import dev.accord.pipeline.Watch;
import dev.accord.store.FactStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code accord watch}: keeps a list of feeds and pages current in the store ({@link Watch}), one line a
 * round. It runs until stopped, or for {@code --rounds}; stopped at any moment, a restart resumes from
 * the state the store keeps, with nothing lost and nothing stored twice.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Keeps feeds and pages current: polls each URL of LIST at its interval with conditional "
                + "requests, stores new articles as ingest does, backs off on errors and Retry-After, and prints "
                + "one line a round. Stopped and restarted, it resumes where it was.")
final class WatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "LIST",
            description = "An OPML file of feeds, or a plain list: one http(s) URL a line, optionally followed by "
                    + "its own interval (https://example.org/feed.xml 30m); lines starting with # are comments.")
    Path list;

    @Option(names = "--rounds", paramLabel = "N",
            description = "Stop after N rounds (a round polls every URL that is due); default: until stopped.")
    Integer rounds;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "30m", converter = Interval.class,
            description = "How often a URL whose entry gives no interval is polled (90s, 15m, 2h, 1d or PT15M; "
                    + "default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--max-backoff", paramLabel = "DURATION", defaultValue = "6h", converter = Interval.class,
            description = "The longest a failing URL is left before it is tried again, unless its server asks "
                    + "for longer with Retry-After (default: ${DEFAULT-VALUE}).")
    Duration maxBackoff;

    @Option(names = "--allow-private-hosts",
            description = "Allow fetching from loopback, private, link-local, shared and this machine's own "
                    + "addresses (refused by default, so that links in feeds cannot reach the local network).")
    boolean allowPrivateHosts;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds != null && rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds " + rounds
                    + "; expected 1 or more");
        }
        List<WatchList.Entry> entries;
        try {
            entries = WatchList.read(list);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the watch list " + list
                    + " (" + e + "); expected a readable OPML file or list of URLs");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        int[] problems = {0};
        try (FactStore db = store.open()) {
            Watch watch = new Watch(entries, db, article -> Engine.extractor(err).analyze(article),
                    Ingestion.Listener.SILENT, new Fetcher(Fetcher.Policy.DEFAULT.allowingPrivate(allowPrivateHosts)),
                    new Watch.Settings(interval, maxBackoff), Clock.systemUTC());
            out.printf("Watching %d URL%s from %s into %s.%n", entries.size(), entries.size() == 1 ? "" : "s", list,
                    store.where());
            out.flush();
            watch.run(rounds == null ? 0 : rounds, d -> Thread.sleep(d.toMillis()), round -> {
                out.println(line(round));
                out.flush();
                problems[0] += round.problems().size();
                for (Problem p : round.problems()) {
                    err.println("accord watch: " + p);
                }
                err.flush();
            });
        }
        return problems[0] == 0 ? 0 : AccordCommand.EXIT_SOME_FAILED;
    }

    /** The round's line: what was polled, what was new, what went wrong, and when the next poll is. */
    static String line(Watch.Round r) {
        return String.format("round %d: %d polled (%d unchanged, %d failed), %d new article%s, %d near-duplicate%s, "
                        + "%d problem%s; next poll %s", r.number(), r.polled(), r.unchanged(), r.failed(),
                r.stored(), plural(r.stored()), r.copies(), plural(r.copies()), r.problems().size(),
                plural(r.problems().size()), r.next().truncatedTo(ChronoUnit.SECONDS));
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** A {@code --interval} or {@code --max-backoff} value, as watch lists write them. */
    static final class Interval implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return WatchList.interval(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
