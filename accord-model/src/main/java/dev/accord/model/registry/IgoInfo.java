package dev.accord.model.registry;

import java.util.List;
import java.util.Objects;

/**
 * An international organisation in the registry.
 *
 * @param code    its stable upper-case code ("SCO")
 * @param name    its full name
 * @param aliases abbreviations and variant spellings ("Shanghai Cooperation Organisation")
 * @param members member states by ISO alpha-3 (or member IGOs by code); {@code ["*"]} where membership is
 *                every UN member state
 * @param kind    a short description ("regional", "UN agency")
 */
public record IgoInfo(String code, String name, List<String> aliases, List<String> members, String kind) {

    public IgoInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }
}
