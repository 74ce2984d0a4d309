package dev.accord.model;

import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.registry.StateInfo;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names of sovereign states and their ISO 3166-1 alpha-3 codes.
 *
 * <p>The JDK's {@link Locale} data gives every ISO country with its English name; the actor registry's
 * state names and aliases add the names news actually uses where they differ ("Russia" and "the
 * Russian Federation", "Britain").
 */
public final class Countries {

    private static final Map<String, String> BY_NAME = build();

    private Countries() {
    }

    /** The alpha-3 code of a state named {@code name}, ignoring case and a leading "the". */
    public static Optional<String> findCode(String name) {
        return Optional.ofNullable(BY_NAME.get(normalise(name)));
    }

    /** Like {@link #findCode} but throws naming the unknown state. */
    public static String expectCode(String name) {
        return findCode(name).orElseThrow(() ->
                new IllegalArgumentException("unknown state name '" + name + "': expected an English state name"));
    }

    /** Every known name, normalised, with its code. */
    public static Map<String, String> all() {
        return BY_NAME;
    }

    static String normalise(String name) {
        String n = name.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            String name = l.getDisplayCountry(Locale.ENGLISH);
            String iso3 = l.getISO3Country();
            m.put(normalise(name), iso3);
            // CLDR writes some names with a qualifier: "Myanmar (Burma)", "Congo - Kinshasa".
            int paren = name.indexOf(" (");
            if (paren > 0) {
                m.putIfAbsent(normalise(name.substring(0, paren)), iso3);
            }
        }
        // The registry's names win over the JDK's: it writes them as news does.
        for (StateInfo s : ActorRegistry.standard().states()) {
            m.put(normalise(s.name()), s.iso3());
            s.aliases().forEach(alias -> m.put(normalise(alias), s.iso3()));
        }
        return Collections.unmodifiableMap(m);
    }
}
