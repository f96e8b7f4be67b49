package io.hatchery.console.session.app;

import java.io.Serializable;
import java.util.List;

/**
 * The official using the console, as the platform knows them: the claims of their token, and the token the
 * console presents to the APIs on their behalf. Kept in the server's session only; the browser holds a session
 * cookie, never the token.
 *
 * @param region  their jurisdiction (division code)
 * @param carrier for a carrier's operator, their carrier; else null
 */
public record SignedInUser(String name, List<String> roles, String region, String carrier, String investor,
        String token) implements Serializable {

    public SignedInUser {
        roles = List.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The first of the roles, for display. */
    public String role() {
        return roles.isEmpty() ? "" : roles.get(0);
    }

    /** Whether the user reads the register of carriers and firms (the statistics bureau's analysts do not). */
    public boolean readsRegister() {
        return roles.stream().anyMatch(role -> !role.equals("ANALYST") && !role.equals("PARTNER"));
    }
}
