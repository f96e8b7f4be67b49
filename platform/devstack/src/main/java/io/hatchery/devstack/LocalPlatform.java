package io.hatchery.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./hatchery up}: embedded Kafka and Mongo (unless external ones are configured), every built service and
 * the gateway as child processes (restarted when one dies, see {@link Supervisor}), all stopped together on
 * Ctrl-C. Data lives under {@code var/}.
 */
final class LocalPlatform {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(150);

    private final Path home;
    private final Path var;
    private final Map<String, String> environment;
    private final Supervisor supervisor = Supervisor.forLocalPlatform(System.out);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private EmbeddedKafka kafka;
    private EmbeddedMongo mongo;
    private LocalTokenEndpoint tokens;

    LocalPlatform(Path home, Map<String, String> environment) {
        this.home = home;
        this.var = home.resolve("var");
        this.environment = environment;
    }

    /** The deployment's own settings (zones, rule sets) in {@code config/}, read by every service. */
    static String deploymentConfiguration(Path home) {
        return "optional:file:" + home.resolve("config").toAbsolutePath() + "/";
    }

    static Path keyDirectory(Path home) {
        return home.resolve("var").resolve("keys");
    }

    int runUntilStopped(List<String> options) throws Exception {
        boolean demo = options.contains("--demo");
        if (!options.stream().allMatch("--demo"::equals)) {
            System.err.println("up takes only --demo (got " + options + ")");
            return 2;
        }
        long started = System.nanoTime();
        List<ServiceCatalog.Service> services = ServiceCatalog.present(home);
        List<String> unbuilt = services.stream().filter(s -> !s.isBuilt(home)).map(ServiceCatalog.Service::name)
                .toList();
        boolean console = ServiceCatalog.hasConsole(home);
        if (console && !ServiceCatalog.CONSOLE.isBuilt(home)) {
            unbuilt = new ArrayList<>(unbuilt);
            unbuilt.add(ServiceCatalog.CONSOLE.name());
        }
        if (!unbuilt.isEmpty() || !ServiceCatalog.GATEWAY.isBuilt(home)) {
            System.err.println("Not built: " + unbuilt + (ServiceCatalog.GATEWAY.isBuilt(home) ? "" : " gateway")
                    + ". Run ./hatchery up (it builds), or ./mvnw -DskipTests package.");
            return 1;
        }
        String busy = busyPorts(services);
        if (busy != null) {
            System.err.println(busy);
            return 1;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll();
            stop.countDown();
        }, "hatchery-shutdown"));

        Path publicKey = keyDirectory(home).resolve(LocalTokenIssuer.PUBLIC_KEY_FILE);
        LocalTokenIssuer issuer = LocalTokenIssuer.inDirectory(keyDirectory(home));
        String bootstrapServers = startKafka();
        String mongoUri = startMongo();

        ServiceEnvironment environments = ServiceEnvironment.of(bootstrapServers, mongoUri, publicKey)
                .withConfiguration(deploymentConfiguration(home));
        if (mongo != null) {
            environments = environments.withoutChangeStreams();
        }

        Map<ServiceCatalog.Service, List<String>> routes = new LinkedHashMap<>();
        for (ServiceCatalog.Service service : services) {
            int port = service.port(environment);
            supervisor.start(new Supervisor.Launch(service.name(), service.jar(home), port,
                    environments.domainService("hatchery-" + service.name()),
                    ServiceProcess.localJvmOptions(service.name()),
                    logFile(service.name())));
            routes.put(service, List.of("http://127.0.0.1:" + port));
        }
        int gatewayPort = ServiceCatalog.GATEWAY.port(environment);
        if (console) {
            tokens = LocalTokenEndpoint.start(issuer, intVariable("HATCHERY_TOKENS_PORT", 8079));
            int port = ServiceCatalog.CONSOLE.port(environment);
            supervisor.start(new Supervisor.Launch(ServiceCatalog.CONSOLE.name(), ServiceCatalog.CONSOLE.jar(home),
                    port, environments.console("http://127.0.0.1:" + gatewayPort, tokens.url()),
                    ServiceProcess.LOCAL_JVM_OPTIONS, logFile(ServiceCatalog.CONSOLE.name())));
            routes.put(ServiceCatalog.CONSOLE, List.of("http://127.0.0.1:" + port));
        }
        ServiceProcess gateway = supervisor.start(new Supervisor.Launch("gateway", ServiceCatalog.GATEWAY.jar(home),
                gatewayPort, environments.gateway(routes),
                ServiceProcess.LOCAL_JVM_OPTIONS, logFile("gateway")));
        List<ServiceProcess> processes = supervisor.processes();
        System.out.println("Starting " + processes.size() + " services (logs in " + home.relativize(var.resolve("logs"))
                + "/)…");

        for (ServiceProcess process : processes) {
            if (!process.awaitHealthy(HEALTH_TIMEOUT)) {
                System.err.println(process.name() + " did not become healthy; last lines of " + process.logFile() + ":");
                System.err.println(Supervisor.tail(process.logFile(), 40));
                return 1;
            }
            System.out.printf("  %-14s %s%n", process.name(), process.baseUrl());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("""

                Hatchery is up in %.1f s. Gateway: %s
                  open:   %s/ in a browser (the web console; sign in as a demo user)
                  token:  TOKEN=$(./hatchery token --role PROVINCE_ADMIN --region 320000)
                  try:    curl -H "Authorization: Bearer $TOKEN" %s/api/statistics/regions/320000/indicators/carriers.count
                A service that stops on its own is started again, and this terminal says so.
                Ctrl-C stops everything.
                %n""", seconds, gateway.baseUrl(), gateway.baseUrl(), gateway.baseUrl());
        supervisor.watch();
        if (demo) {
            loadDemoInBackground();
        }
        stop.await();
        return 0;
    }

    private void loadDemoInBackground() {
        Thread loader = new Thread(() -> {
            try {
                System.out.println("Loading the demo province…");
                System.out.println(HatcheryCli.demoProvince(home, environment, 2026).load());
            } catch (Exception e) {
                System.err.println("Demo data could not be loaded: " + e.getMessage());
            }
        }, "hatchery-demo");
        loader.setDaemon(true);
        loader.start();
    }

    private String startKafka() {
        String external = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            System.out.println("Kafka: external " + external);
            return external;
        }
        int port = intVariable("HATCHERY_KAFKA_PORT", 9092);
        kafka = EmbeddedKafka.start(var.resolve("kafka"), port, Map.of());
        System.out.println("Kafka: embedded broker on " + kafka.bootstrapServers() + " (data in var/kafka)");
        return kafka.bootstrapServers();
    }

    private String startMongo() {
        String external = environment.get("MONGODB_URI");
        if (external != null && !external.isBlank()) {
            System.out.println("Mongo: external " + external.replaceAll("//[^@/]*@", "//***@"));
            return external;
        }
        int port = intVariable("HATCHERY_MONGO_PORT", 27017);
        mongo = EmbeddedMongo.persistent(var.resolve("mongo"), port);
        System.out.println("Mongo: embedded server on " + mongo.connectionString() + " (data in var/mongo)");
        return mongo.connectionString();
    }

    private void stopAll() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        System.out.println("\nStopping Hatchery…");
        supervisor.close();
        if (tokens != null) {
            tokens.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        System.out.println("Stopped.");
    }

    private String busyPorts(List<ServiceCatalog.Service> services) {
        List<String> busy = new ArrayList<>();
        List<ServiceCatalog.Service> all = new ArrayList<>(services);
        all.add(ServiceCatalog.GATEWAY);
        if (ServiceCatalog.hasConsole(home)) {
            all.add(ServiceCatalog.CONSOLE);
        }
        for (ServiceCatalog.Service service : all) {
            if (!FreePorts.isFree(service.port(environment))) {
                busy.add(service.name() + " " + service.port(environment) + " (" + service.portVariable() + ")");
            }
        }
        if (isBlank("KAFKA_BOOTSTRAP_SERVERS") && !FreePorts.isFree(intVariable("HATCHERY_KAFKA_PORT", 9092))) {
            busy.add("kafka " + intVariable("HATCHERY_KAFKA_PORT", 9092) + " (HATCHERY_KAFKA_PORT)");
        }
        if (isBlank("MONGODB_URI") && !FreePorts.isFree(intVariable("HATCHERY_MONGO_PORT", 27017))) {
            busy.add("mongo " + intVariable("HATCHERY_MONGO_PORT", 27017) + " (HATCHERY_MONGO_PORT)");
        }
        return busy.isEmpty() ? null
                : "Ports in use: " + String.join(", ", busy)
                        + ". Is Hatchery already running? Stop it, or move the ports with the variables named.";
    }

    private boolean isBlank(String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank();
    }

    private int intVariable(String name, int fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private Path logFile(String service) {
        return var.resolve("logs").resolve(service + ".log");
    }
}
