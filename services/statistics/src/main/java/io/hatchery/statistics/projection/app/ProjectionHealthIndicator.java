package io.hatchery.statistics.projection.app;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The projection's health: DOWN when its consumer has died; otherwise UP, with how far behind the topics it is
 * (lag), whether it has caught up since start, its checkpoint and any rebuild in progress.
 */
@Component("projection")
public class ProjectionHealthIndicator extends AbstractHealthIndicator {

    private final ProjectionEngine engine;

    public ProjectionHealthIndicator(ProjectionEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        ProjectionEngine.Status status = engine.status();
        health.status(engine.isServing() ? "UP" : "DOWN")
                .withDetail("generation", String.valueOf(status.generation()))
                .withDetail("caughtUp", status.caughtUp())
                .withDetail("lag", status.lag())
                .withDetail("eventsApplied", status.eventsApplied())
                .withDetail("eventsRejected", status.eventsRejected())
                .withDetail("lastCheckpoint", String.valueOf(status.lastCheckpoint()));
        if (status.lastEventTime() != null) {
            health.withDetail("lastEventTime", status.lastEventTime().toString());
        }
        if (status.rebuilding() != null) {
            health.withDetail("rebuilding", status.rebuilding()).withDetail("rebuildLag", status.rebuildLag());
        }
        if (status.failure() != null) {
            health.withDetail("reason", status.failure());
        }
    }
}
