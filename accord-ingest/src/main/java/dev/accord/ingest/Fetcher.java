package dev.accord.ingest;

import dev.accord.model.AccordVersion;
import dev.accord.model.Problem;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fetches web pages and feeds safely: with timeouts, a size limit, a redirect limit, a check of the
 * content type, a pause between requests to the same host, and a User-Agent that names Accord.
 *
 * <p>A link in a feed is chosen by whoever wrote the feed, so it must not make Accord probe the network it
 * runs in. At every hop, redirects included, the host is looked up once, every address it has is checked
 * ({@link Addresses}: loopback, private, link-local, shared and this machine's own addresses are refused
 * unless the policy allows them; unspecified, documentation, benchmarking, multicast and reserved ones
 * always), and the connection goes to an address that was checked, never to a second lookup's answer,
 * so a name that rebinds to a private address after the check does not reach it.
 *
 * <p>{@link #poll} makes conditional requests for callers that keep a URL current ({@code accord watch}).
 */
public final class Fetcher {

    /**
     * How fetching is limited.
     *
     * @param timeout          for connecting, for the status and headers, and for each read of the body
     * @param maxBytes         the largest body accepted
     * @param maxRedirects     how many redirects are followed
     * @param allowPrivate     whether loopback, private, link-local, shared and this machine's own addresses
     *                         may be fetched
     * @param perHostInterval  the least time between two requests to one host
     */
    public record Policy(Duration timeout, long maxBytes, int maxRedirects, boolean allowPrivate,
                         Duration perHostInterval) {

        public static final Policy DEFAULT = new Policy(Duration.ofSeconds(20), Input.MAX_BYTES, 5, false,
                Duration.ofSeconds(1));

        public Policy {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(perHostInterval, "perHostInterval");
            if (maxBytes < 1 || maxRedirects < 0 || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("fetch policy " + timeout + ", " + maxBytes + " bytes, "
                        + maxRedirects + " redirects; expected a positive timeout and size and no negative limit");
            }
        }

        public Policy allowingPrivate(boolean allow) {
            return new Policy(timeout, maxBytes, maxRedirects, allow, perHostInterval);
        }
    }

    /** A fetched response: the final URL after redirects, the body, and the declared charset if any. */
    public record Fetched(URI url, String contentType, String charset, byte[] body) {
    }

    /**
     * What a server said about the version of a resource it sent, to ask next time whether it changed.
     *
     * @param etag         the {@code ETag}, or {@code null}
     * @param lastModified the {@code Last-Modified} date as the server wrote it, or {@code null}
     */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** The answer to a conditional request: changed, unchanged, or failed. */
    public sealed interface Polled {
    }

    /** The resource changed (or was fetched for the first time): its content and its new validators. */
    public record Changed(Fetched fetched, Validators validators) implements Polled {
    }

    /** {@code 304 Not Modified}: nothing new since the validators were given. */
    public record Unchanged(URI url) implements Polled {
    }

    /**
     * The fetch failed.
     *
     * @param problem    the URL and what was wrong
     * @param retryAfter how long the server asked to be left alone ({@code Retry-After}), or {@code null}
     */
    public record Failed(Problem problem, Duration retryAfter) implements Polled {
    }

    /** The network as the fetcher sees it; tests give their own to show which address is connected to. */
    interface Network {

        Network SYSTEM = new Network() {
        };

        default InetAddress[] resolve(String host) throws UnknownHostException {
            return InetAddress.getAllByName(host);
        }

        default Socket connect(InetAddress address, int port, int timeoutMs) throws IOException {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), timeoutMs);
                return socket;
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }

        /** The addresses of this machine's interfaces, without IPv6 scopes. */
        default Set<InetAddress> own() {
            try {
                return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                        .map(a -> Addresses.literal(a.getAddress())).collect(Collectors.toSet());
            } catch (SocketException e) {
                // Loopback and private ranges are still refused; only a public address of this machine is missed.
                return Set.of();
            }
        }
    }

    /** The content types of what Accord reads; others (images, PDFs, video) are refused before download. */
    static final Set<String> ACCEPTED = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
            "application/json", "application/x-ndjson", "application/jsonl", "application/warc",
            "application/gzip", "application/x-gzip", "application/octet-stream");

    public static final String USER_AGENT = "Accord/" + AccordVersion.get()
            + " (news analysis; reads articles it is given, one request a second per host)";

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private final Policy policy;
    private final Network network;
    private final Map<String, Long> lastRequest = new HashMap<>();

    public Fetcher(Policy policy) {
        this(policy, Network.SYSTEM);
    }

    Fetcher(Policy policy, Network network) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.network = Objects.requireNonNull(network, "network");
    }

    /**
     * Fetches {@code url}, following redirects within the policy.
     *
     * @param inputName how the user named what is fetched, for problems
     * @throws UnreadableInputException naming what failed and what was expected
     */
    public Fetched fetch(String inputName, URI url) throws UnreadableInputException {
        try (Reached reached = exchange(inputName, url, Validators.NONE)) {
            URI at = reached.url();
            PinnedHttp response = reached.response();
            if (response.status() != 200) {
                throw new UnreadableInputException(inputName, "HTTP " + response.status() + " from " + at
                        + "; expected 200 OK");
            }
            return content(inputName, at, response);
        } catch (IOException e) {
            throw new UnreadableInputException(inputName, "closing the connection to " + url + " failed (" + e
                    + ")");
        }
    }

    /**
     * Asks for {@code url} unless it is unchanged since {@code known} were given ({@code If-None-Match},
     * {@code If-Modified-Since}), following redirects within the policy. Never throws: a failure is a
     * {@link Failed} with its reason and the server's {@code Retry-After}, if it gave one.
     */
    public Polled poll(String inputName, URI url, Validators known) {
        Objects.requireNonNull(known, "known");
        try (Reached reached = exchange(inputName, url, known)) {
            URI at = reached.url();
            PinnedHttp response = reached.response();
            int status = response.status();
            if (status == 304) {
                return new Unchanged(at);
            }
            if (status != 200) {
                return new Failed(new Problem(inputName, "HTTP " + status + " from " + at + "; expected 200 OK or "
                        + "304 Not Modified"), retryAfter(response.header("retry-after").orElse(null)));
            }
            Fetched fetched = content(inputName, at, response);
            return new Changed(fetched, new Validators(response.header("etag").orElse(null),
                    response.header("last-modified").orElse(null)));
        } catch (UnreadableInputException e) {
            return new Failed(e.problem(), null);
        } catch (IOException e) {
            return new Failed(new Problem(inputName, "closing the connection to " + url + " failed (" + e + ")"),
                    null);
        }
    }

    /**
     * A {@code Retry-After} value as a wait from now: seconds, or an HTTP date; {@code null} when absent or
     * unreadable (the caller's own back-off applies then).
     */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("[0-9]{1,10}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(Instant.now(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The response that is not a redirect, and the URL it came from; closing it closes the connection. */
    private record Reached(URI url, PinnedHttp response) implements java.io.Closeable {
        @Override
        public void close() throws IOException {
            response.close();
        }
    }

    /** Follows redirects to the response that is not one; the caller reads and closes it. */
    private Reached exchange(String inputName, URI url, Validators known) throws UnreadableInputException {
        URI current = url;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            PinnedHttp response = send(inputName, current, known);
            int status = response.status();
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.header("location");
                closeQuietly(response);
                if (location.isEmpty()) {
                    throw new UnreadableInputException(inputName, "HTTP " + status + " from " + current
                            + " with no Location; expected a page or a redirect to one");
                }
                try {
                    current = current.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    throw new UnreadableInputException(inputName, "HTTP " + status + " from " + current
                            + " redirects to '" + location.get() + "', which is not a URL; expected a URL");
                }
                continue;
            }
            return new Reached(current, response);
        }
        throw new UnreadableInputException(inputName, "more than " + policy.maxRedirects() + " redirects from "
                + url + "; expected a page within " + policy.maxRedirects());
    }

    private Fetched content(String inputName, URI at, PinnedHttp response) throws UnreadableInputException {
        String type = response.header("content-type").orElse("application/octet-stream");
        String base = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!ACCEPTED.contains(base)) {
            throw new UnreadableInputException(inputName, "content type " + base + " from " + at
                    + "; expected a web page, a feed, text, JSON Lines or WARC");
        }
        long declared = response.header("content-length").map(Fetcher::length).orElse(-1L);
        if (declared > policy.maxBytes()) {
            throw new UnreadableInputException(inputName, "response of " + declared + " bytes from "
                    + at + "; expected at most " + policy.maxBytes());
        }
        try {
            byte[] bytes = Input.readLimited(inputName, response.body(), policy.maxBytes(), "at most "
                    + policy.maxBytes() + " bytes from " + at);
            return new Fetched(at, base, charset(type), bytes);
        } catch (SocketTimeoutException e) {
            throw new UnreadableInputException(inputName, "the body from " + at + " stalled for more than "
                    + policy.timeout().toSeconds() + " s; expected it within the timeout");
        } catch (IOException e) {
            throw new UnreadableInputException(inputName, "reading " + at + " failed (" + e + ")");
        }
    }

    private static long length(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private PinnedHttp send(String inputName, URI uri, Validators known) throws UnreadableInputException {
        List<InetAddress> addresses = checked(inputName, uri);
        waitForHost(uri.getHost());
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"User-Agent", USER_AGENT});
        headers.add(new String[] {"Accept", ACCEPT});
        if (known.etag() != null) {
            headers.add(new String[] {"If-None-Match", known.etag()});
        }
        if (known.lastModified() != null) {
            headers.add(new String[] {"If-Modified-Since", known.lastModified()});
        }
        int timeout = (int) Math.min(Integer.MAX_VALUE, policy.timeout().toMillis());
        IOException last = null;
        for (InetAddress address : addresses) {
            Socket socket;
            try {
                socket = network.connect(address, PinnedHttp.port(uri), timeout);
            } catch (IOException e) {
                last = e;
                continue;
            }
            try {
                return PinnedHttp.get(socket, uri, headers, timeout);
            } catch (SocketTimeoutException e) {
                throw new UnreadableInputException(inputName, "no answer from " + uri + " within "
                        + policy.timeout().toSeconds() + " s; expected a response");
            } catch (IOException e) {
                throw new UnreadableInputException(inputName, "cannot fetch " + uri + " (" + e + ")");
            }
        }
        throw new UnreadableInputException(inputName, "cannot connect to " + uri + " at "
                + addresses.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", ")) + " ("
                + last + "); expected a server that answers");
    }

    /**
     * The addresses of {@code uri}'s host, looked up once and each checked, in the order to try them.
     *
     * @throws UnreadableInputException when the URL is not http(s), the host is unknown, or any of its
     *                                  addresses is refused (a name with one refused address is not trusted)
     */
    private List<InetAddress> checked(String inputName, URI uri) throws UnreadableInputException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new UnreadableInputException(inputName, "URL " + uri + " is not http(s) with a host; expected "
                    + "an http:// or https:// address");
        }
        InetAddress[] addresses;
        try {
            addresses = network.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw new UnreadableInputException(inputName, "host " + uri.getHost() + " of " + uri
                    + " is unknown; expected a host with an address");
        }
        Set<InetAddress> own = new HashSet<>(network.own());
        for (InetAddress a : addresses) {
            Optional<Addresses.Kind> refused = Addresses.refusal(a, own);
            if (refused.isPresent() && !(refused.get().local && policy.allowPrivate())) {
                throw new UnreadableInputException(inputName, "host " + uri.getHost() + " of " + uri
                        + " has the address " + a.getHostAddress() + ", " + refused.get().phrase
                        + "; expected a public address" + (refused.get().local
                        ? " (allow local ones with --allow-private-hosts)" : ""));
            }
        }
        return List.of(addresses);
    }

    private synchronized void waitForHost(String host) {
        long interval = policy.perHostInterval().toNanos();
        Long last = lastRequest.get(host);
        long now = System.nanoTime();
        // Sleep may wake early; loop until the interval has truly passed.
        while (last != null && now - last < interval) {
            try {
                long left = interval - (now - last);
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            now = System.nanoTime();
        }
        lastRequest.put(host, System.nanoTime());
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return null;
    }

    private static void closeQuietly(PinnedHttp response) {
        try {
            response.close();
        } catch (IOException e) {
            // The redirect's body is not needed; failing to close it loses nothing.
        }
    }
}
