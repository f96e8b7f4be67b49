package io.hatchery.console.session.web;

import io.hatchery.console.ConsoleProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Every page but the sign-in needs a signed-in official. Production signs in with OpenID Connect (authorization
 * code; the tokens stay in the server's session and are refreshed there); local runs with a picker of demo users.
 * Scripts come from the console only (no inline script), so an injected one does not run.
 */
@Configuration
public class SecurityConfiguration {

    static final String SIGN_IN = "/sign-in";

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleProperties properties,
            SecurityContextRepository contexts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(SIGN_IN, "/console/assets/**", "/console/webjars/**", "/actuator/health/**",
                        "/actuator/info", "/actuator/prometheus", "/error", "/favicon.ico").permitAll()
                .anyRequest().authenticated());
        http.securityContext(context -> context.securityContextRepository(contexts));
        http.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut"));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                        + "frame-ancestors 'none'")));
        if (properties.signIn() == ConsoleProperties.SignIn.LOCAL) {
            http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                    new LoginUrlAuthenticationEntryPoint(SIGN_IN)));
        } else {
            http.oauth2Login(login -> login.loginPage(SIGN_IN));
        }
        return http.build();
    }

    /** Gets, and refreshes when expired, the access token of an official signed in with OpenID Connect. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<OAuth2AuthorizedClientRepository> clients) {
        ClientRegistrationRepository registrationRepository = registrations.getIfAvailable();
        if (registrationRepository == null) {
            return request -> null;
        }
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(
                registrationRepository, clients.getObject());
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode()
                .refreshToken().build());
        return manager;
    }
}
