package io.hatchery.application.access;

import io.hatchery.contracts.region.RegionCatalog;

/**
 * Jurisdiction checks shared by all services. A province administrator acts everywhere; everyone else reads and
 * writes only inside the subtree of the region in their token (a city officer of 320900 covers its counties and
 * zones, not a neighbouring city).
 */
public class RegionScope {

    private final RegionCatalog regions;

    public RegionScope(RegionCatalog regions) {
        this.regions = regions;
    }

    public boolean covers(Actor actor, String region) {
        if (actor.has(Role.PROVINCE_ADMIN)) {
            return true;
        }
        return actor.region() != null && regions.isWithin(region, actor.region());
    }

    /** @throws RegionAccessDeniedException when the region is outside the actor's jurisdiction */
    public void requireWrite(Actor actor, String region) {
        if (!covers(actor, region)) {
            throw new RegionAccessDeniedException(region, "region " + region + " is outside your jurisdiction ("
                    + (actor.region() == null ? "none" : actor.region()) + ")");
        }
    }

    /** @throws RegionAccessDeniedException when the region is outside the actor's jurisdiction */
    public void requireRead(Actor actor, String region) {
        requireWrite(actor, region);
    }
}
