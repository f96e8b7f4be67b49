package io.hatchery.statistics.feed.events;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The changes topic's publication: whether this replica is the publisher, how many changes were acknowledged and
 * how many failed. DOWN while its last sends keep failing (the figures still serve; other departments' feed does
 * not), until a send succeeds or, with nothing left to send, two minutes after the last failure.
 */
@Component("changesFeed")
public class ChangesFeedHealthIndicator extends AbstractHealthIndicator {

    /** Failed sends in a row after which the feed counts as down. */
    static final long FAILURES_FOR_DOWN = 3;

    private static final Duration FAILURE_REMEMBERED = Duration.ofMinutes(2);

    private final ChangesTopicFeed feed;
    private final Clock clock;

    public ChangesFeedHealthIndicator(ChangesTopicFeed feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        ChangesTopicFeed.Status status = feed.status();
        boolean failing = status.consecutiveFailures() >= FAILURES_FOR_DOWN && status.lastFailure() != null
                && status.lastFailure().isAfter(clock.instant().minus(FAILURE_REMEMBERED));
        health.status(failing ? "DOWN" : "UP")
                .withDetail("publisher", status.publisher())
                .withDetail("acknowledged", status.acknowledged())
                .withDetail("failed", status.failed());
        if (status.lastFailure() != null) {
            health.withDetail("lastFailure", status.lastFailure().toString())
                    .withDetail("lastError", String.valueOf(status.lastError()));
        }
    }
}
