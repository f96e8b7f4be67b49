package io.hatchery.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierDesignated;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.kernel.domain.AppliedVersions;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.EventContext;
import io.hatchery.persistence.OutboxStore;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The relay against the real test broker and Mongo: crashes lose nothing and consumers count once. */
class OutboxRelayTest {

    record Thing(String region) {
    }

    private static MongoClient client;
    private static MongoTemplate mongo;

    private final String collection = "things_" + UUID.randomUUID().toString().substring(0, 8);
    private final List<OutboxRelay> relays = new ArrayList<>();

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoConnectionString());
        mongo = new MongoTemplate(client, "relay-test");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @AfterEach
    void stopRelays() {
        relays.forEach(OutboxRelay::stop);
    }

    private AggregateStore<Thing> store() {
        return new AggregateStore<>(mongo, collection, "thing", Thing.class, Thing::region,
                Clock.systemUTC());
    }

    private OutboxRelay relay(String leaseName, String owner, AggregateStore<?> store) {
        Map<String, Object> config = Map.of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers(),
                "enable.idempotence", true, "acks", "all", "max.block.ms", 5000);
        OutboxRelay relay = new OutboxRelay("hatchery/test", mongo, true,
                new OutboxLease(mongo, leaseName, owner, Duration.ofSeconds(3), Clock.systemUTC()),
                () -> new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()),
                Duration.ofMillis(300), 100, new SimpleMeterRegistry(), Clock.systemUTC());
        relay.register(store);
        relays.add(relay);
        return relay;
    }

    /** Two relays of one service on one lease: the first leads, the second stands by. */
    private List<OutboxRelay> leaderAndStandBy(AggregateStore<Thing> store) {
        String lease = "lease-" + collection;
        OutboxRelay first = relay(lease, "first", store);
        OutboxRelay second = relay(lease, "second", store);
        first.start();
        await().atMost(Duration.ofSeconds(10)).until(first::isLeader);
        second.start();
        return List.of(first, second);
    }

    private static CarrierDesignated event(String id) {
        return new CarrierDesignated(id, Designation.BENCHMARK, "authority", LocalDate.of(2024, 3, 1));
    }

    @Test
    void eventsWrittenWhileNoRelayRanArePublishedWhenOneStarts() {
        AggregateStore<Thing> store = store();
        String id = "crash-before-publish-" + UUID.randomUUID();
        store.create(id, new Thing("320902"), List.of(event(id)), new EventContext("officer", null), null);
        assertThat(new OutboxStore(mongo, collection).pendingEvents(id)).hasSize(1);

        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_CARRIERS.name())) {
            relay("lease-" + collection, "a", store).start();

            EventEnvelope<?> published = probe.awaitEvent(e -> e.subject().equals(id), Duration.ofSeconds(20));
            assertThat(published.aggregateVersion()).isEqualTo(1);
            assertThat(published.region()).isEqualTo("320902");
            assertThat(published.actor()).isEqualTo("officer");
            assertThat(published.source()).isEqualTo("hatchery/test");
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> new OutboxStore(mongo, collection).pendingEvents(id).isEmpty());
    }

    @Test
    void crashBetweenPublishAndRemovalPublishesAgainAndConsumersCountOnce() {
        AggregateStore<Thing> store = store();
        String id = "crash-after-publish-" + UUID.randomUUID();
        OutboxRelay relay = relay("lease-" + collection, "a", store);
        AtomicBoolean crashOnce = new AtomicBoolean(true);
        relay.afterSendForTesting(() -> {
            if (crashOnce.getAndSet(false)) {
                throw new IllegalStateException("simulated crash after Kafka acknowledged");
            }
        });
        relay.start();

        Aggregate<Thing> created = store.create(id, new Thing("320902"), List.of(event(id)),
                new EventContext("officer", null), null);
        store.update(created, new Thing("320902"), List.of(event(id)), new EventContext("officer", null));

        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_CARRIERS.name())) {
            probe.awaitEvent(e -> e.subject().equals(id) && e.aggregateVersion() == 2, Duration.ofSeconds(20));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> new OutboxStore(mongo, collection).pendingEvents(id).isEmpty());
            List<EventEnvelope<?>> onTopic = probe.drain(Duration.ofSeconds(1)).stream()
                    .filter(e -> e.subject().equals(id)).toList();

            assertThat(onTopic).as("the crashed round was published again").hasSizeGreaterThan(2);
            assertThat(onTopic).extracting(EventEnvelope::aggregateVersion).containsSubsequence(1L, 2L);
            AppliedVersions consumer = new AppliedVersions();
            long counted = onTopic.stream().filter(e -> consumer.advance(e.subject(), e.aggregateVersion())).count();
            assertThat(counted).isEqualTo(2);
        }
    }

    @Test
    void oneAggregatesEventsArriveInVersionOrder() {
        AggregateStore<Thing> store = store();
        relay("lease-" + collection, "a", store).start();
        String id = "ordered-" + UUID.randomUUID();
        Aggregate<Thing> aggregate = store.create(id, new Thing("330483"), List.of(event(id)),
                new EventContext("officer", null), null);
        for (int i = 0; i < 30; i++) {
            aggregate = store.update(aggregate, new Thing("330483"), List.of(event(id), event(id)),
                    new EventContext("officer", null));
        }

        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_CARRIERS.name())) {
            probe.awaitEvent(e -> e.subject().equals(id) && e.aggregateVersion() == 61, Duration.ofSeconds(30));
            List<Long> versions = probe.drain(Duration.ofMillis(500)).stream().filter(e -> e.subject().equals(id))
                    .map(EventEnvelope::aggregateVersion).distinct().toList();
            assertThat(versions).isSorted().hasSize(61);
        }
    }

    @Test
    void onlyTheLeaseHolderPublishesAndAnotherTakesOverWhenItStops() {
        AggregateStore<Thing> store = store();
        List<OutboxRelay> replicas = leaderAndStandBy(store);
        OutboxRelay first = replicas.get(0);
        OutboxRelay second = replicas.get(1);
        String id = "takeover-" + UUID.randomUUID();

        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_CARRIERS.name())) {
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !second.isLeader());
            first.stop();
            await().atMost(Duration.ofSeconds(15)).until(second::isLeader);

            store.create(id, new Thing("320902"), List.of(event(id)), new EventContext("officer", null), null);
            probe.awaitEvent(e -> e.subject().equals(id), Duration.ofSeconds(20));
        }
    }

    @Test
    void aHandOverUnderLoadLosesAndDoublesNothing() throws Exception {
        AggregateStore<Thing> store = store();
        List<OutboxRelay> replicas = leaderAndStandBy(store);
        OutboxRelay first = replicas.get(0);
        OutboxRelay second = replicas.get(1);
        String prefix = "load-" + UUID.randomUUID() + "-";
        int aggregates = 200;

        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_CARRIERS.name())) {
            Thread writer = new Thread(() -> {
                for (int i = 0; i < aggregates; i++) {
                    store.create(prefix + i, new Thing("320902"), List.of(event(prefix + i)),
                            new EventContext("officer", null), null);
                    if (i == aggregates / 4) {
                        first.stop();
                    }
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            writer.start();
            writer.join();
            await().atMost(Duration.ofSeconds(20)).until(second::isLeader);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(probe.drain(Duration.ofMillis(500))
                    .stream().map(e -> e.subject()).filter(subject -> subject.startsWith(prefix)).distinct().count())
                    .isEqualTo(aggregates));
            List<String> published = probe.drain(Duration.ofSeconds(2)).stream().map(e -> e.subject())
                    .filter(subject -> subject.startsWith(prefix)).toList();
            assertThat(published).as("each event once: the first relay stopped in good order").hasSize(aggregates);
            assertThat(mongo.getCollection(collection).countDocuments(new Document("outbox.0",
                    new Document("$exists", true)))).as("every outbox emptied").isZero();
        }
    }
}
