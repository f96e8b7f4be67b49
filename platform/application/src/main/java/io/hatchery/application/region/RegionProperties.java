package io.hatchery.application.region;

import io.hatchery.contracts.region.DeploymentZone;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's own statistical zones ({@code hatchery.regions.zones[n].id/name/parent}), added to the national
 * division table. Ids follow {@code <city code>-<slug>}, e.g. {@code 320900-yannan}.
 */
@ConfigurationProperties("hatchery.regions")
public class RegionProperties {

    private List<DeploymentZone> zones = new ArrayList<>();

    public List<DeploymentZone> getZones() {
        return zones;
    }

    public void setZones(List<DeploymentZone> zones) {
        this.zones = zones;
    }
}
