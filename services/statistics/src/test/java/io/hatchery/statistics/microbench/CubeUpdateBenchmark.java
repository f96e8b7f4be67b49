package io.hatchery.statistics.microbench;

import io.hatchery.statistics.projection.domain.Cube;
import io.hatchery.statistics.projection.domain.Delta;
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

/** Booking one delta on its county, its city and the province, into a cube that already holds the province. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CubeUpdateBenchmark {

    static final int DELTAS = 20_000;

    private List<Delta> deltas;
    private Cube cube;

    @Setup
    public void fill() {
        deltas = SyntheticFacts.deltas(2026, DELTAS);
        cube = new Cube(SyntheticProvince.selfAndAncestors());
        for (Delta delta : deltas) {
            cube.apply(delta, 1);
        }
        cube.drainTouched();
    }

    /** Deltas per second; each is added and later taken out again, so the cube keeps its size. */
    @Benchmark
    @OperationsPerInvocation(2 * DELTAS)
    public Cube apply() {
        for (Delta delta : deltas) {
            cube.apply(delta, 1);
        }
        for (Delta delta : deltas) {
            cube.apply(delta, -1);
        }
        cube.drainTouched();
        return cube;
    }
}
