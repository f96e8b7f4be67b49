package io.hatchery.application;

import io.hatchery.application.access.RegionScope;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.region.RegionProperties;
import io.hatchery.contracts.region.RegionCatalog;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** What every service's application layer uses: the deployment's regions, jurisdiction checks, event contexts. */
@AutoConfiguration
@EnableConfigurationProperties(RegionProperties.class)
public class ApplicationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RegionCatalog regionCatalog(RegionProperties properties) {
        return RegionCatalog.withZones(properties.getZones());
    }

    @Bean
    @ConditionalOnMissingBean
    RegionScope regionScope(RegionCatalog regions) {
        return new RegionScope(regions);
    }

    @Bean
    @ConditionalOnMissingBean
    EventContexts eventContexts(ObjectProvider<Tracer> tracer) {
        return new EventContexts(tracer.getIfAvailable());
    }
}
