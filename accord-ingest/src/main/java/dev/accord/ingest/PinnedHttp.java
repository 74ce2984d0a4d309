package dev.accord.ingest;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 GET over a socket that is already connected to the address the fetcher checked. The JDK's
 * clients ({@code HttpClient}, {@code HttpURLConnection}) look the host name up again when they connect,
 * and Java 17 gives them no resolver of their own, so a name whose DNS answer changes between the check
 * and the connection (DNS rebinding) would reach an address that was never checked. Here the name is
 * used only where it belongs: the {@code Host} header, TLS's SNI and the certificate check.
 *
 * <p>Only what fetching news needs: {@code Connection: close}, no compression asked for, bodies framed by
 * length, by chunks or by the end of the connection. Header lines and their number are bounded, so a
 * server cannot make a response without end before the body's own size limit applies.
 */
final class PinnedHttp implements Closeable {

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 200;

    private final Socket socket;
    private final int status;
    private final Map<String, List<String>> headers;
    private final InputStream body;

    private PinnedHttp(Socket socket, int status, Map<String, List<String>> headers, InputStream body) {
        this.socket = socket;
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /**
     * Sends a GET for {@code uri} over {@code connected} (TLS is started on it for https) and reads the
     * response's status and headers; the body is read from {@link #body()}.
     *
     * @param headers   request headers besides Host and Connection, name then value
     * @param timeoutMs the longest wait for any read, and for the status and headers together
     */
    static PinnedHttp get(Socket connected, URI uri, List<String[]> headers, int timeoutMs) throws IOException {
        String host = uri.getHost();
        Socket socket = connected;
        try {
            if ("https".equalsIgnoreCase(uri.getScheme())) {
                socket = tls(connected, host, port(uri));
            }
            socket.setSoTimeout(timeoutMs);
            OutputStream out = socket.getOutputStream();
            out.write(request(uri, headers).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
            while (true) {
                int status = statusLine(line(in, deadline, socket));
                Map<String, List<String>> fields = fields(in, deadline, socket);
                if (status >= 100 && status < 200) {
                    continue;
                }
                socket.setSoTimeout(timeoutMs);
                return new PinnedHttp(socket, status, fields, body(status, fields, in));
            }
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    int status() {
        return status;
    }

    /** The first value of a header; names are compared ignoring case. */
    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    InputStream body() {
        return body;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Socket tls(Socket plain, String host, int port) throws IOException {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, name, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        // The certificate must be the name's, though the socket was connected to an address.
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!name.contains(":") && !name.matches("[0-9.]+")) {
            parameters.setServerNames(List.of(new SNIHostName(name.endsWith(".")
                    ? name.substring(0, name.length() - 1) : name)));
        }
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static String request(URI uri, List<String[]> headers) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        StringBuilder r = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
        r.append("Host: ").append(uri.getHost()).append(uri.getPort() == -1 ? "" : ":" + uri.getPort()).append("\r\n");
        for (String[] h : headers) {
            r.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        return r.append("Connection: close\r\n\r\n").toString();
    }

    private static int statusLine(String line) throws IOException {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw new IOException("not an HTTP/1.x response (it began '" + abbreviate(line) + "')");
        }
        return Integer.parseInt(parts[1]);
    }

    private static Map<String, List<String>> fields(InputStream in, long deadline, Socket socket) throws IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int n = 0; ; n++) {
            String line = line(in, deadline, socket);
            if (line.isEmpty()) {
                return fields;
            }
            int colon = line.indexOf(':');
            if (n >= MAX_HEADERS || colon <= 0) {
                throw new IOException(n >= MAX_HEADERS ? "more than " + MAX_HEADERS + " response headers"
                        : "a malformed response header '" + abbreviate(line) + "'");
            }
            fields.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
    }

    private static InputStream body(int status, Map<String, List<String>> fields, InputStream in) throws IOException {
        if (status == 204 || status == 304) {
            return InputStream.nullInputStream();
        }
        String encoding = String.join(",", fields.getOrDefault("transfer-encoding", List.of()))
                .toLowerCase(Locale.ROOT);
        if (encoding.contains("chunked")) {
            return new Chunked(in);
        }
        List<String> length = fields.get("content-length");
        if (length != null && !length.isEmpty()) {
            try {
                return new Bounded(in, Long.parseLong(length.get(0).strip()));
            } catch (NumberFormatException e) {
                throw new IOException("a Content-Length of '" + abbreviate(length.get(0)) + "'", e);
            }
        }
        return in;
    }

    /** One line without its CR LF, read within the deadline when one is given (0: only each read's timeout). */
    private static String line(InputStream in, long deadline, Socket socket) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            if (deadline != 0) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new SocketTimeoutException("the response's headers took too long");
                }
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            }
            int b = in.read();
            if (b == -1) {
                throw new EOFException("the connection closed in the middle of the response's headers");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("a response line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** A body framed within the connection's stream; a single byte is read as a run of one. */
    private abstract static class Framed extends InputStream {
        final InputStream in;

        Framed(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }
    }

    /** A body of a known length; a connection that ends before it is an error, not a short body. */
    private static final class Bounded extends Framed {
        private long left;

        Bounded(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n == -1) {
                throw new EOFException("the connection closed " + left + " bytes before the end of the body");
            }
            left -= n;
            return n;
        }
    }

    /** A body sent in chunks (RFC 9112 section 7.1); trailers are read and dropped. */
    private static final class Chunked extends Framed {
        private long left;
        private boolean done;

        Chunked(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = line(in, 0, null).split(";", 2)[0].strip();
                try {
                    left = Long.parseLong(size, 16);
                } catch (NumberFormatException e) {
                    throw new IOException("a chunk size of '" + abbreviate(size) + "'", e);
                }
                if (left == 0) {
                    // Trailer fields carry nothing a reader of news uses; they end with an empty line.
                    String trailer;
                    do {
                        trailer = line(in, 0, null);
                    } while (!trailer.isEmpty());
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n == -1) {
                throw new EOFException("the connection closed in the middle of a chunk");
            }
            left -= n;
            if (left == 0 && !line(in, 0, null).isEmpty()) {
                throw new IOException("a chunk not followed by CR LF");
            }
            return n;
        }
    }
}
