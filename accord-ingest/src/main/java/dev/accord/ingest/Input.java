package dev.accord.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file, an http(s) URL, or standard input when both are {@code null}.
 *
 * @param name how the user named it, for messages and problem records
 * @param path the file, or {@code null}
 * @param url  the address to fetch, or {@code null}
 */
public record Input(String name, Path path, URI url) {

    /** Files above this size are refused: no news article is this long, and reading it would waste memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    public Input {
        Objects.requireNonNull(name, "name");
        if (path != null && url != null) {
            throw new IllegalArgumentException("input " + name + " is both a file and a URL; expected one");
        }
    }

    public Input(String name, Path path) {
        this(name, path, null);
    }

    public static Input standardInput() {
        return new Input("-", null, null);
    }

    public static Input url(URI url) {
        return new Input(url.toString(), null, url);
    }

    /** The name articles from this input are identified by: the file name, the URL, or {@code stdin}. */
    public String sourceName() {
        if (url != null) {
            return url.toString();
        }
        return path == null ? "stdin" : path.getFileName().toString();
    }

    /** The file's size in bytes, or -1 for standard input, a URL, or a file whose size cannot be read. */
    public long size() {
        if (path == null) {
            return -1;
        }
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Opens the file or standard input for streaming; URLs are fetched by {@link Fetcher} instead. */
    public InputStream open() throws IOException {
        if (url != null) {
            throw new IllegalStateException("input " + name + " is a URL; fetch it with a Fetcher");
        }
        return new BufferedInputStream(path == null ? System.in : Files.newInputStream(path), 1 << 16);
    }

    /** Reads the whole input, refusing anything over {@link #MAX_BYTES}. */
    public byte[] readAllBytes() throws UnreadableInputException {
        try (InputStream in = open()) {
            return readLimited(name, in, MAX_BYTES, "a single news article");
        } catch (IOException e) {
            throw new UnreadableInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads at most {@code limit} bytes of a stream, refusing more with what was expected instead. */
    static byte[] readLimited(String name, InputStream in, long limit, String expected)
            throws IOException, UnreadableInputException {
        byte[] bytes = in.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            throw new UnreadableInputException(name, "larger than " + limit / (1024 * 1024) + " MiB; expected "
                    + expected);
        }
        return bytes;
    }
}
