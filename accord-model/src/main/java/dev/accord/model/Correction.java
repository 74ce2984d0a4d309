package dev.accord.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An analyst's correction of the machine's facts about one article. Corrections are kept beside the
 * machine's output, never written over it: {@link Curation} applies them for every view and export, and
 * the machine's original stays for evaluation.
 *
 * @param id         the store's number for it, in the order corrections were made; 0 before it is stored
 * @param articleId  the article whose facts it corrects
 * @param action     what it does
 * @param factId     the fact it concerns (an event's, actor's, quote's ... id); {@code null} for
 *                   {@link Action#ADD_EVENT}
 * @param type       the event type it sets (RETYPE, ADD_EVENT), else {@code null}
 * @param actors     the actor ids it sets as an event's actors (SET_ACTORS, ADD_EVENT), else empty
 * @param recipients the actor ids it sets as an event's recipients (SET_ACTORS, ADD_EVENT), else empty
 * @param date       the TIMEX3 date value it sets (SET_DATE, optionally ADD_EVENT), else {@code null}
 * @param trigger    the words stating an added event (ADD_EVENT), else {@code null}
 * @param curator    who made it
 * @param at         when it was made
 * @param note       why, in the curator's words, or {@code null}
 */
public record Correction(long id, String articleId, Action action, String factId, EventType type,
                         List<String> actors, List<String> recipients, String date, CharSpan trigger,
                         String curator, Instant at, String note) {

    /** TIMEX3 calendar values a curator may set: a year, a month, a day or a week. */
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");

    /** What a correction does. */
    public enum Action {
        /** The fact is wrong: no view or export shows it. */
        REJECT,
        /** An event has another type. */
        RETYPE,
        /** An event has other actors and recipients. */
        SET_ACTORS,
        /** An event happened on another date. */
        SET_DATE,
        /** An event the machine missed. */
        ADD_EVENT
    }

    public Correction {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        actors = actors == null ? List.of() : List.copyOf(actors);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        note = note == null || note.isBlank() ? null : note.strip();
        if (curator == null || curator.isBlank()) {
            throw new IllegalArgumentException("correction of article " + articleId + " names no curator; "
                    + "expected who made it");
        }
        if (id < 0) {
            throw new IllegalArgumentException("correction id " + id + "; expected 0 (new) or more");
        }
        if (action == Action.ADD_EVENT ? factId != null : factId == null || factId.isBlank()) {
            throw new IllegalArgumentException("correction " + action + " of article " + articleId + " has fact id "
                    + factId + "; expected " + (action == Action.ADD_EVENT ? "none" : "the id of the fact it corrects"));
        }
        require(action == Action.RETYPE || action == Action.ADD_EVENT, type != null, "an event type", articleId, action);
        require(action == Action.SET_ACTORS || action == Action.ADD_EVENT, !actors.isEmpty(), "at least one actor",
                articleId, action);
        require(action == Action.SET_DATE, date != null, "a date", articleId, action);
        require(action == Action.ADD_EVENT, trigger != null, "the trigger's span", articleId, action);
        if (date != null && !DATE.matcher(date).matches()) {
            throw new IllegalArgumentException("correction " + action + " of article " + articleId + " has date '"
                    + date + "'; expected a TIMEX3 date such as 2025-06-17, 2025-06 or 2025");
        }
    }

    /** A new correction, numbered by the store when it is added. */
    public static Correction of(String articleId, Action action, String factId, EventType type, List<String> actors,
                                List<String> recipients, String date, CharSpan trigger, String curator,
                                String note) {
        return new Correction(0, articleId, action, factId, type, actors, recipients, date, trigger, curator,
                Instant.now(), note);
    }

    /** This correction with the number the store gave it. */
    public Correction withId(long storedId) {
        return new Correction(storedId, articleId, action, factId, type, actors, recipients, date, trigger, curator,
                at, note);
    }

    private static void require(boolean needed, boolean present, String what, String articleId, Action action) {
        if (needed && !present) {
            throw new IllegalArgumentException("correction " + action + " of article " + articleId + " has no "
                    + what + "; expected one");
        }
    }
}
