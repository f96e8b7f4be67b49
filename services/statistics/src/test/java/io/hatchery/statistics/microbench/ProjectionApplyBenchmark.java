package io.hatchery.statistics.microbench;

import io.hatchery.statistics.microbench.SyntheticProvince.Delivery;
import io.hatchery.statistics.projection.domain.Projection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole in-memory work of the projection per event, decoded: idempotency check, facts, deltas and cube. This
 * is the ceiling of the service's replay rate once decoding and Kafka are paid for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProjectionApplyBenchmark {

    static final int EVENTS = 50_000;

    private List<Delivery> deliveries;

    @Setup
    public void generate() {
        deliveries = SyntheticProvince.events(2026, EVENTS);
    }

    /** Events per second into a fresh projection, from the first event of the province on. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Projection apply() {
        Projection projection = new Projection(SyntheticProvince.selfAndAncestors());
        for (Delivery delivery : deliveries) {
            projection.apply(delivery.stream(), delivery.subject(), delivery.version(), delivery.event());
        }
        return projection;
    }
}
