package io.hatchery.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every service is a stateless OAuth2 resource server: JWTs from the configured issuer (production) or signed by
 * the devstack key (local runs), roles from the {@code roles} claim. Health, metrics and API docs are open.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableMethodSecurity
public class SecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain hatcherySecurity(HttpSecurity http,
            @Value("${hatchery.security.serves-partners:false}") boolean servesPartners) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**", "/error").permitAll()
                        .anyRequest().access(authenticated(servesPartners)))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthenticated())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthenticated())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()));
        return http.build();
    }

    /**
     * Any authenticated caller, except that a partner's machine client (a token whose only role is PARTNER) is
     * served only by a service that serves partners ({@code hatchery.security.serves-partners}: the exchange). A
     * department's client reads nothing of the register or the statistics directly: it gets them through its
     * subscriptions, confined and redacted.
     */
    static AuthorizationManager<RequestAuthorizationContext> authenticated(boolean servesPartners) {
        AuthenticatedAuthorizationManager<RequestAuthorizationContext> authenticated =
                AuthenticatedAuthorizationManager.authenticated();
        return (authentication, context) -> {
            AuthorizationResult result = authenticated.authorize(authentication, context);
            if (result == null || !result.isGranted() || servesPartners) {
                return result;
            }
            // roles only: the authentication also carries factor authorities (FACTOR_BEARER)
            boolean partnerOnly = authentication.get().getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).filter(authority -> authority.startsWith("ROLE_"))
                    .allMatch("ROLE_PARTNER"::equals);
            return new AuthorizationDecision(!partnerOnly);
        };
    }

    /** A URL the firewall refuses (an encoded slash, a NUL) is a 400 problem, not the container's error page. */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler problemForRejectedRequests() {
        return ProblemSecurityHandlers.rejected();
    }

    static Converter<Jwt, AbstractAuthenticationToken> rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return jwt -> {
            RequiredClaims.check(ActorArgumentResolver.fromJwt(jwt));
            return converter.convert(jwt);
        };
    }
}
