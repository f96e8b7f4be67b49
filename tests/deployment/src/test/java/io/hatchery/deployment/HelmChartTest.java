package io.hatchery.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The Helm chart lints and renders a complete, consistent deployment of the services in this checkout. */
class HelmChartTest {

    private static final Path CHART = Repository.home().resolve("helm/hatchery");
    private static final String PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----";

    private static Helm chart() {
        return new Helm(CHART);
    }

    private static String render(Map<String, Object> values) {
        var template = chart().template().withName("province").withNamespace("hatchery");
        values.forEach(template::set);
        return template.call();
    }

    private static Map<String, Object> requiredValues() {
        Map<String, Object> values = new HashMap<>();
        values.put("mongodb.uri", "mongodb://mongo-0.mongo,mongo-1.mongo,mongo-2.mongo/?replicaSet=rs0");
        values.put("jwt.issuerUri", "https://id.example.gov.cn/realms/hatchery");
        values.put("services.talent.personalData.existingSecret", "hatchery-personal-data");
        values.put("services.exchange.subscriptionSecrets.existingSecret", "hatchery-subscription-secrets");
        values.put("console.oidc.issuerUri", "https://id.example.gov.cn/realms/hatchery");
        values.put("console.oidc.clientSecret.existingSecret", "hatchery-console-client");
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String rendered) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(rendered)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    private static Map<String, Object> find(List<Map<String, Object>> documents, String kind, String name) {
        return documents.stream()
                .filter(document -> kind.equals(document.get("kind"))
                        && name.equals(Repository.at(document, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    private static Map<String, String> environment(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = Repository.at(deployment, "spec", "template", "spec", "containers");
        List<Map<String, Object>> env = (List<Map<String, Object>>) (List<?>) containers.get(0).get("env");
        Map<String, String> values = new HashMap<>();
        for (Map<String, Object> variable : env) {
            values.put((String) variable.get("name"), String.valueOf(variable.getOrDefault("value", "<from secret>")));
        }
        return values;
    }

    @Test
    void theChartLintsCleanWithAProductionConfiguration(@TempDir Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(CHART.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(copy.resolve("values.yaml"), Files.readString(copy.resolve("values.yaml"))
                .replace("uri: \"\"", "uri: mongodb://mongo/?replicaSet=rs0")
                .replace("issuerUri: \"\"", "issuerUri: https://id.example.gov.cn/realms/hatchery"));

        LintResult result = new Helm(copy).lint().strict().call();

        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @Test
    void everyServiceOfTheCheckoutIsDeployedWithItsInfrastructureAndDatabase() {
        List<Map<String, Object>> documents = documents(render(requiredValues()));

        Map<String, Object> chartServices = Repository.at(Repository.yaml("helm/hatchery/values.yaml"), "services");
        assertThat(chartServices.keySet()).containsExactlyInAnyOrderElementsOf(Repository.domainServices());
        for (String service : Repository.domainServices()) {
            Map<String, Object> deployment = find(documents, "Deployment", "province-hatchery-" + service);
            Map<String, String> env = environment(deployment);
            assertThat(env).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka-bootstrap.kafka:9092")
                    .containsEntry("SPRING_MONGODB_DATABASE", "hatchery-" + service)
                    .containsEntry("SPRING_MONGODB_URI", "<from secret>")
                    .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                            "https://id.example.gov.cn/realms/hatchery");
            List<Map<String, Object>> containers = Repository.at(deployment, "spec", "template", "spec", "containers");
            assertThat(containers.get(0)).containsKeys("readinessProbe", "livenessProbe", "startupProbe");
            assertThat(containers.get(0).get("image")).isEqualTo("hatchery/" + service + ":0.1.0");
            find(documents, "Service", "province-hatchery-" + service);
        }
        assertThat(find(documents, "Secret", "province-hatchery-mongodb")).isNotNull();
    }

    @Test
    void theGatewayRoutesToTheRenderedServices() {
        List<Map<String, Object>> documents = documents(render(requiredValues()));

        Map<String, String> env = environment(find(documents, "Deployment", "province-hatchery-gateway"));

        for (String service : Repository.domainServices()) {
            String url = env.get(Repository.gatewayUrlVariable(service));
            assertThat(url).as("gateway route to " + service).isEqualTo("http://province-hatchery-" + service + ":8080");
            find(documents, "Service", "province-hatchery-" + service);
        }
    }

    @Test
    void theConsoleSignsOfficialsInWithTheProviderAndTheGatewayRoutesToIt() {
        List<Map<String, Object>> documents = documents(render(requiredValues()));

        Map<String, String> console = environment(find(documents, "Deployment", "province-hatchery-console"));
        assertThat(console).containsEntry("HATCHERY_CONSOLE_SIGN_IN", "oidc")
                .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_HATCHERY_ISSUER_URI",
                        "https://id.example.gov.cn/realms/hatchery")
                .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_HATCHERY_CLIENT_SECRET", "<from secret>")
                .containsEntry("HATCHERY_CONSOLE_GATEWAY_URL", "http://province-hatchery-gateway:80");
        assertThat(console).doesNotContainKeys("SPRING_MONGODB_URI", "SPRING_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(environment(find(documents, "Deployment", "province-hatchery-gateway")))
                .containsEntry("HATCHERY_SERVICES_CONSOLE_URL", "http://province-hatchery-console:8080");

        Map<String, Object> withoutProvider = requiredValues();
        withoutProvider.remove("console.oidc.issuerUri");
        assertThatThrownBy(() -> render(withoutProvider)).hasMessageContaining("console.oidc.issuerUri");
    }

    @Test
    void zonesAndALocalPublicKeyAreConfiguredThroughValues() {
        Map<String, Object> values = requiredValues();
        values.remove("jwt.issuerUri");
        values.put("jwt.publicKey", PUBLIC_KEY);
        values.put("regions.zones[0].id", "320900-yannan");
        values.put("regions.zones[0].name", "盐南高新区");
        values.put("regions.zones[0].parent", "320900");

        List<Map<String, Object>> documents = documents(render(values));

        Map<String, String> env = environment(find(documents, "Deployment", "province-hatchery-registry"));
        assertThat(env).containsEntry("HATCHERY_REGIONS_ZONES_0_ID", "320900-yannan")
                .containsEntry("HATCHERY_REGIONS_ZONES_0_PARENT", "320900")
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
                        "file:/etc/hatchery/jwt/public-key.pem");
        Map<String, Object> key = find(documents, "ConfigMap", "province-hatchery-jwt");
        assertThat((String) Repository.at(key, "data", "public-key.pem")).contains("BEGIN PUBLIC KEY");
    }

    @Test
    void theTalentServiceReadsItsPersonalDataKeysFromTheDeploymentsSecret() {
        List<Map<String, Object>> documents = documents(render(requiredValues()));

        Map<String, String> env = environment(find(documents, "Deployment", "province-hatchery-talent"));

        assertThat(env).containsEntry("HATCHERY_TALENT_PERSONAL_DATA_MASTER_KEYSET", "<from secret>")
                .containsEntry("HATCHERY_TALENT_PERSONAL_DATA_BLIND_INDEX_KEYSET", "<from secret>");
        assertThat(environment(find(documents, "Deployment", "province-hatchery-registry")))
                .doesNotContainKey("HATCHERY_TALENT_PERSONAL_DATA_MASTER_KEYSET");
        Map<String, Object> values = requiredValues();
        values.remove("services.talent.personalData.existingSecret");
        assertThatThrownBy(() -> render(values)).hasMessageContaining("services.talent.personalData.existingSecret");
    }

    @Test
    void theExchangeReadsItsSubscriptionSecretsKeyFromTheDeploymentsSecret() {
        List<Map<String, Object>> documents = documents(render(requiredValues()));

        assertThat(environment(find(documents, "Deployment", "province-hatchery-exchange")))
                .containsEntry("HATCHERY_EXCHANGE_SUBSCRIPTIONS_SECRETS_KEYSET", "<from secret>")
                .containsEntry("HATCHERY_EXCHANGE_DELIVERY_ORIGIN", "hatchery.example.gov.cn");
        Map<String, Object> values = requiredValues();
        values.remove("services.exchange.subscriptionSecrets.existingSecret");
        assertThatThrownBy(() -> render(values))
                .hasMessageContaining("services.exchange.subscriptionSecrets.existingSecret");
    }

    @Test
    void aMissingDatabaseIsRefusedWithAClearMessage() {
        Map<String, Object> values = requiredValues();
        values.remove("mongodb.uri");

        assertThatThrownBy(() -> render(values)).hasMessageContaining("mongodb.uri or mongodb.existingSecret");
    }
}
