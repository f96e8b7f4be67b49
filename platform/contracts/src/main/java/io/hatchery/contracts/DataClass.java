package io.hatchery.contracts;

/**
 * How widely a field of an event may travel beyond the platform. Every property of every event schema carries one
 * ({@code x-data-class}); the exchange removes what a partner is not entitled to before delivery. Personal data of
 * people has no class because it never appears in an event at all.
 */
public enum DataClass {
    /** Facts published anyway: identities and kinds of carriers and firms, regions, dates, levels, ratings. */
    PUBLIC,
    /** Working data of the administration: institutions' ids, fund terms, team and talent attributes. */
    INTERNAL,
    /** Commercially sensitive or free-text data: amounts invested or earned, evidence, notes. */
    RESTRICTED
}
