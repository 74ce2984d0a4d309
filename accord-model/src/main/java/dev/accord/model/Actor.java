package dev.accord.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone who can act or speak in international relations: a state, an international organisation, a
 * person or an organisation, with every mention of it in the article.
 *
 * @param id           stable within the article: {@code state:KAZ}, {@code igo:SCO},
 *                     {@code person:gulnar-shaimergenova}, {@code organization:...}, {@code media:...},
 *                     {@code initiative:...}
 * @param kind         what kind of actor
 * @param name         its full name
 * @param code         ISO 3166-1 alpha-3 for a state, the registry code for an IGO, else {@code null}
 * @param country      the state it belongs to (ISO alpha-3); for an international organisation's official,
 *                     the organisation's code; {@code null} where unknown or not applicable (IGOs)
 * @param sector       what it is within its state, in CAMEO's sense: GOV, MIL, LEG, JUD, COP, BUS, MED,
 *                     EDU, NGO, IGO, ...; {@code null} where unknown
 * @param role         a person's role as the text or the registry gives it ("director", "President")
 * @param affiliation  the name of the organisation a person works for, as the text gives it
 * @param roleEvidence the words that give the role or affiliation, or {@code null} where the role came
 *                     from the registry or is absent
 * @param members      an IGO's member states (ISO alpha-3, or IGO codes) from the registry; empty otherwise
 * @param registered   true when the curated registry knows this actor
 * @param mentions     every mention, in text order; never empty
 * @param provenance   the stage that found it
 */
public record Actor(String id, ActorKind kind, String name, String code, String country, String sector,
                    String role, String affiliation, Evidence roleEvidence, List<String> members,
                    boolean registered, List<ActorMention> mentions, Provenance provenance) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provenance, "provenance");
        members = List.copyOf(members);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("actor " + id + " has no mentions; expected at least one");
        }
    }

    /**
     * Whether this actor speaks or acts for a state or an international organisation: a state itself, its
     * government's or military's people, an IGO or an IGO's officials.
     */
    public boolean official() {
        return kind == ActorKind.STATE || kind == ActorKind.IGO || "GOV".equals(sector) || "MIL".equals(sector)
                || "IGO".equals(sector);
    }
}
