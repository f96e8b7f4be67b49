package io.hatchery.bench.fuzz;

import io.hatchery.bench.fixtures.PlatformFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends generated requests ({@link RequestArbitraries}) for every operation of every service's OpenAPI document,
 * read through the gateway, and checks what must hold whatever the input: never a 5xx; every 4xx is problem
 * details ({@code application/problem+json} with its status, a title and a detail, and for a validation error the
 * fields at fault); a refused command leaves the aggregate it names at its version. One fuzzer works on fixtures
 * of its own, so several can run side by side.
 */
public final class Fuzzer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int VIOLATIONS_KEPT = 50;
    /** jqwik's sampling outside a property keeps state per JVM that concurrent first samples collide on. */
    private static final Object SAMPLING = new Object();

    /**
     * What a run did.
     *
     * @param unsent examples of generated requests the HTTP client refused to send (status 0 in {@code byStatus})
     */
    public record Report(long requests, Map<String, Long> byStatus, long serverErrors, long violationCount,
            List<String> violations, Map<String, Long> byOperation, List<String> unsent) {

        /** This run and another, as one. */
        public Report plus(Report other) {
            Map<String, Long> statuses = new TreeMap<>(byStatus);
            other.byStatus.forEach((status, count) -> statuses.merge(status, count, Long::sum));
            Map<String, Long> operations = new TreeMap<>(byOperation);
            other.byOperation.forEach((operation, count) -> operations.merge(operation, count, Long::sum));
            List<String> kept = new ArrayList<>(violations);
            other.violations.stream().limit(Math.max(0, VIOLATIONS_KEPT - kept.size())).forEach(kept::add);
            List<String> examples = new ArrayList<>(unsent);
            examples.addAll(other.unsent);
            return new Report(requests + other.requests, statuses, serverErrors + other.serverErrors,
                    violationCount + other.violationCount, kept, operations, examples);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String adminToken;
    private final int cycleYear;
    private final Map<String, String> fixtures = new HashMap<>();
    private final List<String> operations = new ArrayList<>();

    /**
     * @param gateway    base URL of the gateway
     * @param adminToken a token of the administrator of the fixtures' province (320000)
     * @param cycleYear  the year of this fuzzer's evaluation cycle: a cycle's id is its region, year and scheme, so
     *                   fuzzers side by side take different years
     */
    public Fuzzer(String gateway, String adminToken, int cycleYear) {
        this.gateway = gateway;
        this.adminToken = adminToken;
        this.cycleYear = cycleYear;
    }

    /**
     * Creates the carriers, firm, plan and cycle the requests name. The cycle evaluates the other carrier: closing
     * it may change that carrier in the registry at any moment, which must not read as a refused request's doing.
     */
    public Map<String, String> createFixtures(List<String> services) {
        fixtures.putAll(new PlatformFixtures(gateway, adminToken).create(services,
                new PlatformFixtures.Settings("320903", "320900", "模糊", cycleYear,
                        PlatformFixtures.CycleOver.OTHER_CARRIER)));
        return Map.copyOf(fixtures);
    }

    /** Requests over every operation of the services' documents, each operation as likely as any other. */
    public Arbitrary<FuzzRequest> requests(List<String> services, List<String> tokens) {
        List<Arbitrary<FuzzRequest>> generators = new ArrayList<>();
        operations.clear();
        for (String service : services) {
            Answer document = send("GET", "/openapi/" + service, null);
            if (document.status() != 200) {
                throw new IllegalStateException(service + "'s OpenAPI document: " + document);
            }
            JsonNode root = JSON.readTree(document.body());
            RequestArbitraries arbitraries = new RequestArbitraries(root.path("components"), fixtures, tokens);
            for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                    if (path.getKey().endsWith("/admin/rebuild")) {
                        continue; // a rebuild a second would measure rebuilds, not input handling
                    }
                    generators.add(arbitraries.forOperation(method.getKey(), path.getKey(), method.getValue()));
                    operations.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return Arbitraries.oneOf(generators);
    }

    /** The operations {@link #requests} generates for, e.g. {@code POST /api/registry/carriers}. */
    public List<String> operations() {
        return List.copyOf(operations);
    }

    /** Sends requests until {@code maxRequests} or the deadline, whichever comes first. */
    public Report run(Arbitrary<FuzzRequest> requests, long maxRequests, Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byOperation = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        List<String> unsent = new ArrayList<>();
        long violationCount = 0;
        long serverErrors = 0;
        long sent = 0;
        Iterator<FuzzRequest> generated;
        synchronized (SAMPLING) {
            generated = requests.sampleStream().iterator();
        }
        while (sent < maxRequests && System.nanoTime() < deadline) {
            FuzzRequest request;
            synchronized (SAMPLING) {
                request = generated.next();
            }
            Long before = isWrite(request) ? version(request.target()) : null;
            Answer answer = send(request);
            sent++;
            byStatus.merge(answer.status() / 100 + "xx", 1L, Long::sum);
            byOperation.merge(request.operation(), 1L, Long::sum);
            if (answer.status() == 0 && unsent.size() < 5) {
                unsent.add(request + " → " + answer.body());
            }
            List<String> problems = check(answer);
            if (answer.status() >= 500) {
                serverErrors++;
            }
            if (before != null && answer.status() >= 400 && answer.status() < 500) {
                Long after = version(request.target());
                if (!before.equals(after)) {
                    problems.add("refused, yet " + request.target() + " moved from version " + before + " to "
                            + after);
                }
            }
            if (!problems.isEmpty()) {
                violationCount++;
                if (violations.size() < VIOLATIONS_KEPT) {
                    violations.add(request + " → " + answer + ": " + String.join("; ", problems));
                }
            }
        }
        return new Report(sent, byStatus, serverErrors, violationCount, violations, byOperation, unsent);
    }

    private static boolean isWrite(FuzzRequest request) {
        return request.target() != null && !request.method().equals("GET");
    }

    /** What must hold of any answer. */
    static List<String> check(Answer answer) {
        List<String> problems = new ArrayList<>();
        if (answer.status() >= 500) {
            problems.add("a server error");
        }
        if (answer.status() < 400) {
            return problems;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            problems.add("not problem details (Content-Type '" + answer.contentType() + "')");
            return problems;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("status").asInt() != answer.status()) {
                problems.add("the problem's status is " + problem.path("status") + ", the response's "
                        + answer.status());
            }
            if (problem.path("title").asString("").isBlank() || problem.path("detail").asString("").isBlank()) {
                problems.add("the problem has no title or detail");
            }
            if (problem.path("type").asString("").endsWith(":validation")) {
                JsonNode errors = problem.path("errors");
                if (!errors.isArray() || errors.isEmpty()) {
                    problems.add("a validation problem naming no field");
                } else {
                    errors.forEach(error -> {
                        if (error.path("field").asString("").isBlank()) {
                            problems.add("a field error without its field");
                        }
                    });
                }
            }
        } catch (JacksonException e) {
            problems.add("the problem is not JSON");
        }
        return problems;
    }

    private Long version(String target) {
        String path = switch (target) {
            case "carrier" -> "/api/registry/carriers/";
            case "firm" -> "/api/registry/firms/";
            case "plan" -> "/api/evaluation/plans/";
            case "cycle" -> "/api/evaluation/cycles/";
            case "investor" -> "/api/fund-matching/investors/";
            case "fund" -> "/api/fund-matching/funds/";
            case "investment" -> "/api/fund-matching/investments/";
            case "loan" -> "/api/fund-matching/loans/";
            case "request" -> "/api/fund-matching/requests/";
            case "talent" -> "/api/talent/talents/";
            case "activity" -> "/api/talent/activities/";
            case "team" -> "/api/talent/teams/";
            case "platform" -> "/api/talent/platforms/";
            case "partner" -> "/api/exchange/partners/";
            case "subscription", "pullSubscription" -> "/api/exchange/subscriptions/";
            default -> throw new IllegalArgumentException("no fixture path for " + target);
        };
        Answer answer = send("GET", path + fixtures.get(target), null);
        return answer.status() == 200 ? JSON.readTree(answer.body()).path("version").asLong() : null;
    }

    /** An answer: status, content type, and the start of the body (a live feed is not read). */
    public record Answer(int status, String contentType, String body) {

        @Override
        public String toString() {
            return status + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    private Answer send(String method, String path, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + adminToken);
        return send(new FuzzRequest(method + " " + path, method, path, headers,
                json == null ? null : "application/json", json, null));
    }

    private Answer send(FuzzRequest request) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(gateway + request.pathAndQuery()))
                    .timeout(Duration.ofSeconds(30));
            request.headers().forEach(builder::header);
        } catch (IllegalArgumentException unsendable) {
            // a request the HTTP client itself refuses to send tells nothing of the server
            return new Answer(0, "", "not sent: " + unsendable.getMessage());
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        try {
            HttpResponse<InputStream> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream body = response.body()) {
                String text = contentType.startsWith("text/event-stream") ? ""
                        : new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), contentType, text);
            }
        } catch (IOException e) {
            return new Answer(599, "", "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
