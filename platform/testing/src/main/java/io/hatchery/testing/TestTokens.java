package io.hatchery.testing;

import java.time.Duration;
import java.util.List;

/** Bearer tokens the services under test accept. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String token(String role, String region) {
        return token(role.toLowerCase() + "-" + region, List.of(role), region);
    }

    public static String token(String subject, List<String> roles, String region) {
        return TestInfrastructure.get().tokenIssuer().issue(subject, roles, region, Duration.ofHours(1));
    }

    /** A token of a carrier's operator, who manages that carrier's firms only. */
    public static String operatorToken(String carrierId, String region) {
        return TestInfrastructure.get().tokenIssuer().issue("operator-" + carrierId, List.of("CARRIER_OPERATOR"),
                region, carrierId, Duration.ofHours(1));
    }

    /** The value of an {@code Authorization} header. */
    public static String bearer(String role, String region) {
        return "Bearer " + token(role, region);
    }
}
