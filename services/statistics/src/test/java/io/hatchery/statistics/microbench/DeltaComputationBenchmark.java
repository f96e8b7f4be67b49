package io.hatchery.statistics.microbench;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.statistics.projection.domain.CarrierFacts;
import io.hatchery.statistics.projection.domain.Contributions;
import io.hatchery.statistics.projection.domain.FirmFacts;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Turning an entity's facts into its deltas, which the projection does after every event of that entity. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeltaComputationBenchmark {

    static final int ENTITIES = 4_096;

    private List<FirmFacts> firms;
    private List<CarrierFacts> carriers;
    private Map<String, CarrierKind> kinds;

    @Setup
    public void generate() {
        SyntheticFacts facts = new SyntheticFacts(2026, ENTITIES);
        firms = facts.firms();
        carriers = facts.carriers();
        kinds = facts.kinds();
    }

    /** Firms per second: admissions, incubation, graduation or exit, qualifications. */
    @Benchmark
    @OperationsPerInvocation(ENTITIES)
    public void firm(Blackhole deltas) {
        for (FirmFacts firm : firms) {
            deltas.consume(Contributions.ofFirm(firm, List.of(), List.of(), kinds::get));
        }
    }

    /** Carriers per second: existence by level, upgrades, designations, areas. */
    @Benchmark
    @OperationsPerInvocation(ENTITIES)
    public void carrier(Blackhole deltas) {
        for (CarrierFacts carrier : carriers) {
            deltas.consume(Contributions.ofCarrier(carrier));
        }
    }
}
