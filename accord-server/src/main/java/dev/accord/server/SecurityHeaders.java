package dev.accord.server;

import java.util.Map;
import java.util.function.BiConsumer;

/** The headers every answer carries, the page's and the API's, errors included (Jetty's own among them). */
final class SecurityHeaders {

    /** The page only loads its own scripts and styles; nothing it shows can run as code. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {
    }

    /** Sets every security header through {@code header}, as name and value. */
    static void apply(BiConsumer<String, String> header) {
        ALL.forEach(header);
    }
}
