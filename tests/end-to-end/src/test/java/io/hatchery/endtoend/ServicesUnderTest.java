package io.hatchery.endtoend;

import io.hatchery.devstack.FreePorts;
import io.hatchery.devstack.LocalTokenEndpoint;
import io.hatchery.devstack.ServiceCatalog;
import io.hatchery.devstack.ServiceEnvironment;
import io.hatchery.devstack.ServiceProcess;
import io.hatchery.testing.TestInfrastructure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;

/**
 * Hatchery services started from their packaged jars as separate processes, the way {@code ./hatchery up} runs them,
 * each with a database of its own on the given Mongo and all on the given broker, once or as replicas behind the
 * gateway. They watch this JVM and stop with it, so a failed run leaves nothing behind.
 */
final class ServicesUnderTest implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);

    private final ServiceEnvironment environments;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, Map<String, String>> extraEnvironment = new HashMap<>();

    private final Map<String, Integer> replicas = new HashMap<>();
    private static LocalTokenEndpoint tokenEndpoint;
    private boolean console;
    private Map<String, String> consoleEnvironment;

    ServicesUnderTest(String kafkaBootstrapServers, String mongoConnectionString, Path publicKeyFile) {
        this.environments = ServiceEnvironment.of(kafkaBootstrapServers, mongoConnectionString, publicKeyFile)
                .withConfiguration("optional:file:" + home().resolve("config") + "/");
    }

    static Path home() {
        String configured = System.getProperty("hatchery.home");
        return configured != null ? Path.of(configured) : Path.of("../..").toAbsolutePath().normalize();
    }

    /** The domain services of this checkout, in start order. */
    static List<String> presentServices() {
        return ServiceCatalog.present(home()).stream().map(ServiceCatalog.Service::name).toList();
    }

    /**
     * Every domain service of this checkout, the console with its local sign-in, and the gateway, on the shared
     * test broker and Mongo.
     */
    static ServicesUnderTest everyService() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        ServicesUnderTest services = new ServicesUnderTest(infrastructure.kafkaBootstrapServers(),
                infrastructure.mongoConnectionString(), infrastructure.publicKeyFile());
        services.console = ServiceCatalog.hasConsole(home());
        return services.startWithGateway(presentServices().toArray(String[]::new));
    }

    /** The devstack's token endpoint for the console's sign-in, signing with this JVM's test issuer. */
    private static synchronized LocalTokenEndpoint tokenEndpoint() {
        if (tokenEndpoint == null) {
            tokenEndpoint = LocalTokenEndpoint.start(TestInfrastructure.get().tokenIssuer(), 0);
        }
        return tokenEndpoint;
    }

    /** Starts the named domain services and then the gateway in front of them, and waits until all are healthy. */
    ServicesUnderTest startWithGateway(String... services) {
        return startWithGateway(1, services);
    }

    /**
     * Starts each named domain service as so many replicas sharing its database, then the gateway balancing over
     * them, and waits until all are healthy. Replica 1 is named as the service, the others {@code <service>-<n>}.
     */
    ServicesUnderTest startWithGateway(int replicasEach, String... services) {
        Map<ServiceCatalog.Service, List<String>> routes = new LinkedHashMap<>();
        for (String service : services) {
            replicas.put(service, replicasEach);
            List<String> urls = new ArrayList<>();
            for (int replica = 1; replica <= replicasEach; replica++) {
                urls.add(launch(instance(service, replica), service, environment(service, replica)).baseUrl());
            }
            routes.put(catalogEntry(service), urls);
        }
        if (console) {
            int gatewayPort = ports.computeIfAbsent(ServiceCatalog.GATEWAY.name(), ignored -> FreePorts.pick());
            String consoleName = ServiceCatalog.CONSOLE.name();
            consoleEnvironment = environments.console("http://127.0.0.1:" + gatewayPort, tokenEndpoint().url());
            routes.put(ServiceCatalog.CONSOLE, List.of(launch(consoleName, consoleName, consoleEnvironment)
                    .baseUrl()));
        }
        launch(ServiceCatalog.GATEWAY.name(), ServiceCatalog.GATEWAY.name(), environments.gateway(routes));
        running.keySet().forEach(this::awaitHealthy);
        return this;
    }

    /** Starts one domain service without waiting for it to be healthy (its infrastructure may be down). */
    ServiceProcess startUnchecked(String service) {
        return launch(service, service, environment(service, 1));
    }

    /** Starts one domain service with extra settings (kept for restarts) and waits until it is healthy. */
    ServiceProcess start(String service, Map<String, String> settings) {
        extraEnvironment.put(service, Map.copyOf(settings));
        ServiceProcess process = launch(service, service, environment(service, 1));
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
        launch(name, name, ServiceCatalog.CONSOLE.name().equals(name) ? consoleEnvironment : environment(name, 1));
        awaitHealthy(name);
    }

    /** One replica of a service started with {@link #startWithGateway(int, String...)}. */
    ServiceProcess replica(String service, int replica) {
        return running.get(instance(service, replica));
    }

    /** Stops a replica the way a rolling update does (SIGTERM, a graceful shutdown) and waits until it has gone. */
    void stopReplica(String service, int replica) {
        ServiceProcess process = replica(service, replica);
        process.requestStop();
        process.awaitStop(Duration.ofSeconds(30));
    }

    /** Starts a stopped replica again on its port and waits until it is healthy. */
    void startReplica(String service, int replica) {
        String instance = instance(service, replica);
        launch(instance, service, environment(service, replica));
        awaitHealthy(instance);
    }

    private static String instance(String service, int replica) {
        return replica == 1 ? service : service + "-" + replica;
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

    private ServiceProcess launch(String instance, String service, Map<String, String> environment) {
        int port = ports.computeIfAbsent(instance, ignored -> FreePorts.pick());
        Path jar = ServiceCatalog.GATEWAY.name().equals(service) ? ServiceCatalog.GATEWAY.jar(home())
                : ServiceCatalog.CONSOLE.name().equals(service) ? ServiceCatalog.CONSOLE.jar(home())
                : catalogEntry(service).jar(home());
        Assertions.assertThat(jar).as("packaged jar of " + service + " (run the reactor build)").isRegularFile();
        Path log = Path.of("target", "e2e-logs", runId + "-" + instance + ".log");
        ServiceProcess process = ServiceProcess.start(instance, jar, port, environment,
                ServiceProcess.localJvmOptions(service), log);
        running.put(instance, process);
        return process;
    }

    /** The database a domain service (all its replicas) keeps its data in. */
    String database(String service) {
        return "e2e-" + runId + "-" + service;
    }

    private Map<String, String> environment(String service, int replica) {
        String database = database(service);
        Map<String, String> environment = replicas.getOrDefault(service, 1) > 1
                ? environments.replica(service, database, replica) : environments.domainService(database);
        environment.putAll(extraEnvironment.getOrDefault(service, Map.of()));
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
