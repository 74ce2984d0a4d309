package dev.accord.ingest;

import dev.accord.model.Problem;

/** Thrown when an input cannot become an article; carries the {@link Problem} to record. */
public final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public UnreadableInputException(String input, String reason) {
        super(input + ": " + reason);
        this.problem = new Problem(input, reason);
    }

    public Problem problem() {
        return problem;
    }
}
