package dev.accord.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An area of cooperation or conflict the article is about, with the words that show it. The
 * taxonomy of codes is documented in {@code docs/themes.md}.
 *
 * @param code       the theme's stable code in lower case, {@code "trade"}, {@code "artificial-intelligence"}
 * @param label      its English label, {@code "Trade"}
 * @param evidence   every passage that names it, in text order; never empty
 * @param provenance the stage that assigned it
 */
public record Theme(String code, String label, List<Evidence> evidence, Provenance provenance) {

    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*");

    public Theme {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(provenance, "provenance");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("theme code '" + code + "' is not lower-case words joined by '-'");
        }
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("theme " + code + " has no evidence; expected at least one passage");
        }
    }

    /** Whether any of its evidence lies inside {@code span}: the theme of an event's or a quote's words. */
    public boolean within(CharSpan span) {
        return evidence.stream().anyMatch(e -> span.contains(e.span()));
    }
}
