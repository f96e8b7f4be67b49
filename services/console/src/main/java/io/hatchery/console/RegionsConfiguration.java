package io.hatchery.console;

import io.hatchery.contracts.region.DeploymentZone;
import io.hatchery.contracts.region.RegionCatalog;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The deployment's regions (the national divisions and its zones), for breadcrumbs and names. */
@Configuration
@EnableConfigurationProperties(RegionsConfiguration.Zones.class)
public class RegionsConfiguration {

    /** The deployment's statistical zones, {@code hatchery.regions.zones}, as every service reads them. */
    @ConfigurationProperties("hatchery.regions")
    public record Zones(List<DeploymentZone> zones) {

        public Zones {
            zones = zones == null ? List.of() : List.copyOf(zones);
        }
    }

    @Bean
    RegionCatalog regionCatalog(Zones zones) {
        return RegionCatalog.withZones(zones.zones());
    }
}
