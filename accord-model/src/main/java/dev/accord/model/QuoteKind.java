package dev.accord.model;

/** Whether a quote gives the speaker's own words or reports them. */
public enum QuoteKind {
    /** Words inside quotation marks. */
    DIRECT,
    /** Reported speech: "X said that ...", "according to X, ...". */
    REPORTED
}
