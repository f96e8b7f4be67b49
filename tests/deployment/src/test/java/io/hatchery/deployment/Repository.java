package io.hatchery.deployment;

import io.hatchery.devstack.ServiceCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The checkout under test: its deployment files and the services that exist in it. */
final class Repository {

    private Repository() {
    }

    static Path home() {
        String configured = System.getProperty("hatchery.home");
        return configured != null ? Path.of(configured) : Path.of("../..").toAbsolutePath().normalize();
    }

    /** Domain services with a folder under {@code services/}: each must be deployable. */
    static List<String> domainServices() {
        return ServiceCatalog.present(home()).stream().map(ServiceCatalog.Service::name).toList();
    }

    static String gatewayUrlVariable(String service) {
        return ServiceCatalog.DOMAIN_SERVICES.stream().filter(candidate -> candidate.name().equals(service))
                .findFirst().orElseThrow().gatewayUrlVariable();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String relativePath) {
        try {
            return (Map<String, Object>) new Yaml().load(Files.readString(home().resolve(relativePath)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> document, String... path) {
        Object current = document;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError("no " + String.join(".", path) + " (missing " + key + ")");
            }
            current = map.get(key);
        }
        return (T) current;
    }
}
