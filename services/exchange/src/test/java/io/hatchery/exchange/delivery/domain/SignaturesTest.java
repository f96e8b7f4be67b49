package io.hatchery.exchange.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A receiver verifies a delivery's signature with the subscription's secret and refuses stale or altered ones. */
class SignaturesTest {

    private static final byte[] SECRET = "whsec-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "[{\"id\":\"1\"}]".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignatureVerifiesWithTheSecretWithinTheToleranceOnly() {
        String header = Signatures.header(SECRET, 1_764_000_000L, BODY);

        assertThat(header).matches("t=1764000000,v1=[0-9a-f]{64}");
        assertThat(Signatures.verify(SECRET, header, BODY, 1_764_000_100L, 300)).isTrue();
        assertThat(Signatures.verify(SECRET, header, BODY, 1_764_000_400L, 300)).as("a replay too late").isFalse();
        assertThat(Signatures.verify("another".getBytes(StandardCharsets.UTF_8), header, BODY, 1_764_000_000L, 300))
                .isFalse();
        assertThat(Signatures.verify(SECRET, header, "[]".getBytes(StandardCharsets.UTF_8), 1_764_000_000L, 300))
                .as("an altered body").isFalse();
        assertThat(Signatures.verify(SECRET, header.replace("t=1764000000", "t=1764000001"), BODY, 1_764_000_001L,
                300)).as("a moved timestamp").isFalse();
        assertThat(Signatures.verify(SECRET, "v1=abc", BODY, 1_764_000_000L, 300)).isFalse();
        assertThat(Signatures.verify(SECRET, null, BODY, 1_764_000_000L, 300)).isFalse();
    }
}
