package io.hatchery.application.access;

import java.util.Set;

/**
 * Who is calling: the token's subject, roles and jurisdiction. Controllers take it as a parameter; every event a
 * command produces records its subject.
 *
 * @param region  division code of the actor's jurisdiction, null if the token has none
 * @param carrier for a carrier's operator, the carrier whose firms they manage; else null
 */
public record Actor(String subject, Set<Role> roles, String region, String carrier) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
