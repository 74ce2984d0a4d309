package dev.accord.model;

import java.util.Objects;

/**
 * An input Accord could not read, with the reason: what was wrong and what was expected. Problems
 * are recorded, never dropped, so a batch can go on and the user can see what was left out.
 *
 * @param input  the input as the user named it: a path, {@code -} for standard input
 * @param reason one sentence a user can act on
 */
public record Problem(String input, String reason) {

    public Problem {
        requireText(input, "input");
        requireText(reason, "reason");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("problem " + name + " is blank; expected a value");
        }
    }

    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
