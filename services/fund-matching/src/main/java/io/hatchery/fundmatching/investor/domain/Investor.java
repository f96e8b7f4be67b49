package io.hatchery.fundmatching.investor.domain;

import io.hatchery.contracts.funding.InvestorKind;

/**
 * An institution that invests or lends. Its contact is the institution's (switchboard, office mailbox), never a
 * person's.
 *
 * @param id        {@code investor-<USCC>}: one investor per institution
 * @param carrierId the carrier it operates, for a carrier's operator
 */
public record Investor(String id, String uscc, String name, InvestorKind kind, String region, String carrierId,
        String contactPhone, String contactEmail) {

    private static final String PREFIX = "investor-";

    public static String idOf(String uscc) {
        return PREFIX + uscc;
    }

    public boolean isBank() {
        return kind == InvestorKind.BANK;
    }
}
