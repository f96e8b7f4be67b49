package io.hatchery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In production the console signs officials in with the deployment's OpenID Connect provider: the authorization
 * code flow starts at the provider with the console's client, a state and PKCE, and the local picker is not there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "hatchery.console.sign-in=oidc",
    "spring.security.oauth2.client.registration.hatchery.client-id=hatchery-console",
    "spring.security.oauth2.client.registration.hatchery.client-secret=secret",
    "spring.security.oauth2.client.registration.hatchery.authorization-grant-type=authorization_code",
    "spring.security.oauth2.client.registration.hatchery.scope=openid,profile",
    "spring.security.oauth2.client.registration.hatchery.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
    "spring.security.oauth2.client.provider.hatchery.authorization-uri=https://sso.example.gov.cn/authorize",
    "spring.security.oauth2.client.provider.hatchery.token-uri=https://sso.example.gov.cn/token",
    "spring.security.oauth2.client.provider.hatchery.jwk-set-uri=https://sso.example.gov.cn/jwks",
    "spring.security.oauth2.client.provider.hatchery.user-name-attribute=sub"})
class OidcSignInTest {

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSignInStartsTheAuthorizationCodeFlowAtTheProvider() throws Exception {
        assertThat(get("/").headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).endsWith("/sign-in"));
        HttpResponse<String> page = get("/sign-in");
        assertThat(page.body()).contains("/oauth2/authorization/hatchery").doesNotContain("name=\"user\"");
        assertThat(get("/sign-in").statusCode()).isEqualTo(200);

        HttpResponse<String> start = get("/oauth2/authorization/hatchery");
        assertThat(start.statusCode()).isEqualTo(302);
        String location = start.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("https://sso.example.gov.cn/authorize?").contains("response_type=code",
                "client_id=hatchery-console", "scope=openid%20profile", "state=", "code_challenge=",
                "code_challenge_method=S256", "redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/hatchery");
    }
}
