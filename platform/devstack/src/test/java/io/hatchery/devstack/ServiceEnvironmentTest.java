package io.hatchery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ServiceEnvironmentTest {

    private static final ServiceCatalog.Service REGISTRY = ServiceCatalog.DOMAIN_SERVICES.get(0);
    private static final ServiceCatalog.Service FUND_MATCHING = ServiceCatalog.DOMAIN_SERVICES.get(2);
    private static final ServiceCatalog.Service STATISTICS = ServiceCatalog.DOMAIN_SERVICES.get(4);

    private final ServiceEnvironment environments = ServiceEnvironment.of("127.0.0.1:9092",
            "mongodb://127.0.0.1:27017/?replicaSet=rs0", Path.of("keys/public.pem"));

    @Test
    void aDomainServiceGetsTheSharedSettingsAndADatabaseOfItsOwn() {
        Map<String, String> environment = environments.withoutChangeStreams().domainService("hatchery-registry");

        assertThat(environment).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("SPRING_MONGODB_URI", "mongodb://127.0.0.1:27017/hatchery-registry?replicaSet=rs0")
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
                        "file:" + Path.of("keys/public.pem").toAbsolutePath())
                .containsEntry("HATCHERY_PARENT_PID", Long.toString(ProcessHandle.current().pid()))
                .containsEntry("HATCHERY_MESSAGING_RELAY_CHANGE_STREAMS", "false")
                .doesNotContainKey("HATCHERY_STATISTICS_REPLICA");
    }

    @Test
    void replicasShareTheDatabaseAndHaveNamesOfTheirOwn() {
        Map<String, String> first = environments.replica("statistics", "hatchery-statistics", 1);
        Map<String, String> second = environments.replica("statistics", "hatchery-statistics", 2);

        assertThat(first.get("SPRING_MONGODB_URI")).isEqualTo(second.get("SPRING_MONGODB_URI"));
        assertThat(first).containsEntry("HATCHERY_STATISTICS_REPLICA", "statistics-1");
        assertThat(second).containsEntry("HATCHERY_STATISTICS_REPLICA", "statistics-2");
    }

    @Test
    void theGatewayRoutesToOneInstanceDirectlyAndBalancesOverSeveral() {
        Map<ServiceCatalog.Service, List<String>> routes = new LinkedHashMap<>();
        routes.put(REGISTRY, List.of("http://127.0.0.1:8081"));
        routes.put(STATISTICS, List.of("http://127.0.0.1:9001", "http://127.0.0.1:9002"));
        routes.put(FUND_MATCHING, List.of("http://127.0.0.1:9101", "http://127.0.0.1:9102"));

        Map<String, String> gateway = environments.gateway(routes);

        assertThat(gateway).containsEntry("HATCHERY_SERVICES_REGISTRY_URL", "http://127.0.0.1:8081")
                .containsEntry("HATCHERY_SERVICES_STATISTICS_URL", "lb://statistics")
                .containsEntry("HATCHERY_SERVICES_FUNDMATCHING_URL", "lb://fund-matching");
        JsonNode instances = JsonMapper.builder().build().readTree(gateway.get("SPRING_APPLICATION_JSON"))
                .at("/spring/cloud/discovery/client/simple/instances");
        assertThat(instances.path("statistics").findValuesAsString("uri"))
                .containsExactly("http://127.0.0.1:9001", "http://127.0.0.1:9002");
        assertThat(instances.path("fund-matching").findValuesAsString("uri"))
                .containsExactly("http://127.0.0.1:9101", "http://127.0.0.1:9102");
        assertThat(instances.has("registry")).isFalse();
    }

    @Test
    void aGatewayWithoutReplicasGetsNoDiscoverySettings() {
        assertThat(environments.gateway(Map.of(REGISTRY, List.of("http://127.0.0.1:8081"))))
                .doesNotContainKey("SPRING_APPLICATION_JSON");
    }
}
