package io.hatchery.application.access;

import java.util.Set;

/**
 * Who is calling: the token's subject, roles and jurisdiction. Controllers take it as a parameter; every event a
 * command produces records its subject.
 *
 * @param region  division code of the actor's jurisdiction, null if the token has none
 * @param carrier  for a carrier's operator, the carrier whose firms they manage; else null
 * @param investor for a fund manager, the investor (institution) whose funds they manage; else null
 * @param partner  for a partner's machine client, the partner (department) it acts for; else null
 */
public record Actor(String subject, Set<Role> roles, String region, String carrier, String investor,
        String partner) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the actor is the operator of this carrier (its token's {@code carrier} claim). */
    public boolean operates(String carrierId) {
        return has(Role.CARRIER_OPERATOR) && carrier != null && carrier.equals(carrierId);
    }

    /** Whether the actor manages this investor's funds (its token's {@code investor} claim). */
    public boolean manages(String investorId) {
        return has(Role.FUND_MANAGER) && investor != null && investor.equals(investorId);
    }

    /** Whether the actor is the machine client of this partner (its token's {@code partner} claim). */
    public boolean actsFor(String partnerId) {
        return has(Role.PARTNER) && partner != null && partner.equals(partnerId);
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
