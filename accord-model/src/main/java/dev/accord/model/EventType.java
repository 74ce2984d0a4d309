package dev.accord.model;

/**
 * The sixteen event types of PLOVER 2.0, from cooperation to conflict. {@link #score()} places each on
 * PLOVER's cooperation (positive) to conflict (negative) scale, for dyad summaries.
 */
public enum EventType {
    AGREE(6), CONSULT(4), SUPPORT(6), CONCEDE(4), COOPERATE(8), AID(7), RETREAT(4), REQUEST(-1),
    ACCUSE(-3), REJECT(-4), THREATEN(-6), PROTEST(-5), SANCTION(-6), MOBILIZE(-7), COERCE(-8), ASSAULT(-10);

    private final int score;

    EventType(int score) {
        this.score = score;
    }

    /** From -10 (armed assault) to +8 (material cooperation). */
    public int score() {
        return score;
    }

    /**
     * Which side of the scale the type stands on: above zero cooperation; a request (−1) asks without
     * opposing, so it is neither; below that, conflict. What the page colours types by.
     */
    public Side side() {
        return score > 0 ? Side.COOPERATION : score >= -1 ? Side.NEUTRAL : Side.CONFLICT;
    }

    /** The sides of PLOVER's cooperation–conflict scale. */
    public enum Side { COOPERATION, NEUTRAL, CONFLICT }
}
