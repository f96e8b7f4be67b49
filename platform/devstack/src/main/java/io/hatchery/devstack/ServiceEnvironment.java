package io.hatchery.devstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The environment a Hatchery service process starts with, in one place for every launcher ({@code ./hatchery up},
 * the benchmarks, the chaos run, the end-to-end tests): the broker, Mongo and the key that checks tokens; for a
 * domain service its database and, among replicas, its name; for the gateway where each service's replicas
 * listen.
 */
public final class ServiceEnvironment {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String mongoUri;
    private final Map<String, String> common;

    private ServiceEnvironment(String mongoUri, Map<String, String> common) {
        this.mongoUri = mongoUri;
        this.common = Map.copyOf(common);
    }

    /**
     * Services on this broker and Mongo, accepting tokens signed by the key whose public half is in the file, and
     * stopping when this process ends.
     */
    public static ServiceEnvironment of(String kafkaBootstrapServers, String mongoUri, Path publicKey) {
        Map<String, String> common = new HashMap<>();
        common.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        common.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
                "file:" + publicKey.toAbsolutePath());
        common.put("HATCHERY_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
        // A local run's webhook sinks (the demo's, the tests', the benchmark's) listen on this machine
        common.put("HATCHERY_EXCHANGE_SUBSCRIPTIONS_ALLOW_PRIVATE_SINKS", "true");
        return new ServiceEnvironment(mongoUri, common);
    }

    /** The same, with one more variable for every service. */
    public ServiceEnvironment with(String variable, String value) {
        Map<String, String> more = new HashMap<>(common);
        more.put(variable, value);
        return new ServiceEnvironment(mongoUri, more);
    }

    /** The deployment's configuration files (Spring's {@code spring.config.additional-location}). */
    public ServiceEnvironment withConfiguration(String location) {
        return with("SPRING_CONFIG_ADDITIONAL_LOCATION", location);
    }

    /**
     * The outbox relay woken by its own process's writes only. Right where each service runs once: the embedded
     * Mongo answers a change stream by scanning its whole oplog on every poll, slower with every write. Replicas
     * still see each other's writes on the relay's sweep.
     */
    public ServiceEnvironment withoutChangeStreams() {
        return with("HATCHERY_MESSAGING_RELAY_CHANGE_STREAMS", "false");
    }

    /** Only warnings and errors in the services' logs (benchmarks, where logging would be measured). */
    public ServiceEnvironment quiet() {
        return with("LOGGING_LEVEL_ROOT", "WARN");
    }

    /** A domain service's environment, with its own database on the Mongo. */
    public Map<String, String> domainService(String database) {
        Map<String, String> environment = new HashMap<>(common);
        environment.put("SPRING_MONGODB_URI", MongoUris.withDatabase(mongoUri, database));
        return environment;
    }

    /**
     * One of a domain service's replicas, sharing the service's database. The replica's name keeps what each
     * replica holds for itself apart (the statistics' checkpoints) where the host name is the same for all.
     */
    public Map<String, String> replica(String service, String database, int replica) {
        Map<String, String> environment = domainService(database);
        environment.put("HATCHERY_STATISTICS_REPLICA", service + "-" + replica);
        return environment;
    }

    /**
     * The console's environment: the gateway it calls the APIs through, and the local sign-in with the devstack's
     * token endpoint (the demo users' tokens).
     */
    public Map<String, String> console(String gatewayUrl, String tokenUrl) {
        Map<String, String> environment = new HashMap<>(common);
        environment.put("HATCHERY_CONSOLE_GATEWAY_URL", gatewayUrl);
        environment.put("HATCHERY_CONSOLE_SIGN_IN", "local");
        environment.put("HATCHERY_CONSOLE_LOCAL_TOKEN_URL", tokenUrl);
        return environment;
    }

    /**
     * The gateway's environment, routing each service to its base URL, or balancing over its replicas when it has
     * several ({@code lb://<service>} over instances listed in Spring Cloud's simple discovery).
     *
     * @param replicas base URLs per service, in the order to balance over them
     */
    public Map<String, String> gateway(Map<ServiceCatalog.Service, List<String>> replicas) {
        Map<String, String> environment = new HashMap<>(common);
        Map<String, List<String>> balanced = new LinkedHashMap<>();
        replicas.forEach((service, urls) -> {
            if (urls.size() == 1) {
                environment.put(service.gatewayUrlVariable(), urls.get(0));
            } else {
                environment.put(service.gatewayUrlVariable(), "lb://" + service.name());
                balanced.put(service.name(), urls);
            }
        });
        if (!balanced.isEmpty()) {
            environment.put("SPRING_APPLICATION_JSON", discoveryJson(balanced));
        }
        return environment;
    }

    private static String discoveryJson(Map<String, List<String>> balanced) {
        Map<String, List<Map<String, String>>> instances = new LinkedHashMap<>();
        balanced.forEach((service, urls) -> instances.put(service,
                urls.stream().map(url -> Map.of("uri", url)).toList()));
        return JSON.writeValueAsString(Map.of("spring", Map.of("cloud", Map.of("discovery", Map.of("client",
                Map.of("simple", Map.of("instances", instances)))))));
    }
}
