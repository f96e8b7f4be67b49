package io.hatchery.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docker-compose.yml runs every service on real infrastructure, and monitoring scrapes and shows all of them. */
class ComposeAndMonitoringTest {

    private final Map<String, Object> compose = Repository.yaml("docker-compose.yml");

    @Test
    void composeBuildsEveryServiceOnRealKafkaAndAMongoReplicaSet() {
        Map<String, Object> services = Repository.at(compose, "services");

        assertThat(Repository.at(compose, "services", "kafka", "image").toString()).startsWith("apache/kafka:4.2");
        List<String> mongoCommand = Repository.at(compose, "services", "mongo", "command");
        assertThat(mongoCommand).contains("--replSet");
        for (String service : Repository.domainServices()) {
            assertThat(services).as("compose service " + service).containsKey(service);
            assertThat((String) Repository.at(compose, "services", service, "build", "args", "SERVICE"))
                    .isEqualTo(service);
            Map<String, Object> env = Repository.at(compose, "services", service, "environment");
            assertThat(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(env.get("SPRING_MONGODB_URI").toString())
                    .isEqualTo("mongodb://mongo:27017/hatchery-" + service + "?replicaSet=rs0");
            Map<String, Object> gatewayEnv = Repository.at(compose, "services", "gateway", "environment");
            assertThat(gatewayEnv.get(Repository.gatewayUrlVariable(service))).isEqualTo("http://" + service + ":8080");
        }
    }

    @Test
    void prometheusScrapesEveryServiceAndTheGateway() {
        List<Map<String, Object>> jobs = Repository.at(Repository.yaml("deploy/prometheus/prometheus.yml"),
                "scrape_configs");
        List<Map<String, Object>> targets = Repository.at(jobs.get(0), "static_configs");
        List<String> scraped = targets.stream()
                .flatMap(target -> ((List<String>) (List<?>) target.get("targets")).stream()).toList();

        for (String service : Repository.domainServices()) {
            assertThat(scraped).contains(service + ":8080");
        }
        assertThat(scraped).contains("gateway:8080");
        assertThat((String) jobs.get(0).get("metrics_path")).isEqualTo("/actuator/prometheus");
    }

    @Test
    void theDashboardUsesTheProvisionedDatasourceAndHatcheryMetrics() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(
                Repository.home().resolve("deploy/grafana/dashboards/hatchery-overview.json")));
        Map<String, Object> datasources = Repository.yaml("deploy/grafana/provisioning/datasources/prometheus.yml");
        String uid = ((List<Map<String, Object>>) (List<?>) datasources.get("datasources")).get(0).get("uid")
                .toString();

        Pattern metric = Pattern.compile("hatchery_[a-z_]+");
        Set<String> metrics = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.at("/datasource/uid").asString()).isEqualTo(uid);
            for (JsonNode target : panel.get("targets")) {
                Matcher matcher = metric.matcher(target.get("expr").asString());
                while (matcher.find()) {
                    metrics.add(matcher.group());
                }
            }
        }
        assertThat(metrics).contains("hatchery_outbox_backlog", "hatchery_outbox_published_total",
                "hatchery_consumer_freshness_seconds");
    }
}
