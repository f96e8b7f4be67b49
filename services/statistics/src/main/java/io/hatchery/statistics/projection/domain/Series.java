package io.hatchery.statistics.projection.domain;

/** The flows kept in the cube; indicators are sums (stocks) or window sums (new) of one series. */
public enum Series {
    /** +1 while a carrier exists (registered, not delisted), by kind and level in force. */
    CARRIERS,
    /** +1 while a carrier that exists offers a service (tag: a service, or ANY), by its kind. */
    CARRIER_SERVICES,
    /** +1 when a certification raises a carrier's level, by kind, level before and level after. */
    CARRIER_UPGRADES,
    /** +1 while a carrier holds a designation (tag), by kind. */
    CARRIER_DESIGNATIONS,
    /** Total area in m² while the carrier exists, by kind. */
    CARRIER_AREA,
    /** Incubation area in m² while the carrier exists, by kind. */
    CARRIER_INCUBATION_AREA,
    /** Area added: at registration and at every enlargement, by kind. */
    CARRIER_AREA_ADDED,
    /** +1 while a firm is incubated, by its carrier's kind. */
    FIRMS_INCUBATING,
    FIRMS_ADMITTED,
    FIRMS_GRADUATED,
    FIRMS_EXITED,
    /** +1 while an incubated firm holds a valid tech-SME registration. */
    FIRMS_TECH_SME,
    /** +1 while an incubated firm holds a valid high-tech certificate. */
    FIRMS_HIGH_TECH,
    /** As {@link #FIRMS_TECH_SME} for every firm ever incubated, from its first admission on. */
    FIRMS_EVER_TECH_SME,
    FIRMS_EVER_HIGH_TECH,
    INVESTMENTS_COUNT,
    /** RMB yuan. */
    INVESTMENTS_AMOUNT,
    /** +1 per completed evaluation at its effective date, by the carrier's kind and the rating (tag). */
    EVALUATIONS,
    /** +1 from an investor's registration on, by its investor kind (tag). */
    INVESTORS,
    /** +1 while a fund exists (established, not closed), by fund kind (tag) and carrier link (level: see FundFacts). */
    FUNDS,
    /** RMB yuan committed to a fund while it exists, as resized; cells as {@link #FUNDS}. */
    FUNDS_SIZE,
    /** +1 at a fund's establishment; cells as {@link #FUNDS}. */
    FUNDS_ESTABLISHED,
    /** Loans to firms, where the firm was incubated on the day (else where it is registered), by carrier kind. */
    LOANS_COUNT,
    /** RMB yuan. */
    LOANS_AMOUNT,
    /** +1 while a financing request is open. */
    REQUESTS_OPEN,
    /** +1 per match proposed for a request, at its date. */
    MATCHES_PROPOSED,
    /** +1 per match accepted, at its date; tagged FUNDED when its fund or bank then funded the request. */
    MATCHES_ACCEPTED,
    /** +1 from a person's registration in the talent register on. */
    TALENTS,
    /** +1 while a programme (tag) recognises a person. */
    TALENT_RECOGNITIONS,
    /** +1 while a person mentors for a carrier, in the carrier's region (per region, however many carriers). */
    MENTORS,
    /** +1 when an operating team's contract with a carrier begins. */
    OPERATING_TEAMS_CONTRACTED,
    /** +1 while a talent or innovation platform runs, by kind (tag). */
    PLATFORMS,
    /** +1 per activity a carrier held, by kind (tag). */
    ACTIVITIES
}
