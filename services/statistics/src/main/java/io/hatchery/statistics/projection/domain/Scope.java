package io.hatchery.statistics.projection.domain;

/** Which firms a firm indicator counts. */
public enum Scope {
    /** Firms being incubated on the date (the default). */
    INCUBATING,
    /** Every firm that was ever incubated, from its first admission on. */
    EVER_INCUBATED
}
