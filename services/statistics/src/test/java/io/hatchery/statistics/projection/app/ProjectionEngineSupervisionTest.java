package io.hatchery.statistics.projection.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.hatchery.application.refusal.TemporarilyUnavailableException;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.statistics.projection.store.CheckpointStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A generation that stops on a failure is replaced, so that the figures never stay frozen while the service looks
 * alive; and queries before the figures are loaded get a 503, not a 500.
 */
class ProjectionEngineSupervisionTest {

    /** The first reader dies at once (as on an Error in its thread); the next ones read and catch up. */
    private static final class FailingOnceReaders implements EventReaders {
        final AtomicInteger opened = new AtomicInteger();

        @Override
        public EventReader open(String generation, BatchSink sink) {
            boolean fails = opened.incrementAndGet() == 1;
            return new EventReader() {
                @Override
                public void start() {
                    if (fails) {
                        sink.readerFailed(new IllegalStateException("reader thread died"));
                    }
                }

                @Override
                public void stop() {
                }

                @Override
                public boolean isAlive() {
                    return !fails;
                }

                @Override
                public long lag() {
                    return fails ? -1 : 0;
                }

                @Override
                public boolean isCaughtUp() {
                    return !fails;
                }
            };
        }
    }

    private static ProjectionEngine engine(EventReaders readers) {
        CheckpointStore store = mock(CheckpointStore.class);
        when(store.load()).thenReturn(Optional.empty());
        Clock clock = Clock.systemUTC();
        return new ProjectionEngine(readers, new CheckpointScheduler(store,
                new StatisticsProperties(List.of(), Duration.ofMinutes(5), 500), clock),
                new ChangePublication(List.of(), clock), RegionCatalog.national(), new SimpleMeterRegistry(), clock);
    }

    @Test
    void aGenerationThatStoppedOnAFailureIsReplacedAndTheRestartIsReported() {
        FailingOnceReaders readers = new FailingOnceReaders();
        ProjectionEngine engine = engine(readers);

        engine.start();
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                ProjectionEngine.Status status = engine.status();
                assertThat(status.restarts()).isEqualTo(1);
                assertThat(status.generation()).isEqualTo("g2");
                assertThat(status.failure()).isNull();
                assertThat(status.caughtUp()).isTrue();
            });
            assertThat(engine.isServing()).isTrue();
            assertThat(readers.opened).hasValue(2);
        } finally {
            engine.stop();
        }
    }

    @Test
    void beforeTheFiguresAreLoadedAQueryIsToldToRetry() {
        ProjectionEngine engine = engine(new FailingOnceReaders());

        assertThatThrownBy(() -> engine.read(figures -> figures))
                .isInstanceOf(TemporarilyUnavailableException.class)
                .hasMessageContaining("being loaded");
    }
}
