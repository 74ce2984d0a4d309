package dev.accord.model;

/** Whether the text says an event happened, did not, will or might. */
public enum Modality {
    /** Reported as having happened or happening. */
    ASSERTED,
    /** Reported as not having happened ("did not sign"). */
    NEGATED,
    /** Announced, planned, hoped for or promised ("will sign", "hopes to expand"). */
    FUTURE,
    /** Conditional or possible ("if", "could", "may"). */
    HYPOTHETICAL
}
