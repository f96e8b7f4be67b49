package io.hatchery.web.security;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.Role;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * The claims a token's roles need. Every jurisdiction is a region, so every token carries {@code region}; a
 * carrier's operator also carries {@code carrier}, a fund manager {@code investor} (the institution whose funds it
 * manages), a partner's machine client {@code partner} (the department it acts for). A token without them is refused as
 * a whole (401): a missing claim never reads as "everywhere". A token of another application, with none of Hatchery's
 * roles, is refused too.
 */
final class RequiredClaims {

    private RequiredClaims() {
    }

    static void check(Actor actor) {
        if (actor.roles().isEmpty()) {
            throw new InvalidBearerTokenException("the token carries none of Hatchery's roles in its 'roles' claim");
        }
        if (actor.region() == null || actor.region().isBlank()) {
            throw new InvalidBearerTokenException("the token has no 'region' claim; every role acts in a region");
        }
        if (actor.has(Role.CARRIER_OPERATOR) && (actor.carrier() == null || actor.carrier().isBlank())) {
            throw new InvalidBearerTokenException("the token has the role CARRIER_OPERATOR but no 'carrier' claim");
        }
        if (actor.has(Role.FUND_MANAGER) && (actor.investor() == null || actor.investor().isBlank())) {
            throw new InvalidBearerTokenException("the token has the role FUND_MANAGER but no 'investor' claim");
        }
        if (actor.has(Role.PARTNER) && (actor.partner() == null || actor.partner().isBlank())) {
            throw new InvalidBearerTokenException("the token has the role PARTNER but no 'partner' claim");
        }
    }
}
