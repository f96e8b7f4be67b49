package io.hatchery.statistics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This process's name among the statistics replicas: its checkpoints are stored under it and its lease on the
 * changes topic is held in it. In Kubernetes the pod's name ({@code HOSTNAME}); set {@code hatchery.statistics.replica}
 * where several replicas share a host.
 */
@Component
public record StatisticsReplica(String name) {

    public StatisticsReplica(@Value("${hatchery.statistics.replica:${HOSTNAME:single}}") String name) {
        this.name = name;
    }
}
