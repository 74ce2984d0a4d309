package dev.accord.model;

import java.util.List;
import java.util.Objects;

/**
 * Something an actor said, with the words that say it and who said it.
 *
 * @param id             stable within the article: {@code q} and the begin offset of the first part
 * @param kind           direct or reported
 * @param parts          the quoted or reported words, in text order; a quote split by "she said" or
 *                       running over several paragraphs has several parts; never empty
 * @param speaker        the speaking actor's id, or {@code null} where the text names no speaker Accord
 *                       could resolve
 * @param speakerMention the words naming the speaker at this quote ("she", "Shaimergenova"), or
 *                       {@code null}
 * @param cue            the verb or phrase that attributes it ("said", "noted", "according to")
 * @param venue          where it was said, when the text gives it ("In an interview with CGTN in
 *                       Astana"), or {@code null}
 * @param official       true when the speaker speaks for a state or an IGO (a state, a government
 *                       official, an IGO or its officials); a think-tank director's words are claims, not
 *                       her country acting
 * @param onBehalfOf     the state (ISO alpha-3) or IGO (registry code) an official speaks for, else
 *                       {@code null}
 * @param provenance     the stage that found it
 */
public record Quote(String id, QuoteKind kind, List<Evidence> parts, String speaker, Evidence speakerMention,
                    Evidence cue, Evidence venue, boolean official, String onBehalfOf, Provenance provenance) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("quote " + id + " has no words; expected at least one part");
        }
    }

    /** The quoted words, parts joined by a space. */
    public String text() {
        return String.join(" ", parts.stream().map(Evidence::text).toList());
    }
}
