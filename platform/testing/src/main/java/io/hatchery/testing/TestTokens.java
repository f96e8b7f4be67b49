package io.hatchery.testing;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Bearer tokens the services under test accept. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String token(String role, String region) {
        return token(role.toLowerCase(Locale.ROOT) + "-" + region, List.of(role), region);
    }

    /** A token with these roles; a fund manager's manages the investor {@code investor-<subject>}. */
    public static String token(String subject, List<String> roles, String region) {
        String investor = roles.contains("FUND_MANAGER") ? "investor-" + subject : null;
        return TestInfrastructure.get().tokenIssuer().issue(subject, roles, region, null, investor,
                Duration.ofHours(1));
    }

    /** A token of a fund manager, who manages that investor's funds only. */
    public static String fundManagerToken(String investorId, String region) {
        return TestInfrastructure.get().tokenIssuer().issue("manager-" + investorId, List.of("FUND_MANAGER"),
                region, null, investorId, Duration.ofHours(1));
    }

    /** A token of a carrier's operator, who manages that carrier's firms only. */
    /** A token of a partner's machine client, acting for that partner only. */
    public static String partnerToken(String partnerId, String region) {
        return TestInfrastructure.get().tokenIssuer().issue("client-" + partnerId, List.of("PARTNER"), region, null,
                null, partnerId, Duration.ofHours(1));
    }

    public static String operatorToken(String carrierId, String region) {
        return TestInfrastructure.get().tokenIssuer().issue("operator-" + carrierId, List.of("CARRIER_OPERATOR"),
                region, carrierId, Duration.ofHours(1));
    }

    /** The value of an {@code Authorization} header. */
    public static String bearer(String role, String region) {
        return "Bearer " + token(role, region);
    }
}
