package dev.accord.model.registry;

import java.util.List;
import java.util.Objects;

/**
 * What the registry knows of a state: the words news uses for it.
 *
 * @param iso3       ISO 3166-1 alpha-3
 * @param name       the short English name news uses ("Kazakhstan", "United States")
 * @param adjectives adjectives and demonyms used as modifiers ("Kazakh", "Kazakhstani")
 * @param people     plural nouns for its people ("Kazakhs")
 * @param capitals   the seats of government news uses for its government ("Astana")
 * @param aliases    other names ("Russian Federation", "PRC")
 */
public record StateInfo(String iso3, String name, List<String> adjectives, List<String> people,
                        List<String> capitals, List<String> aliases) {

    public StateInfo {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        adjectives = List.copyOf(adjectives);
        people = List.copyOf(people);
        capitals = List.copyOf(capitals);
        aliases = List.copyOf(aliases);
    }
}
