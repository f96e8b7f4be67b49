package io.hatchery.console;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the console signs officials in and where it finds the platform's APIs.
 *
 * @param gatewayUrl the gateway the console calls the APIs through, with the signed-in official's token
 * @param signIn     {@code oidc} (production: the deployment's OpenID Connect provider, registration
 *                   {@code spring.security.oauth2.client.registration.hatchery}) or {@code local} (a picker of
 *                   demo users whose tokens the devstack issues; never in production)
 * @param local      the local sign-in's token endpoint and users
 */
@ConfigurationProperties("hatchery.console")
public record ConsoleProperties(URI gatewayUrl, SignIn signIn, Local local) {

    public enum SignIn {
        OIDC,
        LOCAL
    }

    /** @param tokenUrl the devstack's token endpoint ({@code ./hatchery up} runs it on the loopback interface) */
    public record Local(URI tokenUrl, List<DemoUser> users) {

        public Local {
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    /** A user the local sign-in offers: a name for the picker, and the claims of the token it gets. */
    public record DemoUser(String name, String role, String region, String carrier, String investor) {
    }

    public ConsoleProperties {
        gatewayUrl = gatewayUrl == null ? URI.create("http://127.0.0.1:8080") : gatewayUrl;
        signIn = signIn == null ? SignIn.OIDC : signIn;
        local = local == null ? new Local(null, List.of()) : local;
    }
}
