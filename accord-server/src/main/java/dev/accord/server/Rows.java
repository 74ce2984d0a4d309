package dev.accord.server;

import dev.accord.model.ActorKind;
import dev.accord.model.EventType;

import java.util.List;
import java.util.Objects;

/**
 * The small rows the server's {@link Catalog} keeps for every article, so that event, actor and dyad views
 * over a large store answer without reading every article's facts again. They are derived from the
 * curated facts and rebuilt whenever an article is added or corrected.
 */
final class Rows {

    private Rows() {
    }

    /**
     * One actor taking part in an event.
     *
     * @param key   what its profile is opened by: a state's or IGO's code, else its actor id
     * @param name  its name
     * @param state the state (or IGO) it acts for, for dyads: its code or its country; {@code null} where unknown
     */
    record Participant(String key, String name, String state) {
        Participant {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
        }

        boolean is(String code) {
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
     */
    record EventRow(String articleId, String articleTitle, String eventId, EventType type, int score, String mode,
                    String date, String month, List<Participant> actors, List<Participant> recipients,
                    String trigger, String place, Double latitude, Double longitude, String modality,
                    boolean quoted, boolean curated, String event, int reports, int outlets) {
        EventRow {
            actors = List.copyOf(actors);
            recipients = List.copyOf(recipients);
        }

        boolean involves(String code) {
            return actors.stream().anyMatch(p -> p.is(code)) || recipients.stream().anyMatch(p -> p.is(code));
        }
    }

    /** One actor of one article, with how often the article mentions it. */
    record ActorRow(String key, String id, String name, ActorKind kind, String country, int mentions) {
    }

    /** One quote, with its speaker's name and profile key. */
    record QuoteRow(String articleId, String quoteId, String speakerKey, String speakerName, boolean official,
                    String onBehalfOf, String kind, String text) {
    }

    /**
     * One agreement, with its parties' profile keys and names: a consolidated agreement, from the article of its
     * first mention, or an article's agreement that no consolidation has reached yet.
     *
     * @param agreement the consolidated agreement's id, or {@code null} when not consolidated
     * @param reports   how many articles name it
     */
    record AgreementRow(String articleId, String agreementId, String name, String kind, String status,
                        List<Participant> parties, String date, String agreement, int reports) {
        AgreementRow {
            parties = List.copyOf(parties);
        }
    }

    /** What the catalog keeps of one article. */
    record ArticleRow(String id, String title, String published, String outlet, String source, List<String> actorKeys,
                      List<String> themes, List<String> eventTypes, List<EventRow> events, List<ActorRow> actors,
                      List<QuoteRow> quotes, List<AgreementRow> agreements) {
        ArticleRow {
            actorKeys = List.copyOf(actorKeys);
            themes = List.copyOf(themes);
            eventTypes = List.copyOf(eventTypes);
            events = List.copyOf(events);
            actors = List.copyOf(actors);
            quotes = List.copyOf(quotes);
            agreements = List.copyOf(agreements);
        }
    }
}
