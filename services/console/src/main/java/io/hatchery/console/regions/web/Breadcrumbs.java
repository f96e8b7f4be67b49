package io.hatchery.console.regions.web;

import io.hatchery.console.session.app.SignedInUser;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The way from the official's own region down to the one a page shows: the breadcrumb to go back up. */
@Component
public class Breadcrumbs {

    /** A step of the way; the last is the page's own region. */
    public record Crumb(String code, String name) {
    }

    private final RegionCatalog regions;

    public Breadcrumbs(RegionCatalog regions) {
        this.regions = regions;
    }

    public List<Crumb> to(String code, SignedInUser user) {
        List<Crumb> crumbs = new ArrayList<>();
        for (Region region : regions.selfAndAncestors(code)) {
            crumbs.add(0, new Crumb(region.code(), region.name()));
            if (region.code().equals(user.region())) {
                break;
            }
        }
        return crumbs;
    }

    public String name(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
