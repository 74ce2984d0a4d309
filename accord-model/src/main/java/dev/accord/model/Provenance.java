package dev.accord.model;

import java.util.Objects;

/**
 * Which stage made a fact, at which version and with which configuration, so that two runs can be
 * compared and a fact explained.
 *
 * @param stage      the extractor's stable name, such as {@code "entities"}
 * @param version    the Accord version that ran it
 * @param configHash the first 16 hex digits of the SHA-256 of the effective configuration
 */
public record Provenance(String stage, String version, String configHash) {

    public Provenance {
        requireText(stage, "stage");
        requireText(version, "version");
        requireText(configHash, "configHash");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("provenance " + name + " is blank; expected a value");
        }
    }
}
