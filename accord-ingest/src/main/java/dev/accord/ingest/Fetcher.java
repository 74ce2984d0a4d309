package dev.accord.ingest;

import dev.accord.model.AccordVersion;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches web pages and feeds safely: with timeouts, a size limit, a redirect limit, a check of the
 * content type, a pause between requests to the same host, a User-Agent that names Accord, and a
 * refusal of private, loopback and link-local addresses (so a link in a feed cannot make Accord probe
 * the network it runs in) unless the policy allows them.
 *
 * <p>Addresses are checked when each hop is resolved; a host whose DNS answer changes between the
 * check and the connection could still reach a private address, which is why a server exposed to
 * untrusted feeds should also be firewalled.
 */
public final class Fetcher {

    /**
     * How fetching is limited.
     *
     * @param timeout          for connecting and for the whole response
     * @param maxBytes         the largest body accepted
     * @param maxRedirects     how many redirects are followed
     * @param allowPrivate     whether loopback, private and link-local addresses may be fetched
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

    /** The content types of what Accord reads; others (images, PDFs, video) are refused before download. */
    static final Set<String> ACCEPTED = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
            "application/json", "application/x-ndjson", "application/jsonl", "application/warc",
            "application/gzip", "application/x-gzip", "application/octet-stream");

    public static final String USER_AGENT = "Accord/" + AccordVersion.get()
            + " (news analysis; reads articles it is given, one request a second per host)";

    private final Policy policy;
    private final HttpClient client;
    private final Map<String, Long> lastRequest = new HashMap<>();

    public Fetcher(Policy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Fetches {@code url}, following redirects within the policy.
     *
     * @param inputName how the user named what is fetched, for problems
     * @throws UnreadableInputException naming what failed and what was expected
     */
    public Fetched fetch(String inputName, URI url) throws UnreadableInputException {
        URI current = url;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            checkAllowed(inputName, current);
            HttpResponse<InputStream> response = send(inputName, current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.headers().firstValue("location");
                closeQuietly(response.body());
                if (location.isEmpty()) {
                    throw new UnreadableInputException(inputName, "HTTP " + status + " from " + current
                            + " with no Location; expected a page or a redirect to one");
                }
                current = current.resolve(location.get().strip());
                continue;
            }
            try (InputStream body = response.body()) {
                if (status != 200) {
                    throw new UnreadableInputException(inputName, "HTTP " + status + " from " + current
                            + "; expected 200 OK");
                }
                String type = response.headers().firstValue("content-type").orElse("application/octet-stream");
                String base = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
                if (!ACCEPTED.contains(base)) {
                    throw new UnreadableInputException(inputName, "content type " + base + " from " + current
                            + "; expected a web page, a feed, text, JSON Lines or WARC");
                }
                long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
                if (declared > policy.maxBytes()) {
                    throw new UnreadableInputException(inputName, "response of " + declared + " bytes from "
                            + current + "; expected at most " + policy.maxBytes());
                }
                byte[] bytes = Input.readLimited(inputName, body, policy.maxBytes(), "at most "
                        + policy.maxBytes() + " bytes from " + current);
                return new Fetched(current, base, charset(type), bytes);
            } catch (IOException e) {
                throw new UnreadableInputException(inputName, "reading " + current + " failed (" + e + ")");
            }
        }
        throw new UnreadableInputException(inputName, "more than " + policy.maxRedirects() + " redirects from "
                + url + "; expected a page within " + policy.maxRedirects());
    }

    private HttpResponse<InputStream> send(String inputName, URI uri) throws UnreadableInputException {
        waitForHost(uri.getHost());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(policy.timeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new UnreadableInputException(inputName, "no answer from " + uri + " within "
                    + policy.timeout().toSeconds() + " s; expected a response");
        } catch (IOException e) {
            throw new UnreadableInputException(inputName, "cannot fetch " + uri + " (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableInputException(inputName, "fetching " + uri + " was interrupted");
        }
    }

    private void checkAllowed(String inputName, URI uri) throws UnreadableInputException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new UnreadableInputException(inputName, "URL " + uri + " is not http(s) with a host; expected "
                    + "an http:// or https:// address");
        }
        if (policy.allowPrivate()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new UnreadableInputException(inputName, "host " + uri.getHost() + " of " + uri
                    + " is unknown; expected a host with an address");
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                throw new UnreadableInputException(inputName, "host " + uri.getHost() + " of " + uri
                        + " is a private, loopback or link-local address (" + a.getHostAddress()
                        + "); expected a public address (allow private ones with --allow-private-hosts)");
            }
        }
    }

    /** Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, wildcard and multicast addresses. */
    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64 || (b[0] & 0xFF) == 0;
        }
        return a instanceof Inet6Address && (b[0] & 0xFE) == 0xFC;
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

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // The redirect's body is not needed; failing to close it loses nothing.
        }
    }
}
