package io.hatchery.bench.chaos;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.talent.ActivityHeld;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * Activities a carrier holds, recorded through the talent service, as the chaos run's third load: each with an
 * Idempotency-Key, retried until answered; each with a participant count unique to its command, so that the store
 * tells which command made it. Afterwards the ground truth: every acknowledged activity stored once, nothing refused
 * stored, every stored one published, and the statistics' count of the county's activities equal to the store's.
 */
public final class Activities {

    /** What the check found. */
    public record Summary(long commands, long acknowledged, long refused, long unresolved, long stored,
            long counted) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DATABASE = "chaos-talent";
    private static final String HELD_ON = "2025-06-01";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String gatewayUrl;
    private final String token;
    private final String run;
    private final Duration giveUpAfter;
    private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    private final Set<Integer> refused = ConcurrentHashMap.newKeySet();
    private final Set<Integer> unresolved = ConcurrentHashMap.newKeySet();
    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private String carrier;
    private String county;

    /** @param token a token of the province, which registers the carrier and records its activities */
    Activities(String gatewayUrl, String token, String run, Duration giveUpAfter) {
        this.gatewayUrl = gatewayUrl;
        this.token = token;
        this.run = run;
        this.giveUpAfter = giveUpAfter;
    }

    /** A carrier in the registry, known to the talent service, before any fault. */
    void prepare(String inCounty) {
        county = inCounty;
        RetriedCommand.Outcome registered = RetriedCommand.send(http, post("/api/registry/carriers", """
                {"name":"混沌活动空间%s","kind":"MAKER_SPACE","region":"%s",
                 "operator":{"name":"混沌运营有限公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2020-01-01","totalArea":800,"incubationArea":600}""".formatted(run, county),
                "activity-carrier-" + run).build(), giveUpAfter, retries);
        if (registered.kind() != RetriedCommand.Kind.ACKNOWLEDGED) {
            throw new IllegalStateException("the activities' carrier was not registered: " + registered.body());
        }
        carrier = JSON.readTree(registered.body()).get("id").asString();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (status(post("/api/talent/activities", body(0), "activity-first-" + run).build()) != 201) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the talent service did not learn of carrier " + carrier
                        + " in two minutes");
            }
            ChaosPlatform.sleep(Duration.ofMillis(500));
        }
    }

    /** One activity, retried with its key until answered; an invalid one has a negative participant count. */
    void hold(boolean invalid) {
        int n = (int) commands.incrementAndGet();
        int participants = invalid ? -n : n;
        RetriedCommand.Outcome outcome = RetriedCommand.send(http, post("/api/talent/activities",
                body(participants), "activity-" + run + "-" + n).build(), giveUpAfter, retries);
        switch (outcome.kind()) {
            case ACKNOWLEDGED -> acknowledged.put(JSON.readTree(outcome.body()).get("id").asString(), participants);
            case REFUSED -> refused.add(participants);
            case UNRESOLVED -> unresolved.add(participants);
        }
    }

    long retries() {
        return retries.get();
    }

    /**
     * Compares store, topic and statistics with what was acknowledged; waits up to three minutes for the topic and
     * the statistics to catch up. Adds what does not hold to {@code problems}.
     */
    Summary verify(String mongoConnectionString, String kafkaBootstrapServers, List<String> problems) {
        Map<String, Integer> stored = stored(mongoConnectionString);
        acknowledged.forEach((id, participants) -> {
            if (!participants.equals(stored.get(id))) {
                problems.add("activity acknowledged, not stored as acknowledged: " + id);
            }
        });
        Map<Integer, Integer> timesStored = new HashMap<>();
        stored.forEach((id, participants) -> {
            timesStored.merge(participants, 1, Integer::sum);
            if (!acknowledged.containsKey(id) && !unresolved.contains(participants) && participants != 0) {
                problems.add("activity stored, never acknowledged: " + id + " with " + participants);
            }
            if (refused.contains(participants)) {
                problems.add("activity refused, yet stored: " + id);
            }
        });
        timesStored.forEach((participants, times) -> {
            if (times > 1) {
                problems.add("one command's activity stored " + times + " times: " + participants + " participants");
            }
        });
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Set<String> published;
        long counted;
        do {
            published = published(kafkaBootstrapServers);
            counted = counted();
            if (published.containsAll(stored.keySet()) && counted == stored.size()) {
                break;
            }
            ChaosPlatform.sleep(Duration.ofSeconds(2));
        } while (System.nanoTime() < deadline);
        Set<String> seen = published;
        long missing = stored.keySet().stream().filter(id -> !seen.contains(id)).count();
        if (missing > 0) {
            problems.add("stored activities missing on the topic: " + missing);
        }
        if (counted != stored.size()) {
            problems.add("the statistics count " + counted + " activities of the carrier's county, the store "
                    + stored.size());
        }
        return new Summary(commands.get(), acknowledged.size(), refused.size(), unresolved.size(), stored.size(),
                counted);
    }

    private Map<String, Integer> stored(String mongoConnectionString) {
        Map<String, Integer> stored = new HashMap<>();
        try (MongoClient client = MongoClients.create(mongoConnectionString)) {
            client.getDatabase(DATABASE).getCollection("activities").find(new Document("state.carrierId", carrier))
                    .forEach(document -> stored.put(document.getString("_id"),
                            document.get("state", Document.class).getInteger("participants")));
        }
        return stored;
    }

    private Set<String> published(String kafkaBootstrapServers) {
        Set<String> ids = new HashSet<>();
        TopicScan.read(kafkaBootstrapServers, Topics.TALENT_ACTIVITIES.name(), event -> {
            if (event.data() instanceof ActivityHeld held && carrier.equals(held.carrierId())) {
                ids.add(held.activityId());
            }
        });
        return ids;
    }

    /** The statistics' roadshows of the county in the year of the activities; -1 while it does not answer. */
    private long counted() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gatewayUrl
                    + "/api/statistics/regions/" + county + "/indicators/activities.count?from=2025-01-01"
                    + "&to=2025-12-31&type=ROADSHOW")).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()).path("value").asLong(-1) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String body(int participants) {
        return """
                {"carrierId":"%s","kind":"ROADSHOW","title":"混沌路演%s","heldOn":"%s","participants":%d,"firms":1}"""
                .formatted(carrier, run, HELD_ON, participants);
    }

    private HttpRequest.Builder post(String path, String body, String key) {
        return HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** The status of a request sent once; -1 when it got no answer. */
    private int status(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
