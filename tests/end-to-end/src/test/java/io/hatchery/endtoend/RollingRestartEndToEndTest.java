package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.hatchery.bench.chaos.Registrations;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.RegistryEvents;
import io.hatchery.contracts.statistics.FigureChange;
import io.hatchery.contracts.statistics.FiguresChanged;
import io.hatchery.contracts.statistics.StatisticsEvents;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.TestInfrastructure;
import io.hatchery.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry and the statistics each as two replicas behind the gateway, updated one replica at a time under a
 * steady load of registrations and reads, as a rolling update does. No acknowledged registration is lost or stored
 * twice, no read is refused, both statistics replicas end with every registration counted once, and the changes
 * topic, published by one replica at a time, ends with that figure too.
 */
class RollingRestartEndToEndTest {

    /** Gaoqing county: no other test registers there. */
    private static final String COUNTY = "370322";
    private static final String CITY = "370300";
    private static final String INDICATOR = "/api/statistics/regions/" + COUNTY + "/indicators/carriers.count";
    private static final int WRITERS = 4;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static ServicesUnderTest services;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String token = TestTokens.token("CITY_OFFICER", CITY);
    private final AtomicLong reads = new AtomicLong();
    private final List<String> failedReads = new ArrayList<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private Instant started;
    private Registrations registrations;

    @BeforeAll
    static void start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        services = new ServicesUnderTest(infrastructure.kafkaBootstrapServers(),
                infrastructure.mongoConnectionString(), infrastructure.publicKeyFile())
                .startWithGateway(2, "registry", "statistics");
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void aRollingRestartOfEveryReplicaUnderLoadLosesNothingAndCountsNothingTwice() throws Exception {
        started = Instant.now();
        registrations = new Registrations(services.gatewayUrl(), token, "滚动载体", run, Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(60)).until(() -> countedBy(services.replica("statistics", 1).baseUrl())
                == countedBy(services.replica("statistics", 2).baseUrl()));
        long before = countedBy(services.replica("statistics", 1).baseUrl());

        ExecutorService load = Executors.newFixedThreadPool(WRITERS + 1);
        for (int writer = 0; writer < WRITERS; writer++) {
            load.submit(this::register);
        }
        load.submit(this::read);
        pause(Duration.ofSeconds(3));
        for (String service : List.of("registry", "statistics")) {
            for (int replica = 1; replica <= 2; replica++) {
                services.stopReplica(service, replica);
                pause(Duration.ofSeconds(2));
                services.startReplica(service, replica);
                pause(Duration.ofSeconds(2));
            }
        }
        loading.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(3, TimeUnit.MINUTES)).as("every command answered").isTrue();

