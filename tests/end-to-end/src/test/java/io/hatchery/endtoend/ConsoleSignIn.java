package io.hatchery.endtoend;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The console's local sign-in as a browser without JavaScript does it: a session cookie, the form's CSRF token. */
final class ConsoleSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private ConsoleSignIn() {
    }

    /** Signs the first demo user in and answers the page they land on: their region's overview. */
    static String overviewAfterSignIn(String gatewayUrl) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String form = browser.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(form);
            if (!csrf.find()) {
                throw new AssertionError("no sign-in form: " + form);
            }
            HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("user=0&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (landed.statusCode() != 200) {
                throw new AssertionError("after signing in: " + landed.statusCode() + " " + landed.body());
            }
            return landed.body();
        } catch (IOException e) {
            throw new AssertionError("the console did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
