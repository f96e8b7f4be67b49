package io.hatchery.bench;

import io.hatchery.contracts.ContractJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JMH micro-benchmarks of the statistics service's hot paths (event decode, delta computation, cube update,
 * and the whole apply of an event). They live next to the code they measure, in the service's test sources; this
 * runs them in their own JVM from the built test classes and reports JMH's scores.
 */
final class MicroBenchmarks {

    private static final String MODULE = "services/statistics";

    private MicroBenchmarks() {
    }

    /**
     * @param seconds length of each warm-up and measurement iteration (three and five of them)
     */
    static Map<String, Object> run(Path home, int seconds) {
        Path module = home.resolve(MODULE);
        Path classpathFile = module.resolve("target/microbench.classpath");
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("The micro-benchmarks are not built: " + classpathFile
                    + " is missing (./mvnw -DskipTests package builds them)");
        }
        try {
            Path results = Files.createTempFile("hatchery-jmh-", ".json");
            String classpath = module.resolve("target/test-classes") + java.io.File.pathSeparator
                    + module.resolve("target/classes") + java.io.File.pathSeparator
                    + Files.readString(classpathFile).trim();
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classpath, "org.openjdk.jmh.Main", "io.hatchery.statistics.microbench",
                    "-f", "1", "-wi", "3", "-w", seconds + "s", "-i", "5", "-r", seconds + "s",
                    "-rf", "json", "-rff", results.toString());
            Process jmh = new ProcessBuilder(command).redirectErrorStream(true).start();
            // JMH's progress is passed on to stderr: stdout carries only this benchmark's JSON and summary.
            try (BufferedReader output = new BufferedReader(new InputStreamReader(jmh.getInputStream(),
                    StandardCharsets.UTF_8))) {
                output.lines().forEach(System.err::println);
            }
            if (jmh.waitFor() != 0) {
                throw new IllegalStateException("JMH failed with exit code " + jmh.exitValue());
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("iterations", "3 × %d s warm-up, 5 × %d s measured, 1 fork".formatted(seconds, seconds));
            result.put("results", scores(ContractJson.mapper().readTree(results.toFile())));
            Files.deleteIfExists(results);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JMH ran", e);
        }
    }

    private static List<Map<String, Object>> scores(JsonNode jmh) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (JsonNode benchmark : jmh) {
            String name = benchmark.get("benchmark").asString();
            JsonNode metric = benchmark.get("primaryMetric");
            Map<String, Object> score = new LinkedHashMap<>();
            score.put("name", name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
            score.put("score", Math.round(metric.get("score").asDouble()));
            score.put("error", Math.round(metric.get("scoreError").asDouble()));
            score.put("unit", metric.get("scoreUnit").asString());
            scores.add(score);
        }
        return scores;
    }
}
