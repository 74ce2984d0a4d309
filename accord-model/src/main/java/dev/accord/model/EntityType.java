package dev.accord.model;

/** The kinds of named entity Accord records. */
public enum EntityType {
    /** A sovereign state, coded by ISO 3166-1 alpha-3 where known. */
    STATE,
    /** A city, province, region or other place that is not a state. */
    PLACE,
    PERSON,
    /** A government body, company, think tank, broadcaster or international organisation. */
    ORGANIZATION,
    /** A nationality or demonym ("Chinese", "Kazakh"). */
    NATIONALITY,
    /** A named thing of another kind: an event, a document, a programme. */
    OTHER
}
