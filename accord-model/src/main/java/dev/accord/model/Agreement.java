package dev.accord.model;

import java.util.List;
import java.util.Objects;

/**
 * A declaration, treaty, memorandum, contract or joint statement, as a fact of its own.
 *
 * @param id         stable within the article: {@code agreement:} and a slug of its name
 * @param name       its name as the text gives it ("Astana Declaration"), or a description
 * @param kind       declaration, treaty, memorandum, agreement, contract, joint statement, charter, ...
 * @param status     SIGNED when an event signs or adopts it, PROMISED when one promises it, MENTIONED
 *                   otherwise
 * @param parties    the actor ids of its parties; an IGO's members when the text says they signed
 * @param date       when it was signed, or {@code null}
 * @param place      where, or {@code null}
 * @param signedAt   the name of the event (a summit) it was signed at, or {@code null}
 * @param topics     codes of the themes named in the sentences that name or sign it ("trade", "energy")
 * @param events     the ids of the SUPPORT (signed) or AGREE (promised) events about it
 * @param mentions   where the text names it
 * @param provenance the stage that found it
 */
public record Agreement(String id, String name, String kind, String status, List<String> parties, EventDate date,
                        EventPlace place, String signedAt, List<String> topics, List<String> events,
                        List<Evidence> mentions, Provenance provenance) {

    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        parties = List.copyOf(parties);
        topics = List.copyOf(topics);
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("agreement " + id + " has no mentions; expected at least one");
        }
    }
}
