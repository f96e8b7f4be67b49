package io.hatchery.statistics.projection.domain;

import java.util.Arrays;
import java.util.Optional;

/** The figures the statistics service answers; names are those used by plan targets and queries. */
public enum Indicator {
    CARRIERS_COUNT("carriers.count", Measure.STOCK, "carriers"),
    CARRIERS_CERTIFIED("carriers.certified", Measure.NEW, "carriers that reached a level (default: any level)"),
    CARRIERS_AREA("carriers.area", Measure.STOCK, "m² of all carriers"),
    CARRIERS_AREA_INCUBATION("carriers.area.incubation", Measure.STOCK, "m² used for incubation"),
    CARRIERS_AREA_ADDED("carriers.area.added", Measure.NEW, "m² added by new carriers and enlargements"),
    CARRIERS_SHARE_WITH_SERVICE("carriers.share_with_service", Measure.RATIO, "share of carriers offering a service"
            + " (filter service: PROFESSIONAL_TEAM, FINANCING or MENTORING; without it, any of them)"),
    FIRMS_INCUBATING("firms.incubating", Measure.STOCK, "firms being incubated"),
    FIRMS_ADMITTED("firms.admitted", Measure.NEW, "admissions"),
    FIRMS_GRADUATED("firms.graduated", Measure.NEW, "graduations"),
    FIRMS_EXITED("firms.exited", Measure.NEW, "exits without graduating"),
    FIRMS_TECH_SME("firms.tech_sme", Measure.STOCK, "firms with a valid tech-SME registration"),
    FIRMS_HIGH_TECH("firms.high_tech", Measure.STOCK, "firms with a valid high-tech certificate"),
    FIRMS_TECH_SME_SHARE("firms.tech_sme_share", Measure.RATIO, "share of incubated firms that are tech SMEs"),
    INVESTMENTS_COUNT("investments.count", Measure.NEW, "investments into firms"),
    INVESTMENTS_AMOUNT("investments.amount", Measure.NEW, "RMB yuan invested into firms"),
    EVALUATIONS_COUNT("evaluations.count", Measure.NEW, "carrier evaluations completed"),
    EVALUATIONS_GOOD_RATE("evaluations.good_rate", Measure.RATIO,
            "share of EXCELLENT and GOOD among the evaluations completed in the year up to the date"),
    INVESTORS_COUNT("investors.count", Measure.STOCK, "investing institutions (filter type: investor kind)"),
    FUNDS_COUNT("funds.count", Measure.STOCK, "funds established and not closed (filters type: fund kind, carrierLink)"),
    FUNDS_SIZE("funds.size", Measure.STOCK, "RMB yuan committed to funds"),
    FUNDS_ESTABLISHED("funds.established", Measure.NEW, "funds established"),
    LOANS_COUNT("loans.count", Measure.NEW, "policy loans to firms"),
    LOANS_AMOUNT("loans.amount", Measure.NEW, "RMB yuan lent to firms"),
    REQUESTS_OPEN("requests.open", Measure.STOCK, "open financing requests of firms"),
    MATCHES_PROPOSED("matches.proposed", Measure.NEW, "matches of funds or banks proposed for financing requests"),
    MATCHES_ACCEPTED("matches.accepted", Measure.NEW, "proposed matches a fund or bank accepted"),
    MATCHES_CONVERSION("matches.conversion", Measure.RATIO,
            "share of the matches accepted in the year up to the date whose fund or bank then funded the request"),
    TALENTS_COUNT("talents.count", Measure.STOCK, "people in the talent register (filter program: recognised by it)"),
    MENTORS_COUNT("mentors.count", Measure.STOCK, "people mentoring for carriers of the region"),
    OPERATING_TEAMS_CONTRACTED("operating_teams.contracted", Measure.NEW,
            "operating teams' contracts with carriers begun"),
    PLATFORMS_COUNT("platforms.count", Measure.STOCK, "talent and innovation platforms (filter type: platform kind)"),
    ACTIVITIES_COUNT("activities.count", Measure.NEW, "activities carriers held (filter type: activity kind)");

    private final String key;
    private final Measure measure;
    private final String description;

    Indicator(String key, Measure measure, String description) {
        this.key = key;
        this.measure = measure;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public Measure measure() {
        return measure;
    }

    public String description() {
        return description;
    }

    public static Optional<Indicator> byKey(String key) {
        return Arrays.stream(values()).filter(indicator -> indicator.key.equals(key)).findFirst();
    }
}
