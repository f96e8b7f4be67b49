package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.bench.fuzz.Fuzzer;
import io.hatchery.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The bounded fuzz run: generated requests, valid and broken, against every operation of every service through
 * the gateway. Whatever the input: no 5xx, every refusal is problem details naming what is wrong, and a refused
 * command changes nothing. The long run is {@code ./hatchery bench fuzz --minutes N}.
 */
@Order(SharedPlatform.ORDER)
class FuzzEndToEndTest {

    private static final int REQUESTS = 2_500;

    private static ServicesUnderTest services;
    private static List<String> running;

    @BeforeAll
    static void startEveryService() {
        running = ServicesUnderTest.presentServices();
        services = SharedPlatform.get();
    }

    @Test
    void noInputGetsA5xxOrAnUnexplainedRefusalOrChangesAnythingWhenRefused() {
        String admin = TestTokens.token("PROVINCE_ADMIN", "320000");
        // The access matrix, on the same platform, opens Yancheng's municipal cycles of 2020 to 2025.
        Fuzzer fuzzer = new Fuzzer(services.gatewayUrl(), admin, 2019);
        Map<String, String> fixtures = fuzzer.createFixtures(running);
        List<String> tokens = List.of(admin, TestTokens.token("CITY_OFFICER", "320900"),
                TestTokens.operatorToken(fixtures.get("carrier"), "320900"), TestTokens.token("ANALYST", "320900"),
                TestTokens.token("PROVINCE_ADMIN", "330000"),
                TestTokens.fundManagerToken(fixtures.get("investor"), "320900"));

        Fuzzer.Report report = fuzzer.run(fuzzer.requests(running, tokens), REQUESTS, Duration.ofMinutes(6));
        System.out.printf("Fuzzed %d requests over %d operations: %s%n", report.requests(),
                report.byOperation().size(), report.byStatus());

        assertThat(report.violations()).as(report.violationCount() + " violations in " + report.requests()
                + " requests, by status " + report.byStatus() + ", unsent e.g. " + report.unsent()).isEmpty();
        assertThat(report.serverErrors()).isZero();
        assertThat(report.requests()).as("the run was cut short by its time limit").isEqualTo(REQUESTS);
        assertThat(report.byOperation().keySet()).as("every operation exercised")
                .containsExactlyInAnyOrderElementsOf(fuzzer.operations());
    }
}
