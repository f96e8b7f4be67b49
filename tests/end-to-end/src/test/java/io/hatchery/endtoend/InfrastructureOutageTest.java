package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.devstack.EmbeddedKafka;
import io.hatchery.devstack.EmbeddedMongo;
import io.hatchery.devstack.FreePorts;
import io.hatchery.devstack.ServiceProcess;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.TestInfrastructure;
import io.hatchery.testing.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A service started while Kafka and Mongo are both unreachable comes up, reports each as DOWN with the reason,
 * refuses writes it cannot store, and recovers by itself as each returns; a command acknowledged while Kafka was
 * still down is published once it is back.
 */
class InfrastructureOutageTest {

    private final int kafkaPort = FreePorts.pick();
    private final int mongoPort = FreePorts.pick();
    private ServicesUnderTest services;
    private EmbeddedMongo mongo;
    private EmbeddedKafka kafka;
    private Path kafkaData;

    @AfterEach
    void stopEverything() throws IOException {
        if (services != null) {
            services.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    private JsonNode health(ServiceProcess registry) {
        return Http.get(registry.baseUrl() + "/actuator/health", null).json();
    }

    private Http.Response registerCarrier(ServiceProcess registry) {
        return Http.postJson(registry.baseUrl() + "/api/registry/carriers", TestTokens.token("CITY_OFFICER", "320900"),
                CarrierSliceEndToEndTest.carrierJson("大丰海港众创空间", "320904", "91350100M000100Y43"), Map.of());
    }

    @Test
    void aServiceStartedWithoutItsInfrastructureReportsItAndRecoversWithoutLosingAcknowledgedCommands()
            throws IOException {
        services = new ServicesUnderTest("127.0.0.1:" + kafkaPort, "mongodb://127.0.0.1:" + mongoPort,
                TestInfrastructure.get().publicKeyFile());
        ServiceProcess registry = services.startUnchecked("registry");
        long pid = registry.pid();

        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> {
            JsonNode health = health(registry);
            assertThat(health.get("status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/kafka/status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/kafka/details/reason").asString()).contains("127.0.0.1:" + kafkaPort);
            assertThat(health.at("/components/mongo/status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/mongo/details/reason").asString()).contains("127.0.0.1:" + mongoPort);
        });

        Http.Response refused = registerCarrier(registry);
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

        mongo = EmbeddedMongo.inMemory(mongoPort);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(health(registry).at("/components/mongo/status").asString()).isEqualTo("UP"));

        Http.Response acknowledged = registerCarrier(registry);
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(201);
        String carrierId = acknowledged.json().get("id").asString();
        assertThat(health(registry).at("/components/kafka/status").asString()).isEqualTo("DOWN");

        kafkaData = Files.createTempDirectory("hatchery-outage-kafka");
        kafka = EmbeddedKafka.start(kafkaData, kafkaPort, Map.of());
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() ->
                assertThat(health(registry).get("status").asString()).isEqualTo("UP"));

        try (EventProbe probe = EventProbe.fromBeginningOn(kafka.bootstrapServers(), Topics.REGISTRY_CARRIERS.name())) {
            var record = probe.awaitRecord(candidate -> carrierId.equals(candidate.key()), Duration.ofSeconds(60));
            assertThat(EventProbe.decode(record).data()).isInstanceOf(CarrierRegistered.class);
        }
        assertThat(registry.isAlive()).isTrue();
        assertThat(registry.pid()).as("the same process throughout: no crash, no restart").isEqualTo(pid);
    }
}
