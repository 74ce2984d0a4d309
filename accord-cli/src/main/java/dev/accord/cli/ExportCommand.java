package dev.accord.cli;

import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.EventExports;
import dev.accord.model.Modality;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.tables.ConsolidatedTables;
import dev.accord.model.tables.FactTable;
import dev.accord.store.FactStore;
import dev.accord.store.SearchQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code accord export}: every stored article with its facts, every event, or the record across articles
 * (consolidated events and their reports, GDELT's events and mentions tables), in a stable order.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store's facts: jsonl (one article with its facts a line), plover (PLOVER JSON "
                + "Lines, one event a line), cameo (GDELT-style tab-separated events with a header), events (one "
                + "consolidated event a line: type, actors, date, place, reports) or mentions (one report of a "
                + "consolidated event a line: event id, article, offsets, confidence).")
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, plover, cameo, events, mentions }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl, plover, cameo, events or mentions (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--encoding", paramLabel = "ENCODING",
            description = "For events and mentions: jsonl, csv or parquet (Parquet needs --out). Default: what "
                    + "--out's extension says (.csv, .parquet), else jsonl.")
    TableOutput.Encoding encoding;

    @Option(names = "--modality", paramLabel = "MODALITY", split = ",",
            description = "Only events of these modalities (plover and cameo): asserted, negated, future, "
                    + "hypothetical. Default: all.")
    Set<Modality> modalities = EnumSet.allOf(Modality.class);

    @Option(names = "--voice", paramLabel = "VOICE", defaultValue = "any",
            description = "Only events the article states itself (article) or a quoted speaker states (quoted); "
                    + "default: ${DEFAULT-VALUE}.")
    SearchQuery.Voice voice;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path outFile;

    @Option(names = "--machine", description = "The machine's facts, without analysts' corrections (for evaluation).")
    boolean machine;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (format == Format.events || format == Format.mentions) {
            return consolidated();
        }
        if (encoding != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--encoding " + encoding + " is for "
                    + "--format events or mentions; " + format + " has its own encoding");
        }
        int[] count = {0};
        try (FactStore db = store.open(); Writer w = open()) {
            if (format == Format.cameo) {
                w.write(EventExports.CAMEO_HEADER);
                w.write('\n');
            }
            // Analysts' corrections override the machine unless its original is asked for.
            Consumer<Consumer<ArticleFacts>> each = machine ? db::forEach
                    : db::forEachCurated;
            each.accept(facts -> {
                try {
                    count[0] += write(w, facts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (outFile != null) {
            spec.commandLine().getErr().printf("accord export: wrote %d %s to %s%n", count[0],
                    format == Format.jsonl ? "articles" : "events", outFile);
        }
        return 0;
    }

    /** Writes the consolidated events, or their reports, one a row, in the order of the events' ids. */
    private int consolidated() throws IOException {
        TableOutput.Encoding chosen = encoding != null ? encoding : TableOutput.Encoding.of(outFile);
        if (chosen == TableOutput.Encoding.parquet && outFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--encoding parquet writes a binary file; "
                    + "expected --out FILE.parquet");
        }
        int rows;
        try (FactStore db = store.open(); Writer w = chosen == TableOutput.Encoding.parquet ? null : open()) {
            rows = format == Format.events ? write(db, ConsolidatedTables.EVENTS, List::of, chosen, w)
                    : write(db, ConsolidatedTables.MENTIONS, ConsolidatedTables::reports, chosen, w);
        }
        if (outFile != null) {
            spec.commandLine().getErr().printf("accord export: wrote %d %s to %s%n", rows,
                    format == Format.events ? "consolidated events" : "reports of consolidated events", outFile);
        }
        return 0;
    }

    private <T> int write(FactStore db, FactTable<T> table, Function<ConsolidatedEvent, List<T>> rows,
                          TableOutput.Encoding chosen, Writer w) throws IOException {
        try (TableOutput<T> out = TableOutput.open(table, chosen, w, outFile)) {
            db.consolidation().forEachEvent(e -> rows.apply(e).forEach(row -> {
                try {
                    out.write(row);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }));
            return out.rows();
        }
    }

    /** Writes one article's lines; returns how many. */
    private int write(Writer w, ArticleFacts facts) throws IOException {
        if (format == Format.jsonl) {
            w.write(AccordJson.compact(facts));
            w.write('\n');
            return 1;
        }
        int n = 0;
        for (Event e : facts.events()) {
            if (modalities.contains(e.modality()) && (voice == SearchQuery.Voice.ANY
                    || (voice == SearchQuery.Voice.ARTICLE) == e.attribution().isArticle())) {
                w.write(format == Format.plover ? EventExports.plover(facts, e) : EventExports.cameo(facts, e));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private Writer open() throws IOException {
        if (outFile == null) {
            return new NonClosing(spec.commandLine().getOut());
        }
        return Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
    }

    /** Standard output stays open for picocli after the export. */
    private static final class NonClosing extends PrintWriter {
        NonClosing(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() {
            flush();
        }
    }
}
