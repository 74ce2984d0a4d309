package dev.accord.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file, or standard input when {@code path} is {@code null}.
 *
 * @param name how the user named it, for messages and problem records
 * @param path the file, or {@code null} for standard input
 */
public record Input(String name, Path path) {

    /** Files above this size are refused: no news article is this long, and reading it would waste memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    public Input {
        Objects.requireNonNull(name, "name");
    }

    public static Input standardInput() {
        return new Input("-", null);
    }

    /** The name articles from this input are identified by: the file name, or {@code stdin}. */
    public String sourceName() {
        return path == null ? "stdin" : path.getFileName().toString();
    }

    /** Reads the whole input, refusing anything over {@link #MAX_BYTES}. */
    public byte[] readAllBytes() throws UnreadableInputException {
        try (InputStream in = path == null ? System.in : Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UnreadableInputException(name, "larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB; expected a single news article");
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
