package io.hatchery.bench;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.kafka.CloudEventSerializer;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.RegistryEvents;
import io.hatchery.devstack.ServiceProcess;
import io.hatchery.devstack.WebhookSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./hatchery bench exchange}: 100 webhook subscriptions of a provincial partner, ten per city (a prefix
 * filter on the event's region), delivered to local sinks while the registry's topic receives carrier
 * registrations at a fixed rate; each event thus goes to the ten subscriptions of its city. Measures the latency
 * from publication to the sink's receipt (p50, p99), the deliveries per second, and what was lost or delivered
 * twice. The sinks check every signature.
 */
final class ExchangeBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SUBSCRIPTIONS = 100;
    private static final int CITIES = 10;

    private ExchangeBenchmark() {
    }

    static Map<String, Object> run(BenchEnvironment environment, int rate, Duration duration, Duration warmup,
            long seed) {
        List<String> counties = new ProvinceGenerator(1, ProvinceGenerator.Size.TINY, "320000").leaves();
        Map<String, List<String>> byCity = counties.stream().collect(Collectors.groupingBy(
                county -> county.substring(0, 4), TreeMap::new, Collectors.toList()));
        List<String> cities = byCity.keySet().stream().limit(CITIES).toList();
        ServiceProcess exchange = environment.start("exchange", Map.of());
        String token = environment.adminToken();
        HttpClient client = HttpClient.newHttpClient();
        String partner = "bench-" + seed;
        send(client, exchange, token, "/api/exchange/partners", """
                {"code":"%s","name":"基准部门","kind":"DEPARTMENT","jurisdiction":"320000",
                 "entitlements":{"eventTypes":["%s"],"dataClasses":["INTERNAL"],"inboundTypes":[]}}"""
                .formatted(partner, RegistryEvents.CARRIER_REGISTERED.name()));
        try (WebhookSink sinks = new WebhookSink()) {
            List<String> subscriptionIds = new ArrayList<>();
            Map<String, List<String>> hooksByCity = new LinkedHashMap<>();
            for (int i = 0; i < SUBSCRIPTIONS; i++) {
                String city = cities.get(i % cities.size());
                String hook = "s" + i;
                JsonNode created = send(client, exchange, token, "/api/exchange/subscriptions", """
                        {"partnerId":"%s","filters":[{"prefix":{"region":"%s"}}],"sink":"%s",
                         "delivery":{"maxAttempts":20,"initialBackoffMs":50,"maxBackoffMs":1000}}"""
                        .formatted(partner, city, sinks.url(hook)));
                sinks.secret(hook, created.get("secret").asString());
                subscriptionIds.add(created.get("id").asString());
                hooksByCity.computeIfAbsent(city, ignored -> new ArrayList<>()).add(hook);
            }
            awaitValidated(client, exchange, token, subscriptionIds);

            Random random = new Random(seed);
            publish(environment, rate, warmup, counties, cities, byCity, random, "w");
            Instant measuredFrom = Instant.now();
            CpuUse cpu = CpuUse.from(environment);
            Published measured = publish(environment, rate, duration, counties, cities, byCity, random, "m");
            Map<String, Set<String>> expected = new LinkedHashMap<>();
            measured.cityOf().forEach((id, city) -> hooksByCity.get(city).forEach(hook ->
                    expected.computeIfAbsent(hook, ignored -> new HashSet<>()).add(id)));
            long expectedDeliveries = expected.values().stream().mapToLong(Set::size).sum();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received(sinks, expected) < expectedDeliveries && System.nanoTime() < deadline) {
                sleep(200);
            }
            Map<String, Object> cpuUse = cpu.until((int) expectedDeliveries);

            List<Long> latencies = new ArrayList<>();
            long duplicates = 0;
            long invalidSignatures = 0;
            Instant lastReceipt = measuredFrom;
            for (Map.Entry<String, Set<String>> hook : expected.entrySet()) {
                Set<String> seen = new HashSet<>();
                for (WebhookSink.Received event : sinks.received(hook.getKey())) {
                    if (!hook.getValue().contains(event.id())) {
                        continue;
                    }
                    if (!seen.add(event.id())) {
                        duplicates++;
                        continue;
                    }
                    if (!event.signatureValid()) {
                        invalidSignatures++;
                    }
                    Instant published = measured.timeOf().get(event.id());
                    latencies.add(Duration.between(published, event.at()).toNanos() / 1000);
                    lastReceipt = event.at().isAfter(lastReceipt) ? event.at() : lastReceipt;
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("subscriptions", SUBSCRIPTIONS);
            result.put("cities", cities.size());
            result.put("target_events_per_s", rate);
            result.put("events", measured.timeOf().size());
            result.put("achieved_events_per_s", Stats.round(measured.timeOf().size() / measured.seconds()));
            result.put("deliveries_expected", expectedDeliveries);
            result.put("deliveries_received", (long) latencies.size());
            result.put("lost", expectedDeliveries - latencies.size());
            result.put("delivered_twice", duplicates);
            result.put("invalid_signatures", invalidSignatures);
            result.put("deliveries_per_s", Stats.round(latencies.size()
                    / Math.max(0.001, Duration.between(measuredFrom, lastReceipt).toNanos() / 1e9)));
            result.put("publication_to_receipt", Stats.latencies(latencies));
            result.putAll(cpuUse);
            return result;
        }
    }

    /** What was published in a run: each event's id with its time and its city. */
    private record Published(Map<String, Instant> timeOf, Map<String, String> cityOf, double seconds) {
    }

    private static Published publish(BenchEnvironment environment, int rate, Duration duration, List<String> counties,
            List<String> cities, Map<String, List<String>> byCity, Random random, String prefix) {
        Properties config = new Properties();
        config.put("bootstrap.servers", environment.kafka.bootstrapServers());
        config.put("acks", "all");
        config.put("linger.ms", "0");
        CloudEventSerializer serializer = new CloudEventSerializer();
        Map<String, Instant> timeOf = new LinkedHashMap<>();
        Map<String, String> cityOf = new LinkedHashMap<>();
        long started = System.nanoTime();
        long events = duration.toMillis() * rate / 1000;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (long i = 0; i < events; i++) {
                long due = started + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String city = cities.get(random.nextInt(cities.size()));
                List<String> inCity = byCity.get(city);
                String county = inCity.get(random.nextInt(inCity.size()));
                String carrier = "bench-carrier-" + prefix + i;
                Instant now = Instant.now();
                EventEnvelope<CarrierRegistered> event = EventEnvelope.of(RegistryEvents.CARRIER_REGISTERED,
                        "hatchery/registry", carrier, county, 1, "bench", null, new CarrierRegistered(carrier,
                                CarrierKind.MAKER_SPACE, county, null, null, LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 1, 1)), now);
                RecordHeaders headers = new RecordHeaders();
                byte[] value = serializer.serialize(Topics.REGISTRY_CARRIERS.name(), headers, event);
                producer.send(new ProducerRecord<>(Topics.REGISTRY_CARRIERS.name(), null, carrier, value, headers));
                timeOf.put(event.id().toString(), now);
                cityOf.put(event.id().toString(), city);
            }
            producer.flush();
        }
        return new Published(timeOf, cityOf, (System.nanoTime() - started) / 1e9);
    }

    private static long received(WebhookSink sinks, Map<String, Set<String>> expected) {
        long received = 0;
        for (Map.Entry<String, Set<String>> hook : expected.entrySet()) {
            received += sinks.received(hook.getKey()).stream().map(WebhookSink.Received::id)
                    .filter(hook.getValue()::contains).distinct().count();
        }
        return received;
    }

    private static void awaitValidated(HttpClient client, ServiceProcess exchange, String token, List<String> ids) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        for (String id : ids) {
            while (!"VALIDATED".equals(get(client, exchange, token, "/api/exchange/subscriptions/" + id)
                    .path("validation").asString(""))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("subscription " + id + " was not validated by its sink");
                }
                sleep(100);
            }
        }
    }

    private static JsonNode send(HttpClient client, ServiceProcess service, String token, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode get(HttpClient client, ServiceProcess service, String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return JSON.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        sleep(millis, 0);
    }

    private static void sleep(long millis, int nanos) {
        try {
            Thread.sleep(millis, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
