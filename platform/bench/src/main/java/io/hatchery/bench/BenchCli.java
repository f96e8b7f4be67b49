package io.hatchery.bench;

import io.hatchery.contracts.ContractJson;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./hatchery bench <replay|latency|query|lists|match|exchange|footprint|micro|fuzz|chaos> [--size S|M|L]
 * [--firms N] [--funds N] [--seed N] [--seconds N] [--warmup N] [--minutes N] [--rate N]}: runs one benchmark (on
 * a private embedded broker and Mongo where it needs them), prints its JSON result and a one-line summary.
 */
public final class BenchCli {

    static final String USAGE = """
            Usage: ./hatchery bench <benchmark> [--size S|M|L] [--firms N] [--funds N] [--seed N] [--seconds N]
                                               [--warmup N] [--minutes N] [--rate N]

              replay      statistics replaying the synthetic province from offset 0 (as it starts, and in a
                          rebuild once warm), against a plain consumer and a Kafka Streams topology on the
                          same data (events/s and ratios; each credited with its better of two passes)
              latency     registrations through the gateway at 50, 200 and 500/s until seen on the SSE stream
              query       statistics queries at 100 and 500/s (p50, p99)
              lists       pages of 20 of the registry's firm and carrier lists at a province of --firms firms
                          (100000), one request at a time (p50, p99 per page)
              match       rankings of financing requests over --funds funds (2000) and --firms firms (100000) at
                          --rate per second (50), after --warmup (p50, p99)
              exchange    100 webhook subscriptions (ten per city) to local signature-checking sinks while
                          carrier registrations are published at --rate per second (200), after --warmup:
                          publication to receipt (p50, p99), deliveries/s, lost and twice (both must be 0)
              footprint   start time to healthy and memory of each service and of ./hatchery up
              micro       JMH micro-benchmarks of the projection's hot paths: event decode, delta
                          computation, cube update, whole apply (--seconds: length of each iteration, 2)
              fuzz        generated requests, valid and broken, against every operation of every service's
                          OpenAPI document through the gateway for --minutes (30): counts 5xx, refusals that
                          are not problem details and refused commands that changed something (all must be 0)
              chaos       registrations through the gateway at --rate per second (100) for --minutes (45) while
                          a service is killed or the broker or Mongo stopped every 25 s; then acknowledged, lost,
                          doubled, and each county's carrier count against the topic (lost and doubled must be 0)

            Sizes: S ≈ 100 k events, M ≈ 1 M, L ≈ 5 M. --seconds is the length of each fixed-rate run (20).
            --warmup is how long latency and query load the services before measuring (60 s), so that
            the figures describe JIT-compiled services, as in a deployment that has run for a while.
            """;

    private BenchCli() {
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = run(args, Path.of(System.getProperty("hatchery.home", ".")).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            // A failed run still ends: the load generator's threads would keep the JVM alive otherwise.
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    static int run(String[] args, Path home) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            System.out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String name = args[0];
        ProvinceGenerator.Size size = ProvinceGenerator.Size.S;
        long seed = 2026;
        Integer seconds = null;
        int warmupSeconds = 60;
        int firms = 100_000;
        int funds = 2_000;
        Integer minutes = null;
        Integer rate = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--size" -> size = ProvinceGenerator.Size.valueOf(args[i + 1].toUpperCase(Locale.ROOT));
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmupSeconds = Integer.parseInt(args[i + 1]);
                case "--firms" -> firms = Integer.parseInt(args[i + 1]);
                case "--minutes" -> minutes = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Integer.parseInt(args[i + 1]);
                case "--funds" -> funds = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("Unknown option " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", name);
        if (!List.of("micro", "lists", "match", "fuzz", "chaos").contains(name)) {
            result.put("size", size.name());
            result.put("seed", seed);
        }
        result.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "os", System.getProperty("os.name") + " "
                        + System.getProperty("os.arch")));
        result.put("started", LocalDateTime.now().withNano(0).toString());
        if (name.equals("micro")) {
            result.putAll(MicroBenchmarks.run(home, seconds == null ? 2 : seconds));
            return print(result);
        }
        if (name.equals("chaos")) {
            result.putAll(ChaosBenchmark.run(home, Duration.ofMinutes(minutes == null ? 45 : minutes),
                    rate == null ? 100 : rate, seed));
            return print(result);
        }
        Duration each = Duration.ofSeconds(seconds == null ? 20 : seconds);
        Duration warmup = Duration.ofSeconds(warmupSeconds);
        try (BenchEnvironment environment = new BenchEnvironment(home)) {
            switch (name) {
                case "replay" -> result.putAll(ReplayBenchmark.run(environment, size, seed));
                case "latency" -> result.putAll(LatencyBenchmark.run(environment, List.of(50, 200, 500), each,
                        warmup));
                case "query" -> result.putAll(QueryBenchmark.run(environment, size, seed, List.of(100, 500), each,
                        warmup));
                case "lists" -> result.putAll(ListsBenchmark.run(environment, firms, each, warmup));
                case "match" -> result.putAll(MatchBenchmark.run(environment, funds, firms, rate == null ? 50 : rate,
                        each, warmup, seed));
                case "footprint" -> result.putAll(FootprintBenchmark.run(environment));
                case "exchange" -> result.putAll(ExchangeBenchmark.run(environment, rate == null ? 200 : rate, each,
                        warmup, seed));
                case "fuzz" -> result.putAll(FuzzBenchmark.run(environment,
                        Duration.ofMinutes(minutes == null ? 30 : minutes)));
                default -> {
                    System.err.println("Unknown benchmark " + name + "\n" + USAGE);
                    return 2;
                }
            }
        }
        return print(result);
    }

