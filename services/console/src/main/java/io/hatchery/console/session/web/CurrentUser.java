package io.hatchery.console.session.web;

import io.hatchery.console.session.app.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in official of a request: the one the local sign-in put in the session, or the one the OpenID
 * Connect provider authenticated, with their current access token (refreshed when it expired).
 */
@Component
public class CurrentUser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OAuth2AuthorizedClientManager clients;

    public CurrentUser(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** The request attribute that keeps the official once resolved: the page's model and its controller both ask. */
    private static final String RESOLVED = CurrentUser.class.getName() + ".user";

    /** The official, or null when nobody is signed in; resolved once per request. */
    public SignedInUser of(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(RESOLVED) instanceof SignedInUser known) {
            return known;
        }
        SignedInUser user = resolve(request, response);
        if (user != null) {
            request.setAttribute(RESOLVED, user);
        }
        return user;
    }

    private SignedInUser resolve(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return null;
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        if (authentication instanceof OAuth2AuthenticationToken oidc
                && oidc.getPrincipal() instanceof OidcUser person) {
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(oidc.getAuthorizedClientRegistrationId()).principal(oidc)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response).build());
            if (client == null) {
                return null;
            }
            String token = client.getAccessToken().getTokenValue();
            Map<String, Object> claims = accessTokenClaims(token);
            String name = person.getFullName() != null ? person.getFullName() : person.getSubject();
            return new SignedInUser(name, roles(claims.getOrDefault("roles", person.getClaim("roles"))),
                    text(claims.getOrDefault("region", person.getClaim("region"))),
                    text(claims.getOrDefault("carrier", person.getClaim("carrier"))),
                    text(claims.getOrDefault("investor", person.getClaim("investor"))), token);
        }
        return null;
    }

    /**
     * The claims of a JWT access token, read (not verified: the APIs verify it) to show the official's role and
     * region; empty for an opaque token.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> accessTokenClaims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Map.of();
        }
        try {
            return JSON.readValue(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8),
                    Map.class);
        } catch (RuntimeException notJson) {
            return Map.of();
        }
    }

    private static List<String> roles(Object claim) {
        List<String> roles = new ArrayList<>();
        if (claim instanceof List<?> list) {
            list.forEach(role -> roles.add(String.valueOf(role)));
        } else if (claim != null) {
            roles.add(String.valueOf(claim));
        }
        return roles;
    }

    private static String text(Object claim) {
        return claim == null ? null : String.valueOf(claim);
    }
}
