package io.hatchery.web.security;

/**
 * The role sets of {@code docs/access-policy.md} as {@code @PreAuthorize} expressions, one source for every
 * service. They answer "which roles"; where (region, own carrier) is decided by the application layer.
 */
public final class Roles {

    /** Administration of a service: the province's administrator. */
    public static final String ADMINISTRATORS = "hasRole('PROVINCE_ADMIN')";

    /** Science officers, who write the register, plans and evaluations. */
    public static final String OFFICERS = "hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER')";

    /** Officers and carriers' operators: who manages firms and submits a carrier's figures. */
    public static final String OFFICERS_AND_OPERATORS = "hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', "
            + "'CARRIER_OPERATOR')";

    /** Who looks into a carrier's record: histories, evaluations, eligibility. */
    public static final String SUPERVISORS = "hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'CARRIER_OPERATOR', "
            + "'AUDITOR')";

    /** Who reads the register of carriers and firms: everyone but the statistics bureau's analysts. */
    public static final String REGISTER_READERS = "hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', "
            + "'CARRIER_OPERATOR', 'FUND_MANAGER', 'TALENT_OFFICER', 'AUDITOR')";

    /** Who records funds, investments and loans: officers, and fund managers for their own institution. */
    public static final String FUNDERS = "hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'FUND_MANAGER')";

    /** Who reads investors, funds and investments: funders and auditors. */
    public static final String FUNDING_READERS = "hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'FUND_MANAGER', "
            + "'AUDITOR')";

    /** Who takes part in financing requests: officers, operators for their firms, fund managers for their funds. */
    public static final String FINANCING_PARTIES = "hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', "
            + "'CARRIER_OPERATOR', 'FUND_MANAGER')";

    /** Who keeps the talent register: talent officers, and the province's administrator. */
    public static final String TALENT_KEEPERS = "hasAnyRole('PROVINCE_ADMIN', 'TALENT_OFFICER')";

    /** Who reads the talent register (personal data masked but for talent officers of the person's region). */
    public static final String TALENT_READERS = "hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'TALENT_OFFICER', "
            + "'AUDITOR')";

    /** Who records a carrier's mentors, staff and activities: officers, talent officers, its own operator. */
    public static final String CARRIER_REPORTERS = "hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'TALENT_OFFICER', "
            + "'CARRIER_OPERATOR')";

    /** Who manages the exchange's partners: the province's administrator. */
    public static final String EXCHANGE_ADMINISTRATORS = ADMINISTRATORS;

    /** Who keeps subscriptions: a partner's machine client for its own, and the province's administrator. */
    public static final String SUBSCRIBERS = "hasAnyRole('PROVINCE_ADMIN', 'PARTNER')";

    /** Who reads partners and subscriptions: subscribers and auditors. */
    public static final String EXCHANGE_READERS = "hasAnyRole('PROVINCE_ADMIN', 'PARTNER', 'AUDITOR')";

    /** Who sends facts in: partners' machine clients only, each for the types it is entitled to. */
    public static final String PARTNERS = "hasRole('PARTNER')";

    private Roles() {
    }
}
