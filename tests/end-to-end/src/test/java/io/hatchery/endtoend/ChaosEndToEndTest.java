package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.bench.chaos.Activities;
import io.hatchery.bench.chaos.ChaosPlatform;
import io.hatchery.bench.chaos.ChaosRun;
import io.hatchery.bench.chaos.Investments;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The short chaos run: registrations through the gateway while every service and the gateway are killed in turn
 * (and restarted by the supervisor, as {@code ./hatchery up} does) and the broker and Mongo are stopped and
 * started again. Nothing acknowledged is lost, nothing is stored twice, nothing refused is stored, and every
 * county's carrier count equals a brute-force count of the registrations on the topic. The long run is
 * {@code ./hatchery bench chaos --minutes N}.
 */
class ChaosEndToEndTest {

    @Test
    void faultsLoseNothingAcknowledgedAndCountNothingTwice() {
        try (ChaosPlatform platform = new ChaosPlatform(ServicesUnderTest.home(), System.out).start()) {
            int kinds = platform.processes().size() + 2;
            ChaosRun.Report report = new ChaosRun(platform, new ChaosRun.Settings(
                    Duration.ofSeconds(12L * (kinds + 1)), 15, Duration.ofSeconds(12), 16, 7)).execute();
            System.out.printf("Chaos: %d faults %s over %d commands (%d acknowledged, %d refused, %d unresolved,"
                    + " %d retries)%n", report.faultCount(), report.faults(), report.commands(),
                    report.acknowledged(), report.refused(), report.unresolved(), report.retries());

            assertThat(report.faults()).as("every process killed once, the broker and Mongo each stopped")
                    .hasSize(kinds);
            assertThat(report.problems()).isEmpty();
            assertThat(report.lost()).isZero();
            assertThat(report.doubled()).isZero();
            assertThat(report.refusedButStored()).isZero();
            assertThat(report.acknowledgedUnpublished()).isZero();
            assertThat(report.refused()).as("the invalid ones, refused").isPositive();
            assertThat(report.acknowledged() + report.refused() + report.unresolved()).isEqualTo(report.commands());
            report.figures().forEach((region, pair) -> assertThat(pair[0]).as(region).isEqualTo(pair[1]));
            Investments.Summary invested = report.investments();
            System.out.println("Chaos investments: " + invested);
            assertThat(invested.acknowledged()).as("investments acknowledged through the faults").isPositive();
            assertThat(invested.acknowledged() + invested.refused() + invested.unresolved())
                    .isEqualTo(invested.commands());
            assertThat(invested.registryRmb()).as("the registry counted each stored investment once")
                    .isEqualByComparingTo(invested.storedRmb());
            Activities.Summary held = report.activities();
            System.out.println("Chaos activities: " + held);
            assertThat(held.acknowledged()).as("activities acknowledged through the faults").isPositive();
            assertThat(held.acknowledged() + held.refused() + held.unresolved()).isEqualTo(held.commands());
            assertThat(held.counted()).as("the statistics counted each stored activity once")
                    .isEqualTo(held.stored());
        }
    }
}
