package dev.accord.cli;

import dev.accord.ingest.Fetcher;
import dev.accord.ingest.Input;
import dev.accord.ingest.Inputs;
import dev.accord.ingest.Sink;
import dev.accord.ingest.Sources;
import dev.accord.pipeline.Ingestion;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;

/** The inputs and the article options that {@code analyze} and {@code ingest} share. */
final class ReadOptions {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files, folders of them (searched recursively), http(s) URLs, or - for standard input. "
                    + "Each is read by its content: plain text, HTML, RSS or Atom feeds, WARC or WARC.gz, "
                    + "JSON Lines ({id, url, title, published, text}), any of them gzipped.")
    List<String> paths;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The articles' publication date; relative dates (\"in June\", \"on Monday\") are "
                    + "resolved against it. Default: the date the input gives (page metadata, feed, archive, "
                    + "URL, dateline, or an ISO date starting a text file's name), else none.")
    LocalDate date;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The article's headline; default: detected (page metadata; in text, a first line set "
                    + "apart, or repeated last lines).")
    String title;

    @Option(names = "--no-fetch",
            description = "Fetch nothing: refuse URL inputs and read feed items from their own content only.")
    boolean noFetch;

    @Option(names = "--allow-private-hosts",
            description = "Allow fetching from loopback, private, link-local, shared and this machine's own "
                    + "addresses (refused by default, so that links in feeds cannot reach the local network).")
    boolean allowPrivateHosts;

    private Sources sources;

    Inputs.Expansion expand() {
        return Inputs.expand(paths);
    }

    /** Reads every article in {@code input} into {@code sink}. */
    void read(Input input, Sink sink) {
        sources().read(input, options(), sink);
    }

    /** Reads every input into the store through {@code ingestion}. */
    void read(List<Input> inputs, Ingestion ingestion) {
        ingestion.read(inputs, sources(), options());
    }

    /** Bytes of the input being read taken so far ({@link Sources#position}). */
    long position() {
        return sources().position();
    }

    private Sources sources() {
        if (sources == null) {
            sources = new Sources(noFetch ? null
                    : new Fetcher(Fetcher.Policy.DEFAULT.allowingPrivate(allowPrivateHosts)));
        }
        return sources;
    }

    private Sources.Options options() {
        return new Sources.Options(date, title);
    }

    /** A title names one article; given with several inputs it is a usage error. */
    String titleConflict(int inputs) {
        return title != null && inputs > 1
                ? "--title names one article, but " + inputs + " inputs were given"
                : null;
    }
}
