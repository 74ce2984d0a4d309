package dev.accord.cli;

import dev.accord.model.AccordJson;
import dev.accord.store.FactStore;
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
import java.util.concurrent.Callable;

/** {@code accord export}: every stored article with its facts, in a stable order. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every stored article with its facts, one JSON object a line, in a stable order.")
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl: one article with its facts a line (default).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path outFile;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int[] count = {0};
        try (FactStore db = store.open(); Writer w = open()) {
            db.forEach(facts -> {
                try {
                    w.write(AccordJson.compact(facts));
                    w.write('\n');
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (outFile != null) {
            spec.commandLine().getErr().printf("accord export: wrote %d articles to %s%n", count[0], outFile);
        }
        return 0;
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
