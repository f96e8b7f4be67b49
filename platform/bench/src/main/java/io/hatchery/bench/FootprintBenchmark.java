package io.hatchery.bench;

import io.hatchery.devstack.FreePorts;
import io.hatchery.devstack.ServiceCatalog;
import io.hatchery.devstack.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Footprint: each service started alone (production JVM settings) timed to healthy with its resident memory
 * then; and {@code ./hatchery up} as a whole (its local settings), timed to the gateway being healthy, with the
 * memory of the launcher and everything it started.
 */
final class FootprintBenchmark {

    private FootprintBenchmark() {
    }

    static Map<String, Object> run(BenchEnvironment environment) {
        List<Map<String, Object>> services = new ArrayList<>();
        for (String name : List.of("registry", "evaluation", "statistics", "gateway")) {
            long started = System.nanoTime();
            ServiceProcess process = environment.start(name, Map.of());
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service", name);
            service.put("start_to_healthy_s", Stats.round(seconds));
            service.put("rss_mb", BenchEnvironment.rssMegabytes(process.pid()));
            services.add(service);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("services", services);
        result.put("hatchery_up", wholePlatform(environment.home));
        return result;
    }

    /** Runs the launcher in a scratch home (linked to the built services) on free ports, then stops it. */
    private static Map<String, Object> wholePlatform(Path home) {
        try {
            Path scratch = Files.createTempDirectory("hatchery-footprint");
            Files.createSymbolicLink(scratch.resolve("services"), home.resolve("services"));
            Files.createSymbolicLink(scratch.resolve("config"), home.resolve("config"));
            int gatewayPort = FreePorts.pick();
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", home.resolve("platform/devstack/target/devstack.jar").toString(), "up");
            ProcessBuilder builder = new ProcessBuilder(command).directory(scratch.toFile())
                    .redirectErrorStream(true).redirectOutput(scratch.resolve("up.log").toFile());
            builder.environment().put("HATCHERY_GATEWAY_PORT", Integer.toString(gatewayPort));
            for (ServiceCatalog.Service service : ServiceCatalog.DOMAIN_SERVICES) {
                builder.environment().put(service.portVariable(), Integer.toString(FreePorts.pick()));
            }
            builder.environment().put(ServiceCatalog.CONSOLE.portVariable(), Integer.toString(FreePorts.pick()));
            builder.environment().put("HATCHERY_TOKENS_PORT", Integer.toString(FreePorts.pick()));
            builder.environment().put("HATCHERY_KAFKA_PORT", Integer.toString(FreePorts.pick()));
            builder.environment().put("HATCHERY_MONGO_PORT", Integer.toString(FreePorts.pick()));
            long started = System.nanoTime();
            Process launcher = builder.start();
            HttpClient client = HttpClient.newHttpClient();
            double seconds = -1;
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (System.nanoTime() < deadline && launcher.isAlive()) {
                try {
                    HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + gatewayPort + "/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && Files.readString(scratch.resolve("up.log"))
                            .contains("Hatchery is up")) {
                        seconds = (System.nanoTime() - started) / 1e9;
                        break;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            long total = BenchEnvironment.rssMegabytes(launcher.pid());
            List<ProcessHandle> children = launcher.descendants().toList();
            for (ProcessHandle child : children) {
                total += BenchEnvironment.rssMegabytes(child.pid());
            }
            launcher.destroy();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("start_to_ready_s", Stats.round(seconds));
            result.put("rss_total_mb", total);
            result.put("processes", 1 + children.size());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