    private static int print(Map<String, Object> result) {
        System.out.println(ContractJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        System.out.println(summary(result));
        boolean fuzzFound = "fuzz".equals(result.get("benchmark")) && ((Long) result.get("violations")) > 0;
        boolean exchangeLost = "exchange".equals(result.get("benchmark")) && ((Long) result.get("lost")
                + (Long) result.get("invalid_signatures")) > 0;
        boolean chaosFound = "chaos".equals(result.get("benchmark")) && ((Long) result.get("lost")
                + (Long) result.get("doubled") + (Long) result.get("refused_but_stored")) > 0;
        return fuzzFound || chaosFound || exchangeLost ? 1 : 0;
    }

    @SuppressWarnings("unchecked")
    static String summary(Map<String, Object> result) {
        String name = (String) result.get("benchmark");
        return switch (name) {
            case "replay" -> ("replay %s: %s events; statistics %s ev/s (at start %s, rebuild %s) = %s× raw consume"
                    + " (%s ev/s), %s× Kafka Streams (%s ev/s)").formatted(result.get("size"), result.get("events"),
                            result.get("statistics_events_per_s"), result.get("statistics_at_start_events_per_s"),
                            result.get("statistics_rebuild_events_per_s"), result.get("statistics_vs_raw"),
                            result.get("raw_consume_events_per_s"), result.get("statistics_vs_kafka_streams"),
                            result.get("kafka_streams_events_per_s"));
            case "latency", "query" -> {
                List<String> parts = new ArrayList<>();
                for (Map<String, Object> run : (List<Map<String, Object>>) result.get("runs")) {
                    Map<String, Object> latency = name.equals("latency")
                            ? (Map<String, Object>) run.get("command_to_sse") : run;
                    parts.add("%s/s (achieved %s): p50 %s ms, p99 %s ms%s".formatted(run.get("target_per_s"),
                            run.get("achieved_per_s"), latency.get("p50_ms"), latency.get("p99_ms"),
                            name.equals("latency") ? ", lost " + run.get("lost") : ", errors " + run.get("errors")));
                }
                yield name + ": " + String.join("; ", parts);
            }
            case "micro" -> "micro: " + String.join("; ", ((List<Map<String, Object>>) result.get("results")).stream()
                    .map(score -> "%s %,d %s".formatted(score.get("name"), (Long) score.get("score"),
                            score.get("unit"))).toList());
            case "lists" -> ("lists: %s firms, %s carriers; a page of 20: p50 %s ms, p99 %s ms; registry %s ms CPU"
                    + " per page").formatted(result.get("firms"), result.get("carriers"), result.get("p50_ms"),
                            result.get("p99_ms"), ((Map<String, Object>) result.get("cpu_ms_per_request"))
                                    .get("registry"));
            case "match" -> ("match: %s funds, %s firms, %s open requests; rankings at %s/s (achieved %s): p50 %s ms,"
                    + " p99 %s ms, %s errors").formatted(result.get("funds"), result.get("firms"),
                            result.get("open_requests"), result.get("target_per_s"), result.get("achieved_per_s"),
                            result.get("p50_ms"), result.get("p99_ms"), result.get("errors"));
            case "exchange" -> {
                Map<String, Object> latency = (Map<String, Object>) result.get("publication_to_receipt");
                yield ("exchange: %s subscriptions, %s events at %s/s (achieved %s); %s of %s deliveries, %s/s;"
                        + " publication to receipt p50 %s ms, p99 %s ms; lost %s, twice %s, bad signatures %s")
                        .formatted(result.get("subscriptions"), result.get("events"), result.get("target_events_per_s"),
                                result.get("achieved_events_per_s"), result.get("deliveries_received"),
                                result.get("deliveries_expected"), result.get("deliveries_per_s"),
                                latency.get("p50_ms"), latency.get("p99_ms"), result.get("lost"),
                                result.get("delivered_twice"), result.get("invalid_signatures"));
            }
            case "footprint" -> "footprint: " + result.get("services") + "; ./hatchery up " + result.get("hatchery_up");
            case "chaos" -> ("chaos: %s faults %s over %s commands (%s acknowledged, %s refused, %s unresolved,"
                    + " %s retries); lost %s, doubled %s, refused but stored %s; figures %s").formatted(
                            result.get("faults"), result.get("faults_by_kind"), result.get("commands"),
                            result.get("acknowledged"), result.get("refused"), result.get("unresolved"),
                            result.get("retries"), result.get("lost"), result.get("doubled"),
                            result.get("refused_but_stored"), result.get("carriers_count_by_region"));
            case "fuzz" -> "fuzz: %s requests in %s s over %s operations of %s; by status %s; 5xx %s; violations %s"
                    .formatted(result.get("requests"), result.get("seconds"), result.get("operations"),
                            result.get("services"), result.get("by_status"), result.get("server_errors"),
                            result.get("violations"));
            default -> name;
        };
    }
}
