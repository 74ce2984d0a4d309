package dev.accord.model;

/** How the text refers to an actor at one mention. */
public enum MentionKind {
    /** The actor's name, in full or as the text writes it: "Kazakhstan", "Gulnar Shaimergenova". */
    NAME,
    /** An acronym the text introduced or the registry knows: "SCO", "CGTN". */
    ACRONYM,
    /** A person's surname alone, after the full name: "Shaimergenova". */
    SURNAME,
    /** A personal pronoun resolved to a person: "she". */
    PRONOUN,
    /** A state's adjective or people: "Chinese", "Kazakhs". */
    DEMONYM,
    /** A capital standing for its government: "Beijing said". */
    CAPITAL,
    /** A state's institution: "the Kazakh government", "Chinese authorities". Carries a sector. */
    GOVERNMENT,
    /** A role noun standing for a person named before: "the director". */
    NOMINAL
}
