package io.hatchery.bench.chaos;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.identity.Uscc;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * Investments into a few firms through fund-matching, as the chaos run's second load: each with an
 * Idempotency-Key, retried until answered; each amount unique to its command, so that sums tell what was counted.
 * Afterwards the ground truth: every acknowledged investment stored once, nothing refused stored, every stored one
 * published, and the registry's cumulative investment of each firm equal to the sum stored (each counted once
 * across faults).
 */
public final class Investments {

    /** What the check found. */
    public record Summary(long commands, long acknowledged, long refused, long unresolved, long stored,
            BigDecimal storedRmb, BigDecimal registryRmb) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DATABASE = "chaos-fund-matching";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String gatewayUrl;
    private final String token;
    private final String run;
    private final Duration giveUpAfter;
    private final Map<String, BigDecimal> acknowledged = new ConcurrentHashMap<>();
    private final Set<BigDecimal> refused = ConcurrentHashMap.newKeySet();
    private final Set<BigDecimal> unresolved = ConcurrentHashMap.newKeySet();
    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final List<String> firms = new ArrayList<>();
    private String fund;

    /** @param token an officer's token of the city, which registers the firm, the investor and the fund */
    Investments(String gatewayUrl, String token, String run, Duration giveUpAfter) {
        this.gatewayUrl = gatewayUrl;
        this.token = token;
        this.run = run;
        this.giveUpAfter = giveUpAfter;
    }

