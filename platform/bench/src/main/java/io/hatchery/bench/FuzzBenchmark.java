package io.hatchery.bench;

import io.hatchery.bench.fuzz.Fuzzer;
import io.hatchery.devstack.ServiceCatalog;
import io.hatchery.devstack.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./hatchery bench fuzz --minutes N}: every service behind the gateway, then generated requests against
 * every operation of their OpenAPI documents for N minutes, from a few fuzzers side by side (each on fixtures of
 * its own), checked for what must hold whatever the input: no 5xx, problem details for every refusal, nothing
 * changed by a refused command.
 */
final class FuzzBenchmark {

    private static final int FUZZERS = 3;

    private FuzzBenchmark() {
    }

    static Map<String, Object> run(BenchEnvironment environment, Duration duration) {
        List<String> services = ServiceCatalog.present(environment.home).stream().map(ServiceCatalog.Service::name)
                .toList();
        Map<String, String> routes = new HashMap<>();
        for (ServiceCatalog.Service service : ServiceCatalog.present(environment.home)) {
            routes.put(service.gatewayUrlVariable(), environment.start(service.name(), Map.of()).baseUrl());
        }
        ServiceProcess gateway = environment.start("gateway", routes);
        List<Fuzzer> fuzzers = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        for (int i = 0; i < FUZZERS; i++) {
            Fuzzer fuzzer = new Fuzzer(gateway.baseUrl(), environment.adminToken(), 2025 - i);
            Map<String, String> fixtures = fuzzer.createFixtures(services);
            fuzzers.add(fuzzer);
            tokens.add(List.of(environment.adminToken(),
                    environment.tokens.issue("fuzz-officer", List.of("CITY_OFFICER"), "320900", Duration.ofHours(4)),
                    environment.tokens.issue("fuzz-operator", List.of("CARRIER_OPERATOR"), "320900",
                            fixtures.get("carrier"), Duration.ofHours(4)),
                    environment.tokens.issue("fuzz-analyst", List.of("ANALYST"), "320900", Duration.ofHours(4)),
                    environment.tokens.issue("fuzz-elsewhere", List.of("PROVINCE_ADMIN"), "330000",
                            Duration.ofHours(4))));
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(FUZZERS);
        List<String> failures = new ArrayList<>();
        Fuzzer.Report report;
        try {
            List<Future<Fuzzer.Report>> runs = new ArrayList<>();
            for (int i = 0; i < FUZZERS; i++) {
                Fuzzer fuzzer = fuzzers.get(i);
                List<String> fuzzerTokens = tokens.get(i);
                runs.add(pool.submit(() -> fuzzer.run(fuzzer.requests(services, fuzzerTokens), Long.MAX_VALUE,
                        duration)));
            }
            report = null;
            for (Future<Fuzzer.Report> finished : runs) {
                try {
                    report = report == null ? finished.get() : report.plus(finished.get());
                } catch (ExecutionException e) {
                    // one fuzzer's failure (of the harness, not of the platform) leaves the others' findings
                    failures.add(String.valueOf(e.getCause()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (report == null) {
            throw new IllegalStateException("every fuzzer failed: " + failures);
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("services", services);
        result.put("fuzzers", FUZZERS);
        result.put("fuzzers_failed", failures);
        result.put("seconds", Math.round(seconds));
        result.put("requests", report.requests());
        result.put("requests_per_s", Math.round(report.requests() / seconds));
        result.put("by_status", report.byStatus());
        result.put("server_errors", report.serverErrors());
        result.put("violations", report.violationCount());
        result.put("first_violations", report.violations());
        result.put("unsent_examples", report.unsent());
        result.put("operations", report.byOperation().size());
        result.put("requests_per_operation", report.byOperation());
        return result;
    }
}
