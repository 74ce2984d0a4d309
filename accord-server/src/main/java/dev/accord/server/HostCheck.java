package dev.accord.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a request whose {@code Host} header names a host this server is not served as. A hostile page
 * can point a name of its own at 127.0.0.1 (DNS rebinding) and read the answers as its own origin; the
 * browser then sends that name as the Host, and this check refuses it.
 */
final class HostCheck {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "[::]");

    private final Set<String> allowed;

    /**
     * @param host  the host the server listens on; named hosts and addresses are served as themselves,
     *              the wildcard addresses as nothing more than loopback
     * @param extra further names the server is served as ({@code --allowed-hosts}), as a team server is
     */
    HostCheck(String host, List<String> extra) {
        Set<String> names = new LinkedHashSet<>(LOOPBACK);
        List<String> given = new ArrayList<>(extra);
        if (host != null && !WILDCARDS.contains(host)) {
            given.add(host);
        }
        for (String name : given) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.isEmpty() || n.contains("/") || n.contains(" ")) {
                throw new IllegalArgumentException("allowed host '" + name + "' is not a host name; expected a name "
                        + "or address such as accord.example.org or 10.0.0.5, without a scheme, port or path");
            }
            names.add(n.contains(":") && !n.startsWith("[") ? "[" + n + "]" : n);
        }
        this.allowed = Set.copyOf(names);
    }

    /** Throws the 421 answer unless {@code header}, a Host header with or without its port, is allowed. */
    void check(String header) {
        String name = header == null ? "" : hostOf(header.strip().toLowerCase(Locale.ROOT));
        if (!allowed.contains(name) && !name.endsWith(".localhost")) {
            throw new ApiException(421, "wrong_host", (header == null || header.isBlank()
                    ? "the request has no Host header" : "the request's Host header is '" + header + "'")
                    + "; this server answers only as " + String.join(", ", allowed.stream().sorted().toList())
                    + " (start it with --allowed-hosts NAME to serve it under another name)");
        }
    }

    private static String hostOf(String header) {
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            return end < 0 ? header : header.substring(0, end + 1);
        }
        int colon = header.indexOf(':');
        return colon < 0 ? header : header.substring(0, colon);
    }
}
