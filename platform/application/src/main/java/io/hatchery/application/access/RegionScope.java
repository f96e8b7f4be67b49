package io.hatchery.application.access;

import io.hatchery.contracts.region.RegionCatalog;

/**
 * Jurisdiction checks shared by all services. Everyone, a province administrator included, reads and writes only
 * inside the subtree of the region in their token: a city officer of 320900 covers its counties and zones, not a
 * neighbouring city; an administrator of 320000 covers Jiangsu, not Zhejiang. Which roles may use an endpoint at
 * all is the access policy's business ({@code docs/access-policy.md}); this class answers only "where".
 */
public class RegionScope {

    private final RegionCatalog regions;

    public RegionScope(RegionCatalog regions) {
        this.regions = regions;
    }

    public boolean covers(Actor actor, String region) {
        return actor.region() != null && region != null && regions.isWithin(region, actor.region());
    }

    /** @throws RegionAccessDeniedException when the region is outside the actor's jurisdiction */
    public void requireWrite(Actor actor, String region) {
        require(actor, region);
    }

    /** @throws RegionAccessDeniedException when the region is outside the actor's jurisdiction */
    public void requireRead(Actor actor, String region) {
        require(actor, region);
    }

    private void require(Actor actor, String region) {
        if (!covers(actor, region)) {
            throw new RegionAccessDeniedException(region, "region " + region + " is outside your jurisdiction ("
                    + (actor.region() == null ? "none" : actor.region()) + ")");
        }
    }
}
