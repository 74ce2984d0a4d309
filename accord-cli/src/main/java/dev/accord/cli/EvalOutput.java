package dev.accord.cli;

import dev.accord.model.AccordJson;
import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where {@code --out} writes a scorer's predictions: one JSON object a line beside its gold, or
 * nowhere when no file is given.
 */
final class EvalOutput implements AutoCloseable {

    private final BufferedWriter writer;

    private EvalOutput(BufferedWriter writer) {
        this.writer = writer;
    }

    static EvalOutput open(Path file, CommandLine commandLine) {
        if (file == null) {
            return new EvalOutput(null);
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            return new EvalOutput(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "cannot write predictions to " + file + ": "
                    + e.getMessage() + "; expected a writable file path for --out");
        }
    }

    /** Writes each value as one compact JSON line. */
    <T> Consumer<T> lines() {
        return value -> {
            if (writer == null) {
                return;
            }
            try {
                writer.write(AccordJson.compact(value));
                writer.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a prediction line", e);
            }
        };
    }

    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot finish the predictions file", e);
            }
        }
    }
}
