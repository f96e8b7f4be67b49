package io.hatchery.web;

import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.web.problem.ProblemDetailsAdvice;
import io.hatchery.web.region.RegionProperties;
import io.hatchery.web.request.EventContexts;
import io.hatchery.web.request.RequestIdFilter;
import io.hatchery.web.security.ActorArgumentResolver;
import io.hatchery.web.security.RegionScope;
import io.micrometer.tracing.Tracer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every Hatchery service's HTTP side shares. */
@AutoConfiguration
@EnableConfigurationProperties(RegionProperties.class)
@Import(ProblemDetailsAdvice.class)
public class WebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RegionCatalog regionCatalog(RegionProperties properties) {
        return RegionCatalog.withZones(properties.getZones());
    }

    @Bean
    RegionScope regionScope(RegionCatalog regions) {
        return new RegionScope(regions);
    }

    @Bean
    EventContexts eventContexts(ObjectProvider<Tracer> tracer) {
        return new EventContexts(tracer.getIfAvailable());
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer actorParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI hatcheryOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("Hatchery " + service + " API").version("v1")
                        .description("Errors are RFC 9457 problem details; creating commands accept Idempotency-Key."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    @ConditionalOnProperty("hatchery.parent-pid")
    ParentProcessWatchdog parentProcessWatchdog(ApplicationContext context,
            @Value("${hatchery.parent-pid}") long parentPid) {
        return new ParentProcessWatchdog(context, parentPid);
    }
}
