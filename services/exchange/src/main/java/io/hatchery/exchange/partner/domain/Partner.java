package io.hatchery.exchange.partner.domain;

/**
 * A department or neighbouring platform that exchanges data with the platform.
 *
 * @param jurisdiction the region subtree its data is confined to (a city's bureau: the city; a provincial one: the
 *                     province)
 * @param clientId     the OAuth2 client whose tokens act for it (claim {@code partner} = this partner's id)
 */
public record Partner(
        String id,
        String name,
        PartnerKind kind,
        String jurisdiction,
        Entitlements entitlements,
        String clientId) {
}
