package dev.accord.consolidate;

/**
 * How consolidation decides that two event mentions report the same event.
 *
 * @param embeddings      whether the words around two triggers are compared by sentence embeddings as well as
 *                        by their shared words; needs a {@link SentenceEncoder}
 * @param threshold       the least score (0 to 1) at which two compatible event mentions link
 * @param dateSlackDays   how many days apart two dates may be and still be one (time zones, "overnight")
 * @param reportWindowDays how many days before its article's publication an event with no date of its own
 *                        may have happened
 */
public record ConsolidationSettings(boolean embeddings, double threshold, int dateSlackDays, int reportWindowDays) {

    /** The settings the scorer's figures in the README were measured with, embeddings on. */
    public static final ConsolidationSettings DEFAULT = new ConsolidationSettings(true, 0.55, 1, 7);

    public ConsolidationSettings {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("consolidation threshold " + threshold
                    + "; expected above 0, at most 1");
        }
        if (dateSlackDays < 0 || dateSlackDays > 7) {
            throw new IllegalArgumentException("date slack of " + dateSlackDays + " days; expected 0 to 7");
        }
        if (reportWindowDays < 0 || reportWindowDays > 31) {
            throw new IllegalArgumentException("report window of " + reportWindowDays + " days; expected 0 to 31");
        }
    }

    /** These settings with embeddings on or off. */
    public ConsolidationSettings withEmbeddings(boolean on) {
        return new ConsolidationSettings(on, threshold, dateSlackDays, reportWindowDays);
    }

    /** These settings with another threshold. */
    public ConsolidationSettings withThreshold(double value) {
        return new ConsolidationSettings(embeddings, value, dateSlackDays, reportWindowDays);
    }
}
