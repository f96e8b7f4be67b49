package io.hatchery.application.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.refusal.BusinessRuleViolation;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.registry.CarrierDesignated;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.InvalidCommand;
import io.hatchery.kernel.domain.RuleViolation;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.EventContext;
import io.hatchery.persistence.StaleAggregateVersionException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Load, check access, decide, one guarded write: against a Mongo-wire server, with concurrent writers. */
class CommandsTest {

    record Counter(String region, int value) {
    }

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;

    private final AggregateStore<Counter> store = new AggregateStore<>(mongo,
            "counters_" + UUID.randomUUID().toString().substring(0, 8), "counter", Counter.class, Counter::region,
            Clock.systemUTC());
    private final EventContext context = new EventContext("officer", null);

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "application-test");
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    private static Decision<Counter> increment(Counter counter) {
        return new Decision<>(new Counter(counter.region(), counter.value() + 1), List.of(new CarrierDesignated("c",
                Designation.BENCHMARK, "authority", LocalDate.of(2024, 1, 1))));
    }

    private Aggregate<Counter> created() {
        return store.create("c", new Counter("320903", 0), List.of(new CarrierDesignated("c", Designation.BENCHMARK,
                "authority", LocalDate.of(2024, 1, 1))), context, null);
    }

    @Test
    void withoutAnExpectedVersionACommandIsDecidedAgainOnWhatAConcurrentWriterLeft() {
        Aggregate<Counter> first = created();
        AtomicInteger decisions = new AtomicInteger();

        Aggregate<Counter> after = Commands.execute(store, "c", null, counter -> { }, counter -> {
            if (decisions.incrementAndGet() == 1) {
                store.update(first, new Counter("320903", 10), increment(first.state()).events(), context);
            }
            return increment(counter);
        }, context);

        assertThat(decisions).hasValue(2);
        assertThat(after.state().value()).isEqualTo(11);
        assertThat(after.version()).isEqualTo(3);
        assertThat(store.require("c").state().value()).isEqualTo(11);
    }

    @Test
    void anExpectedVersionThatIsNoLongerCurrentIsAConflictAndWritesNothing() {
        Aggregate<Counter> first = created();
        Commands.execute(store, "c", 1L, counter -> { }, CommandsTest::increment, context);

        assertThatThrownBy(() -> Commands.execute(store, "c", first.version(), counter -> { },
                CommandsTest::increment, context)).isInstanceOf(StaleAggregateVersionException.class);
        assertThat(store.require("c").state().value()).isEqualTo(1);
    }

    @Test
    void accessIsCheckedOnTheLoadedStateBeforeDeciding() {
        created();
        AtomicInteger decisions = new AtomicInteger();

        assertThatThrownBy(() -> Commands.execute(store, "c", null, counter -> {
            throw new RegionAccessDeniedException(counter.region(), "outside");
        }, counter -> {
            decisions.incrementAndGet();
            return increment(counter);
        }, context)).isInstanceOf(RegionAccessDeniedException.class);
        assertThat(decisions).hasValue(0);
    }

    @Test
    void aDecisionWithoutEventsWritesNothing() {
        Aggregate<Counter> first = created();

        Aggregate<Counter> after = Commands.execute(store, "c", null, counter -> { }, Decision::unchanged, context);

        assertThat(after.version()).isEqualTo(first.version());
        assertThat(store.require("c").version()).isEqualTo(first.version());
    }

    @Test
    void theDomainsRefusalsBecomeTheApplicationsRefusals() {
        created();

        assertThatThrownBy(() -> Commands.execute(store, "c", null, counter -> { }, counter -> {
            throw new InvalidCommand("value", "must be even");
        }, context)).isInstanceOfSatisfying(InvalidRequestException.class, invalid ->
                assertThat(invalid.errors()).containsExactly(new FieldError("value", "must be even")));
        assertThatThrownBy(() -> Commands.execute(store, "c", null, counter -> { }, counter -> {
            throw new RuleViolation("counter-frozen", "the counter is frozen");
        }, context)).isInstanceOfSatisfying(BusinessRuleViolation.class, refused ->
                assertThat(refused.rule()).isEqualTo("counter-frozen"));
        assertThat(store.require("c").version()).isEqualTo(1);
    }
}
