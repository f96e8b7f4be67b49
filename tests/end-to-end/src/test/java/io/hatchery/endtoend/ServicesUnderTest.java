package io.hatchery.endtoend;

import io.hatchery.devstack.FreePorts;
import io.hatchery.devstack.ServiceCatalog;
import io.hatchery.devstack.ServiceProcess;
import io.hatchery.testing.TestInfrastructure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;

/**
 * Hatchery services started from their packaged jars as separate processes, the way {@code ./hatchery up} runs them,
 * each with a database of its own on the given Mongo and all on the given broker. They watch this JVM and stop
 * with it, so a failed run leaves nothing behind.
 */
final class ServicesUnderTest implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);

    private final String kafkaBootstrapServers;
    private final String mongoConnectionString;
    private final Path publicKeyFile;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, Map<String, String>> extraEnvironment = new HashMap<>();

    ServicesUnderTest(String kafkaBootstrapServers, String mongoConnectionString, Path publicKeyFile) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoConnectionString = mongoConnectionString;
        this.publicKeyFile = publicKeyFile;
    }

    static Path home() {
        String configured = System.getProperty("hatchery.home");
        return configured != null ? Path.of(configured) : Path.of("../..").toAbsolutePath().normalize();
    }

    /** The domain services of this checkout, in start order. */
    static List<String> presentServices() {
        return ServiceCatalog.present(home()).stream().map(ServiceCatalog.Service::name).toList();
    }

    /** Every domain service of this checkout and the gateway, on the shared test broker and Mongo. */
    static ServicesUnderTest everyService() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        return new ServicesUnderTest(infrastructure.kafkaBootstrapServers(), infrastructure.mongoConnectionString(),
                infrastructure.publicKeyFile()).startWithGateway(presentServices().toArray(String[]::new));
    }

    /** Starts the named domain services and then the gateway in front of them, and waits until all are healthy. */
    ServicesUnderTest startWithGateway(String... services) {
        for (String service : services) {
            launch(service, domainEnvironment(service));
        }
        Map<String, String> gatewayEnvironment = commonEnvironment();
        for (String service : services) {
            gatewayEnvironment.put(catalogEntry(service).gatewayUrlVariable(), running.get(service).baseUrl());
        }
        launch(ServiceCatalog.GATEWAY.name(), gatewayEnvironment);
        running.keySet().forEach(this::awaitHealthy);
        return this;
    }

    /** Starts one domain service without waiting for it to be healthy (its infrastructure may be down). */
    ServiceProcess startUnchecked(String service) {
        return launch(service, domainEnvironment(service));
    }

    /** Starts one domain service with extra settings (kept for restarts) and waits until it is healthy. */
    ServiceProcess start(String service, Map<String, String> settings) {
        extraEnvironment.put(service, Map.copyOf(settings));
        ServiceProcess process = launch(service, domainEnvironment(service));
        awaitHealthy(service);
        return process;
    }

    ServiceProcess service(String name) {
        return running.get(name);
    }

    String gatewayUrl() {
        return running.get(ServiceCatalog.GATEWAY.name()).baseUrl();
    }

    /** Kills the service as a crash would: no graceful shutdown. */
    void kill(String name) {
        running.get(name).kill();
    }

    /** Starts the service again on the same port and database and waits until it is healthy. */
    void restart(String name) {
        running.get(name).kill();
        launch(name, domainEnvironment(name));
        awaitHealthy(name);
    }

    private void awaitHealthy(String name) {
        ServiceProcess process = running.get(name);
        try {
            if (!process.awaitHealthy(HEALTH_TIMEOUT)) {
                Assertions.fail(name + " did not become healthy; see " + process.logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Assertions.fail("interrupted while waiting for " + name);
        }
    }

    private ServiceProcess launch(String name, Map<String, String> environment) {
        int port = ports.computeIfAbsent(name, ignored -> FreePorts.pick());
        Path jar = ServiceCatalog.GATEWAY.name().equals(name) ? ServiceCatalog.GATEWAY.jar(home())
                : catalogEntry(name).jar(home());
        Assertions.assertThat(jar).as("packaged jar of " + name + " (run the reactor build)").isRegularFile();
        Path log = Path.of("target", "e2e-logs", runId + "-" + name + ".log");
        ServiceProcess process = ServiceProcess.start(name, jar, port, environment, ServiceProcess.LOCAL_JVM_OPTIONS,
                log);
        running.put(name, process);
        return process;
    }

    private Map<String, String> domainEnvironment(String service) {
        Map<String, String> environment = commonEnvironment();
        environment.put("SPRING_MONGODB_URI", mongoConnectionString + "/e2e-" + runId + "-" + service);
        environment.putAll(extraEnvironment.getOrDefault(service, Map.of()));
        return environment;
    }

    private Map<String, String> commonEnvironment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
                "file:" + publicKeyFile.toAbsolutePath());
        environment.put("HATCHERY_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
        environment.put("SPRING_CONFIG_ADDITIONAL_LOCATION", "optional:file:" + home().resolve("config") + "/");
        return environment;
    }

    private static ServiceCatalog.Service catalogEntry(String name) {
        return ServiceCatalog.DOMAIN_SERVICES.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + name));
    }

    @Override
    public void close() {
        running.values().forEach(ServiceProcess::requestStop);
        running.values().forEach(process -> process.awaitStop(Duration.ofSeconds(20)));
    }
}
