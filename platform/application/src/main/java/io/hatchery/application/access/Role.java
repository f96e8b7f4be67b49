package io.hatchery.application.access;

/** Platform roles carried in the JWT {@code roles} claim. */
public enum Role {
    PROVINCE_ADMIN,
    CITY_OFFICER,
    CARRIER_OPERATOR,
    FUND_MANAGER,
    TALENT_OFFICER,
    AUDITOR,
    ANALYST,
    /** A machine client of another department: its own subscriptions and inbound submissions only. */
    PARTNER
}