        Set<String> acknowledged = registrations.acknowledged().keySet();
        long expected = before + acknowledged.size();
        assertThat(registrations.unresolved()).as("registrations never answered").isEmpty();
        assertThat(registrations.refused()).as("registrations refused").isEmpty();
        assertThat(acknowledged.size()).as("registrations acknowledged during the restarts").isGreaterThan(WRITERS);
        assertThat(failedReads).as("reads refused during the restarts (of %d)", reads.get()).isEmpty();
        assertThat(storedCopies()).as("each acknowledged registration stored once").isEqualTo(onceEach(acknowledged));
        assertThat(publishedCarrierIds(acknowledged)).as("each acknowledged registration published with one id")
                .isEqualTo(onceEach(acknowledged));
        for (int replica = 1; replica <= 2; replica++) {
            String url = services.replica("statistics", replica).baseUrl();
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(countedBy(url))
                    .as("carriers.count of the county on each statistics replica").isEqualTo(expected));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(lastPublished())
                .as("the changes topic's last value of the figure").isEqualTo(expected));
        assertThat(backwardSteps()).as("the figure's values on the changes topic go back or repeat only where a "
                + "replica took over publishing from the one stopped (twice), never as a second publisher's copy")
                .isLessThanOrEqualTo(2);
    }

    /** Registrations, each retried with its Idempotency-Key until the platform answers it. */
    private Void register() {
        while (loading.get()) {
            registrations.register(COUNTY);
            pause(Duration.ofMillis(50));
        }
        return null;
    }

    /** Reads of the figure through the gateway, every one of which must be answered. */
    private Void read() {
        while (loading.get()) {
            reads.incrementAndGet();
            HttpRequest request = HttpRequest.newBuilder(URI.create(services.gatewayUrl() + INDICATOR))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token).GET().build();
            int status = statusOf(request);
            if (status != 200) {
                synchronized (failedReads) {
                    failedReads.add("status " + status);
                }
            }
            pause(Duration.ofMillis(100));
        }
        return null;
    }

    private static int statusOf(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -2;
        }
    }

    private long countedBy(String baseUrl) {
        Http.Response response = Http.get(baseUrl + INDICATOR, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        try {
            return Http.JSON.readTree(response.body()).get("value").asLong();
        } catch (RuntimeException e) {
            throw new IllegalStateException("unreadable figure: " + response.body(), e);
        }
    }

    private static Map<String, Integer> onceEach(Set<String> names) {
        Map<String, Integer> copies = new HashMap<>();
        names.forEach(name -> copies.put(name, 1));
        return copies;
    }

    /** Per carrier name of this run, how many carriers the registry stored with it. */
    private Map<String, Integer> storedCopies() {
        Map<String, Integer> stored = new HashMap<>();
        try (MongoClient client = MongoClients.create(TestInfrastructure.get().mongoConnectionString())) {
            client.getDatabase(services.database("registry")).getCollection("carriers")
                    .find(new Document("state.profile.name", new Document("$regex", "^" + registrations.namePrefix())))
                    .forEach(document -> stored.merge(document.get("state", Document.class)
                            .get("profile", Document.class).getString("name"), 1, Integer::sum));
        }
        return stored;
    }

    /** Per carrier name of this run, how many distinct carriers were registered with it on the topic. */
    private Map<String, Integer> publishedCarrierIds(Set<String> acknowledged) {
        Map<String, Set<String>> ids = new HashMap<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ids.clear();
            try (EventProbe probe = EventProbe.fromBeginning(RegistryEvents.CARRIER_REGISTERED.topic().name())) {
                for (EventEnvelope<?> event : probe.drain(Duration.ofSeconds(3))) {
                    if (event.data() instanceof CarrierRegistered registered
                            && registered.profile().name().startsWith(registrations.namePrefix())) {
                        ids.computeIfAbsent(registered.profile().name(), name -> ConcurrentHashMap.newKeySet())
                                .add(registered.carrierId());
                    }
                }
            }
            return ids.keySet().containsAll(acknowledged);
        });
        Map<String, Integer> counts = new HashMap<>();
        ids.forEach((name, carriers) -> counts.put(name, carriers.size()));
        return counts;
    }

    /** The county's carrier count in each message of the changes topic since the test began that carries it. */
    private List<Long> publishedValues() {
        List<Long> values = new ArrayList<>();
        try (EventProbe probe = EventProbe.fromBeginning(StatisticsEvents.FIGURES_CHANGED.topic().name())) {
            for (EventEnvelope<?> event : probe.drain(Duration.ofSeconds(3))) {
                if (event.time().isBefore(started)) {
                    continue;
                }
                for (FigureChange change : ((FiguresChanged) event.data()).changes()) {
                    if (change.region().equals(COUNTY) && change.indicator().equals("carriers.count")) {
                        values.add(change.value().longValue());
                    }
                }
            }
        }
        return values;
    }

    private long lastPublished() {
        List<Long> values = publishedValues();
        return values.isEmpty() ? -1 : values.get(values.size() - 1);
    }

    private long backwardSteps() {
        List<Long> values = publishedValues();
        long steps = 0;
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).compareTo(values.get(i - 1)) <= 0) {
                steps++;
            }
        }
        return steps;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
