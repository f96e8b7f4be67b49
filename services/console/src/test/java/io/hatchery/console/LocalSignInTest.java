package io.hatchery.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.devstack.LocalTokenEndpoint;
import io.hatchery.devstack.LocalTokenIssuer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console with its local sign-in, a real token endpoint of the devstack and a stub of the platform's APIs: who
 * may see what, what the official sees when the platform refuses, and that the token stays on the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalSignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final StubGateway GATEWAY = new StubGateway();
    private static final LocalTokenEndpoint TOKENS = LocalTokenEndpoint.start(LocalTokenIssuer.generate(), 0);
    private static final String FIGURES = """
            [{"region":"320900","indicator":"carriers.count","at":"2026-11-30","value":34},
             {"region":"320900","indicator":"investments.amount","from":"2026-01-01","to":"2026-11-30",
              "value":125000000}]""";

    @LocalServerPort
    int port;

    private HttpClient browser;

    @DynamicPropertySource
    static void localSignIn(DynamicPropertyRegistry properties) {
        properties.add("hatchery.console.sign-in", () -> "local");
        properties.add("hatchery.console.gateway-url", GATEWAY::url);
        properties.add("hatchery.console.local.token-url", TOKENS::url);
    }

    @AfterAll
    static void stop() {
        GATEWAY.close();
        TOKENS.close();
    }

    @BeforeEach
    void freshBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        GATEWAY.answer("/api/statistics/regions/320900/indicators", 200, FIGURES);
        GATEWAY.answer("/api/statistics/regions/320000/indicators", 403,
                "{\"status\":403,\"detail\":\"region 320000 is outside your jurisdiction (320900)\"}");
        GATEWAY.answer("/api/statistics/regions/320903/indicators", 401, "{\"status\":401,\"detail\":\"expired\"}");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signInAs(int user) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get("/sign-in").body());
        assertThat(csrf.find()).isTrue();
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=" + user + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageButTheSignInNeedsASignedInOfficial() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
        assertThat(get("/console/regions/320900").statusCode()).isEqualTo(302);

        HttpResponse<String> picker = get("/sign-in");
        assertThat(picker.statusCode()).isEqualTo(200);
        assertThat(picker.body()).contains("盐城市科技局", "江苏省科技厅");
        assertThat(picker.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'"));
    }

    @Test
    void signingInWithoutTheFormsTokenIsRefused() throws Exception {
        get("/sign-in");
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=0")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aSignedInCityOfficerSeesTheirRegionWithTheirTokenWhichNeverReachesTheBrowser() throws Exception {
        HttpResponse<String> signedIn = signInAs(1);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().allValues("Set-Cookie")).allMatch(cookie -> cookie.startsWith("HATCHERY_CONSOLE=")
                && cookie.contains("HttpOnly"));
        assertThat(get("/").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/console/regions/320900"));

        GATEWAY.authorizations.clear();
        HttpResponse<String> overview = get("/console/regions/320900");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("data-testid=\"figure-carriers.count\">34<",
                "data-testid=\"figure-investments.amount\">12,500<");
        String token = GATEWAY.authorizations.get(0).substring("Bearer ".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"盐城市科技局\"", "\"region\":\"320900\"", "\"CITY_OFFICER\"");
        assertThat(overview.body()).doesNotContain(token);
    }

    @Test
    void aRefusalOfThePlatformIsShownAsSuchAndAnExpiredTokenSignsTheOfficialOut() throws Exception {
        signInAs(1);

        HttpResponse<String> refused = get("/console/regions/320000");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("无权查看", "outside your jurisdiction");

        HttpResponse<String> expired = get("/console/regions/320903");
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).endsWith("/sign-in?expired"));
        assertThat(get("/console/regions/320900").statusCode()).as("the session ended").isEqualTo(302);
    }

    @Test
    void anUnknownDemoUserIsABadRequestOnTheSignInPage() throws Exception {
        HttpResponse<String> unknown = signInAs(99);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("no demo user 99");
    }

    @Test
    void englishOnRequest() throws Exception {
        assertThat(get("/sign-in?lang=en").body()).contains("<html lang=\"en\">", "Demo users");
        assertThat(get("/sign-in").body()).as("the choice is remembered").contains("Demo users");
    }
}