    /** Firms in the registry, an investor and a fund in fund-matching, before any fault. */
    void prepare(String county, String city, int firmCount) {
        String digits = String.format("%06d", Math.floorMod(run.hashCode(), 1_000_000));
        for (int f = 0; f < firmCount; f++) {
            firms.add(id(post("/api/registry/firms", """
                    {"uscc":"%s","name":"混沌科技有限公司%s-%d","foundedOn":"2023-01-01","region":"%s"}"""
                    .formatted(Uscc.complete("91320903MB" + digits + f), run, f, county), "firm-" + run + "-" + f)));
        }
        String investor = id(post("/api/fund-matching/investors", """
                {"uscc":"%s","name":"混沌创投有限公司%s","kind":"VENTURE","region":"%s"}"""
                .formatted(Uscc.complete("91320900MB" + digits + "9"), run, city), "investor-" + run));
        fund = id(post("/api/fund-matching/funds", """
                {"name":"混沌基金%s","kind":"VENTURE","managerId":"%s","committedRmb":1000000000000,
                 "establishedOn":"2024-01-01","region":"%s"}""".formatted(run, investor, city), "fund-" + run));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        for (String firm : firms) {
            while (postInvestment(firm, BigDecimal.ONE, "first-" + firm).statusCode() != 201) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("fund-matching did not learn of firm " + firm
                            + " in two minutes");
                }
                ChaosPlatform.sleep(Duration.ofMillis(500));
            }
        }
    }

    /** One investment, retried with its key until answered; an invalid one is a negative amount. */
    void invest(boolean invalid) {
        long n = commands.incrementAndGet();
        BigDecimal amount = BigDecimal.valueOf(invalid ? -n : 1000 + n);
        String firm = firms.get((int) (n % firms.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/fund-matching/funds/" + fund
                + "/investments")).timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", "invest-" + run + "-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(body(firm, amount))).build();
        RetriedCommand.Outcome outcome = RetriedCommand.send(http, request, giveUpAfter, retries);
        switch (outcome.kind()) {
            case ACKNOWLEDGED -> acknowledged.put(JSON.readTree(outcome.body()).get("id").asString(), amount);
            case REFUSED -> refused.add(amount);
            case UNRESOLVED -> unresolved.add(amount);
        }
    }

    long retries() {
        return retries.get();
    }

    /**
     * Compares stores, topic and registry with what was acknowledged; waits up to three minutes for the topic and
     * the registry to catch up. Adds what does not hold to {@code problems}.
     */
    Summary verify(String mongoConnectionString, String kafkaBootstrapServers, List<String> problems) {
        Map<String, Stored> stored = stored(mongoConnectionString);
        for (Map.Entry<String, BigDecimal> entry : acknowledged.entrySet()) {
            Stored found = stored.get(entry.getKey());
            if (found == null || !entry.getValue().equals(found.amount())) {
                problems.add("investment acknowledged, not stored as acknowledged: " + entry.getKey());
            }
        }
        Map<String, BigDecimal> storedByFirm = new HashMap<>();
        stored.forEach((id, investment) -> {
            storedByFirm.merge(investment.firm(), investment.amount(), BigDecimal::add);
            if (!acknowledged.containsKey(id) && !unresolved.contains(investment.amount())
                    && investment.amount().compareTo(BigDecimal.ONE) != 0) {
                problems.add("investment stored, never acknowledged: " + id + " of " + investment.amount());
            }
        });
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Set<String> published;
        Map<String, BigDecimal> registry;
        do {
            published = published(kafkaBootstrapServers);
            registry = registrySums();
            if (published.containsAll(stored.keySet()) && sameSums(registry, storedByFirm)) {
                break;
            }
            ChaosPlatform.sleep(Duration.ofSeconds(2));
        } while (System.nanoTime() < deadline);
        Set<String> seen = published;
        long missing = stored.keySet().stream().filter(id -> !seen.contains(id)).count();
        if (missing > 0) {
            problems.add("stored investments missing on the topic: " + missing);
        }
        if (!sameSums(registry, storedByFirm)) {
            problems.add("the registry's cumulative investments " + registry + " differ from the store's "
                    + storedByFirm);
        }
        return new Summary(commands.get(), acknowledged.size(), refused.size(), unresolved.size(), stored.size(),
                total(storedByFirm), total(registry));
    }

    private record Stored(String firm, BigDecimal amount) {
    }

    private static boolean sameSums(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream()
                .allMatch(entry -> entry.getValue().compareTo(b.get(entry.getKey())) == 0);
    }

    private static BigDecimal total(Map<String, BigDecimal> sums) {
        return sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<String, Stored> stored(String mongoConnectionString) {
        Map<String, Stored> stored = new HashMap<>();
        try (MongoClient client = MongoClients.create(mongoConnectionString)) {
            client.getDatabase(DATABASE).getCollection("investments").find(new Document("state.fundId", fund))
                    .forEach(document -> {
                        Document state = document.get("state", Document.class);
                        stored.put(document.getString("_id"), new Stored(state.getString("firmId"),
                                new BigDecimal(state.get("amountRmb").toString())));
                    });
        }
        return stored;
    }

    private Set<String> published(String kafkaBootstrapServers) {
        Set<String> ids = new HashSet<>();
        TopicScan.read(kafkaBootstrapServers, Topics.FUNDING_INVESTMENTS.name(), event -> {
            if (event.data() instanceof InvestmentMade made && fund.equals(made.fundId())) {
                ids.add(made.investmentId());
            }
        });
        return ids;
    }

    private Map<String, BigDecimal> registrySums() {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (String firm : firms) {
            HttpResponse<String> response = request("/api/registry/firms/" + firm, null, null);
            sums.put(firm, response.statusCode() == 200
                    ? JSON.readTree(response.body()).path("cumulativeInvestmentRmb").decimalValue() : BigDecimal.ZERO);
        }
        return sums;
    }

    private static String body(String firm, BigDecimal amount) {
        return """
                {"firmId":"%s","amountRmb":%s,"round":"SERIES_A","investedOn":"2025-06-01"}"""
                .formatted(firm, amount.toPlainString());
    }

    private HttpResponse<String> postInvestment(String firm, BigDecimal amount, String key) {
        return request("/api/fund-matching/funds/" + fund + "/investments", body(firm, amount), key);
    }

    private String post(String path, String body, String key) {
        RetriedCommand.Outcome outcome = RetriedCommand.send(http, HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), giveUpAfter, retries);
        if (outcome.kind() != RetriedCommand.Kind.ACKNOWLEDGED) {
            throw new IllegalStateException(path + " was not acknowledged: " + outcome.body());
        }
        return outcome.body();
    }

    private static String id(String body) {
        return JSON.readTree(body).get("id").asString();
    }

    private HttpResponse<String> request(String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
