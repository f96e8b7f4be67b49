package io.hatchery.bench;

import io.hatchery.contracts.kafka.CloudEventSerializer;
import io.hatchery.devstack.EmbeddedKafka;
import io.hatchery.devstack.EmbeddedMongo;
import io.hatchery.devstack.FreePorts;
import io.hatchery.devstack.LocalTokenIssuer;
import io.hatchery.devstack.ServiceCatalog;
import io.hatchery.devstack.ServiceEnvironment;
import io.hatchery.devstack.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A private platform for one benchmark run: an embedded Kafka broker and Mongo server on free ports (data in a
 * temporary directory), a token issuer, and services started from their packaged jars with production JVM
 * settings (full JIT). Everything stops with {@link #close()}. With {@code MONGODB_URI} set, the services use that
 * server instead of the embedded one, each in a database of this run's own ({@code bench-<service>-<run>}): the
 * embedded server uses no secondary index, so what depends on indexes is measured there.
 */
final class BenchEnvironment implements AutoCloseable {

    /**
     * Production-like: the default tiered JIT, a bounded heap. {@code HATCHERY_BENCH_SERVICE_JVM} adds options to
     * every service, {@code HATCHERY_BENCH_<NAME>_JVM} (e.g. {@code HATCHERY_BENCH_REGISTRY_JVM}) to one, such as a
     * flight recording of the service being profiled.
     */
    static List<String> serviceJvm(String service) {
        List<String> options = new ArrayList<>(List.of("-Xmx2g", "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8"));
        for (String variable : List.of("HATCHERY_BENCH_SERVICE_JVM",
                "HATCHERY_BENCH_" + service.toUpperCase(Locale.ROOT) + "_JVM")) {
            String extra = System.getenv(variable);
            if (extra != null && !extra.isBlank()) {
                options.addAll(List.of(extra.trim().split("\\s+")));
            }
        }
        return List.copyOf(options);
    }

    final Path home;
    final Path work;
    final EmbeddedKafka kafka;
    /** Null when the services use an external server. */
    final EmbeddedMongo mongo;
    private final String mongoUri;
    private final String databaseSuffix;
    final LocalTokenIssuer tokens = LocalTokenIssuer.generate();
    private final Path publicKey;
    private final ServiceEnvironment services;
    private final List<ServiceProcess> processes = new ArrayList<>();

    BenchEnvironment(Path home) {
        this.home = home;
        try {
            this.work = Files.createTempDirectory("hatchery-bench");
            this.publicKey = work.resolve("jwt-public-key.pem");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokens.writePublicKey(publicKey);
        kafka = EmbeddedKafka.start(work.resolve("kafka"), FreePorts.pick(), Map.of());
        String external = System.getenv("MONGODB_URI");
        if (external == null || external.isBlank()) {
            mongo = EmbeddedMongo.inMemory(FreePorts.pick());
            mongoUri = mongo.connectionString();
            databaseSuffix = "";
        } else {
            mongo = null;
            mongoUri = external.trim();
            databaseSuffix = "-" + work.getFileName().toString().replaceAll("[^A-Za-z0-9]", "");
        }
        // One instance per service, so the relay's in-process signal wakes it; change streams on the embedded
        // Mongo would measure the test server, not Hatchery.
        services = ServiceEnvironment.of(kafka.bootstrapServers(), mongoUri, publicKey).quiet().withoutChangeStreams();
    }

    /** The Mongo the services here use, without a database name. */
    String mongoUri() {
        return mongoUri;
    }

    /** The database a service started here keeps its data in. */
    String databaseOf(String service) {
        return "bench-" + service + databaseSuffix;
    }

    String adminToken() {
        return tokens.issue("bench", List.of("PROVINCE_ADMIN"), "320000", Duration.ofHours(4));
    }

    /** Publishes generated events to their topics; returns how many. */
    long publish(ProvinceGenerator generator) {
        Properties config = new Properties();
        config.put("bootstrap.servers", kafka.bootstrapServers());
        config.put("acks", "1");
        config.put("linger.ms", "20");
        config.put("batch.size", "262144");
        config.put("compression.type", "lz4");
        CloudEventSerializer serializer = new CloudEventSerializer();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            long count = generator.generate(generated -> {
                RecordHeaders headers = new RecordHeaders();
                byte[] value = serializer.serialize(generated.topic(), headers, generated.event());
                producer.send(new ProducerRecord<>(generated.topic(), null, generated.event().subject(), value,
                        headers));
            });
            producer.flush();
            return count;
        }
    }

    /**
     * CPU time used so far by each service started here, and by this JVM as "harness" (broker, Mongo server and
     * load generator), in the order they started.
     */
    Map<String, Duration> cpuTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        for (ServiceProcess process : processes) {
            times.put(process.name(), process.cpuTime());
        }
        times.put("harness", ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
        return times;
    }

    /** Starts a service (and, for the gateway, routes to the given services) and waits until it is healthy. */
    ServiceProcess start(String name, Map<String, String> extra) {
        Map<String, String> environment = services.domainService(databaseOf(name));
        environment.putAll(extra);
        ServiceCatalog.Service service = name.equals("gateway") ? ServiceCatalog.GATEWAY
                : ServiceCatalog.DOMAIN_SERVICES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        if (!service.isBuilt(home)) {
            throw new IllegalStateException(name + " is not built: run ./mvnw -DskipTests package");
        }
        ServiceProcess process = ServiceProcess.start(name, service.jar(home), FreePorts.pick(), environment,
                serviceJvm(name), work.resolve("logs").resolve(name + ".log"));
        processes.add(process);
        try {
            if (!process.awaitHealthy(Duration.ofSeconds(180))) {
                throw new IllegalStateException(name + " did not become healthy; see " + process.logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process;
    }

    /** Resident memory of a process in MB, from /proc (Linux). */
    static long rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * Stops everything and deletes the broker's data and the streams state (an M replay leaves about 700 MB). The
     * services' logs stay for a look after the run; their place goes to stderr.
     */
    @Override
    public void close() {
        processes.forEach(ServiceProcess::requestStop);
        processes.forEach(process -> process.awaitStop(Duration.ofSeconds(20)));
        kafka.close();
        if (mongo != null) {
            mongo.close();
        }
        for (String data : List.of("kafka", "streams")) {
            deleteQuietly(work.resolve(data));
        }
        if (!processes.isEmpty()) {
            System.err.println("Service logs of this run: " + work.resolve("logs"));
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
