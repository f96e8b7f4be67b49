package io.hatchery.bench.chaos;

import io.hatchery.devstack.EmbeddedKafka;
import io.hatchery.devstack.EmbeddedMongo;
import io.hatchery.devstack.FreePorts;
import io.hatchery.devstack.LocalTokenEndpoint;
import io.hatchery.devstack.LocalTokenIssuer;
import io.hatchery.devstack.ServiceCatalog;
import io.hatchery.devstack.ServiceEnvironment;
import io.hatchery.devstack.ServiceProcess;
import io.hatchery.devstack.Supervisor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform as {@code ./hatchery up} runs it — an embedded broker that keeps its log on disk, a Mongo
 * server whose data outlives its outages (in memory: the embedded server's disk store grows slower with every write
 * and would measure itself), every service of the checkout and the gateway as supervised processes that are
 * restarted when they die — with handles to break it: kill a service, stop the broker or Mongo for a while.
 */
public final class ChaosPlatform implements AutoCloseable {

    /**
     * Room for a long run's state (the statistics hold every carrier in memory) with the full JIT; the serial
     * collector keeps four services and the harness on two cores.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx768m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8");

    private final Path home;
    private final Path work;
    private final int kafkaPort = FreePorts.pick();
    private final int mongoPort = FreePorts.pick();
    private final LocalTokenIssuer tokens = LocalTokenIssuer.generate();
    private final Supervisor supervisor;
    private final List<String> services;
    private EmbeddedKafka kafka;
    private EmbeddedMongo mongo;
    private String gatewayUrl;
    private LocalTokenEndpoint tokenEndpoint;

    /** @param console where the supervisor says what died and came back */
    public ChaosPlatform(Path home, PrintStream console) {
        this.home = home;
        try {
            this.work = Files.createTempDirectory("hatchery-chaos");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.supervisor = new Supervisor(console, Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(30));
        this.services = ServiceCatalog.present(home).stream().map(ServiceCatalog.Service::name).toList();
    }

    /** Starts the infrastructure and every service, and waits until all are healthy. */
    public ChaosPlatform start() {
        kafka = EmbeddedKafka.start(work.resolve("kafka"), kafkaPort, Map.of());
        mongo = EmbeddedMongo.inMemorySurvivingOutages(mongoPort);
        Path publicKey = work.resolve("jwt-public-key.pem");
        tokens.writePublicKey(publicKey);
        ServiceEnvironment environments = ServiceEnvironment.of(kafka.bootstrapServers(), mongo.connectionString(),
                publicKey).withConfiguration("optional:file:" + home.resolve("config") + "/").withoutChangeStreams()
                .quiet();
        Map<ServiceCatalog.Service, List<String>> routes = new LinkedHashMap<>();
        List<ServiceProcess> started = new ArrayList<>();
        for (ServiceCatalog.Service service : ServiceCatalog.present(home)) {
            int port = FreePorts.pick();
            started.add(supervisor.start(new Supervisor.Launch(service.name(), service.jar(home), port,
                    environments.domainService("chaos-" + service.name()), JVM_OPTIONS,
                    work.resolve("logs").resolve(service.name() + ".log"))));
            routes.put(service, List.of("http://127.0.0.1:" + port));
        }
        int gatewayPort = FreePorts.pick();
        if (ServiceCatalog.hasConsole(home)) {
            tokenEndpoint = LocalTokenEndpoint.start(tokens, 0);
            int port = FreePorts.pick();
            started.add(supervisor.start(new Supervisor.Launch(ServiceCatalog.CONSOLE.name(),
                    ServiceCatalog.CONSOLE.jar(home), port, environments.console("http://127.0.0.1:" + gatewayPort,
                            tokenEndpoint.url()), JVM_OPTIONS, work.resolve("logs").resolve("console.log"))));
            routes.put(ServiceCatalog.CONSOLE, List.of("http://127.0.0.1:" + port));
        }
        started.add(supervisor.start(new Supervisor.Launch("gateway", ServiceCatalog.GATEWAY.jar(home), gatewayPort,
                environments.gateway(routes), JVM_OPTIONS, work.resolve("logs").resolve("gateway.log"))));
        gatewayUrl = "http://127.0.0.1:" + gatewayPort;
        for (ServiceProcess process : started) {
            awaitHealthy(process);
        }
        supervisor.watch();
        return this;
    }

    private static void awaitHealthy(ServiceProcess process) {
        try {
            if (!process.awaitHealthy(Duration.ofSeconds(180))) {
                throw new IllegalStateException(process.name() + " did not become healthy; see " + process.logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every process is up and healthy again (after the faults). */
    public void awaitAllHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (supervisor.processes().stream().allMatch(process -> process.isAlive() && process.isHealthy())) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        List<String> unwell = supervisor.processes().stream().filter(process -> !process.isAlive()
                || !process.isHealthy()).map(process -> process.name() + " (see " + process.logFile() + ")").toList();
        throw new IllegalStateException("not healthy again after " + timeout + ": " + unwell);
    }

    public List<String> services() {
        return services;
    }

    /** The domain services, the console and the gateway: what a fault may kill. */
    public List<String> processes() {
        List<String> all = new ArrayList<>(services);
        if (ServiceCatalog.hasConsole(home)) {
            all.add(ServiceCatalog.CONSOLE.name());
        }
        all.add("gateway");
        return all;
    }

    public String gatewayUrl() {
        return gatewayUrl;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    public String token(String role, String region) {
        return tokens.issue("chaos-" + role.toLowerCase(), List.of(role), region, Duration.ofHours(8));
    }

    /** SIGKILL, as a crash would; the supervisor starts it again. */
    public void kill(String process) {
        supervisor.process(process).kill();
    }

    /** Stops the broker, keeps it down for a while, and starts it again on its port and data. */
    public void restartKafka(Duration down) {
        kafka.close();
        sleep(down);
        kafka = EmbeddedKafka.start(work.resolve("kafka"), kafkaPort, Map.of());
    }

    /** Takes Mongo down for a while (connections dropped, port closed) and starts it again on its port and data. */
    public void restartMongo(Duration down) {
        try {
            mongo.outage(down);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int restarts(String process) {
        return supervisor.restarts(process);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        supervisor.close();
        if (tokenEndpoint != null) {
            tokenEndpoint.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }
}
