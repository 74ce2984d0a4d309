package dev.accord.store;

import dev.accord.model.ActorKind;
import dev.accord.model.EventType;

import java.util.List;
import java.util.Objects;

/**
 * The rows the views read ({@link StoredViews}): small, derived from the curated facts and the consolidated
 * records, and rewritten in the transaction that changes what they derive from, so that event, actor and dyad
 * views over a large store answer without reading any article's facts.
 */
public final class ViewRows {

    private ViewRows() {
    }

    /**
     * One actor taking part in an event.
     *
     * @param key   what its profile is opened by: a state's or IGO's code, else its actor id
     * @param name  its name
     * @param state the state (or IGO) it acts for, for dyads: its code or its country; {@code null} where unknown
     */
    public record Participant(String key, String name, String state) {
        public Participant {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
        }

        public boolean is(String code) {
            return key.equals(code) || code.equals(state);
        }
    }

    /**
     * One curated event: a consolidated event with every report of it, or an article's event that no
     * consolidation has reached yet (a store made before consolidation, until {@code accord consolidate}).
     *
     * @param articleId the article of its first report (by key), whose words {@code trigger} are
     * @param eventId   that article's event
     * @param date      its TIMEX3 date value, or {@code null}
     * @param month     the calendar month it falls in ({@code 2025-06}), or {@code null} for coarser or no dates
     * @param score     its type's place on PLOVER's cooperation (+) to conflict (−) scale
     * @param event     the consolidated event's id, or {@code null} for an article's event not consolidated
     * @param reports   how many articles report it
     * @param outlets   how many distinct outlets report it
     * @param outlet    the outlet of the article of its first report, or {@code null}
     * @param url       that article's address, or {@code null} for a local file
     */
    public record EventRow(String articleId, String articleTitle, String eventId, EventType type, int score,
                           String mode, String date, String month, List<Participant> actors,
                           List<Participant> recipients, String trigger, String place, Double latitude,
                           Double longitude, String modality, boolean quoted, boolean curated, String event,
                           int reports, int outlets, String outlet, String url) {
        public EventRow {
            actors = List.copyOf(actors);
            recipients = List.copyOf(recipients);
        }

        public boolean involves(String code) {
            return actors.stream().anyMatch(p -> p.is(code)) || recipients.stream().anyMatch(p -> p.is(code));
        }
    }

    /** One actor of one article, with how often the article mentions it. */
    public record ActorRow(String key, String id, String name, ActorKind kind, String country, int mentions) {
    }

    /** One quote, with its speaker's name and profile key. */
    public record QuoteRow(String articleId, String quoteId, String speakerKey, String speakerName, boolean official,
                    String onBehalfOf, String kind, String text) {
    }

    /**
     * One agreement, with its parties' profile keys and names: a consolidated agreement, from the article of its
     * first mention, or an article's agreement that no consolidation has reached yet.
     *
     * @param agreement the consolidated agreement's id, or {@code null} when not consolidated
     * @param reports   how many articles name it
     */
    public record AgreementRow(String articleId, String agreementId, String name, String kind, String status,
                        List<Participant> parties, String date, String agreement, int reports) {
        public AgreementRow {
            parties = List.copyOf(parties);
        }
    }

    /**
     * One stored article as lists show it.
     *
     * @param url    where it was fetched from, or {@code null} for a local file
     * @param events how many events it reports
     */
    public record ArticleRow(String id, String title, String published, String outlet, String url, String source,
                             String language, List<String> actorKeys, List<String> themes, List<String> eventTypes,
                             int events) {
        public ArticleRow {
            actorKeys = List.copyOf(actorKeys);
            themes = List.copyOf(themes);
            eventTypes = List.copyOf(eventTypes);
        }
    }
}
