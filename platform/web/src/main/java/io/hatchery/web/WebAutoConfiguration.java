package io.hatchery.web;

import io.hatchery.application.ApplicationAutoConfiguration;
import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.web.command.IfMatch;
import io.hatchery.web.command.IfMatchResolver;
import io.hatchery.web.problem.ProblemDetailsAdvice;
import io.hatchery.web.problem.ProblemErrorController;
import io.hatchery.web.problem.ProblemErrorReportValve;
import io.hatchery.web.request.Headers;
import io.hatchery.web.request.RequestIdFilter;
import io.hatchery.web.security.ActorArgumentResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every Hatchery service's HTTP side shares. */
@AutoConfiguration(after = ApplicationAutoConfiguration.class,
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@Import({ProblemDetailsAdvice.class, ProblemErrorController.class})
public class WebAutoConfiguration {

    static {
        // the caller comes from the token, not from a query parameter: not part of any operation's contract
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer parameterResolvers() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
                resolvers.add(new IfMatchResolver());
            }

            /** A malformed Idempotency-Key is refused before any command runs, on every endpoint alike. */
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                            Object handler) {
                        String key = request.getHeader(Headers.IDEMPOTENCY_KEY);
                        if (key != null) {
                            Idempotency.requireWellFormed(key);
                        }
                        return true;
                    }
                });
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

    /** Documents every {@link IfMatch} parameter as the optional {@code If-Match} header it is read from. */
    @Bean
    OperationCustomizer ifMatchHeader() {
        return (operation, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (!parameter.hasParameterAnnotation(IfMatch.class)) {
                    continue;
                }
                String name = parameter.getParameterName();
                if (operation.getParameters() != null) {
                    operation.getParameters().removeIf(documented -> documented.getName().equals(name));
                }
                operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH).required(false)
                        .description("the ETag of the version the command was decided on; 409 if it changed since")
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }

    @Bean
    @ConditionalOnProperty("hatchery.parent-pid")
    ParentProcessWatchdog parentProcessWatchdog(ApplicationContext context,
            @Value("${hatchery.parent-pid}") long parentPid) {
        return new ParentProcessWatchdog(context, parentPid);
    }

    /** Tomcat's own refusals as problem details: its error report valve, replaced on the host. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
