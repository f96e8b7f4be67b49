package io.hatchery.contracts.region;

/** Levels of the region tree. Statistics roll county and zone figures up to their city, cities to the province. */
public enum RegionLevel {
    PROVINCE,
    CITY,
    COUNTY,
    /** A functional zone with a national code (last two digits 71–80), e.g. a development zone. */
    FUNCTIONAL_ZONE,
    /** A statistical zone defined by the deployment, without a national code. */
    DEPLOYMENT_ZONE;

    /** Whether carriers can be located here: their statistical region is a county or a zone. */
    public boolean isStatisticalLeaf() {
        return this == COUNTY || this == FUNCTIONAL_ZONE || this == DEPLOYMENT_ZONE;
    }
}
