package io.hatchery.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The services the launcher knows, their default ports, and where their built jars are. */
public final class ServiceCatalog {

    /**
     * @param name        service name, also its folder under {@code services/} and its jar name
     * @param defaultPort port unless {@code HATCHERY_<NAME>_PORT} says otherwise
     */
    public record Service(String name, int defaultPort) {

        public String portVariable() {
            return "HATCHERY_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
        }

        /** The gateway's variable for this service's base URL ({@code hatchery.services.<name>.url}). */
        public String gatewayUrlVariable() {
            return "HATCHERY_SERVICES_" + name.toUpperCase(Locale.ROOT).replace("-", "") + "_URL";
        }

        public int port(Map<String, String> environment) {
            String configured = environment.get(portVariable());
            return configured == null || configured.isBlank() ? defaultPort : Integer.parseInt(configured.trim());
        }

        public Path jar(Path home) {
            return home.resolve("services").resolve(name).resolve("target").resolve(name + ".jar");
        }

        public boolean isBuilt(Path home) {
            return Files.isRegularFile(jar(home));
        }
    }

    public static final Service GATEWAY = new Service("gateway", 8080);

    /** The officials' web console: behind the gateway at {@code /}, started before it. */
    public static final Service CONSOLE = new Service("console", 8087);

    /** Domain services in start order; the gateway comes last. */
    public static final List<Service> DOMAIN_SERVICES = List.of(
            new Service("registry", 8081),
            new Service("evaluation", 8082),
            new Service("fund-matching", 8083),
            new Service("talent", 8084),
            new Service("statistics", 8085),
            new Service("exchange", 8086));

    private ServiceCatalog() {
    }

    /** Whether this checkout has the console (a module under {@code services/console}). */
    public static boolean hasConsole(Path home) {
        return Files.isRegularFile(home.resolve("services").resolve(CONSOLE.name()).resolve("pom.xml"));
    }

    /**
     * Domain services that exist in this checkout: a module under {@code services/} (its {@code pom.xml}; a folder
     * left with only build output in it is not a service).
     */
    public static List<Service> present(Path home) {
        return DOMAIN_SERVICES.stream()
                .filter(service -> Files.isRegularFile(home.resolve("services").resolve(service.name())
                        .resolve("pom.xml")))
                .toList();
    }
}
