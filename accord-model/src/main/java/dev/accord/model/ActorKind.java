package dev.accord.model;

/** What kind of actor an {@link Actor} is. */
public enum ActorKind {
    /** A sovereign state, coded by ISO 3166-1 alpha-3. */
    STATE,
    /** An international organisation from the curated registry, coded by its stable code (SCO, EU, UN). */
    IGO,
    PERSON,
    /** A think tank, company, university, ministry or other organisation that is not an IGO or a medium. */
    ORGANIZATION,
    /** A broadcaster, newspaper or news agency. */
    MEDIA,
    /** A named programme or initiative ("Luban Workshops", "Belt and Road Initiative"). */
    INITIATIVE
}
