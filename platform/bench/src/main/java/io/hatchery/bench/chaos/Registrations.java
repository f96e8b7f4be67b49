package io.hatchery.bench.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Carrier registrations sent through the gateway as a client that must not lose a command sends them: each with an
 * Idempotency-Key, retried with it (backing off) until the platform answers it, and remembered by its answer. The
 * ground truth that faults are checked against: what was acknowledged must be stored and counted once, what was
 * refused must not be stored at all.
 */
public final class Registrations {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String gatewayUrl;
    private final String token;
    private final String namePrefix;
    private final String keyPrefix;
    private final Duration giveUpAfter;
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Set<String> unresolved = ConcurrentHashMap.newKeySet();
    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    /**
     * @param token       a token of an officer whose region holds the carriers
     * @param label       the first word of every carrier's name ({@code <label>-<run>-<n>})
     * @param run         letters and digits unique to the run, in every name and Idempotency-Key
     * @param giveUpAfter how long a registration is retried before it is counted as unresolved
     */
    public Registrations(String gatewayUrl, String token, String label, String run, Duration giveUpAfter) {
        this.gatewayUrl = gatewayUrl;
        this.token = token;
        this.namePrefix = label + "-" + run + "-";
        this.keyPrefix = "load-" + run + "-";
        this.giveUpAfter = giveUpAfter;
    }

    /** Registers one carrier in the region and waits for the answer; returns the carrier's name. */
    public String register(String region) {
        long n = commands.incrementAndGet();
        String name = namePrefix + n;
        String body = """
                {"name":"%s","kind":"INCUBATOR","region":"%s",
                 "operator":{"name":"负载运营有限公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2020-01-01","totalArea":5000,"incubationArea":3000}""".formatted(name, region);
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/registry/carriers"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", keyPrefix + n)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        switch (RetriedCommand.send(http, request, giveUpAfter, retries).kind()) {
            case ACKNOWLEDGED -> acknowledged.put(name, region);
            case REFUSED -> refused.add(name);
            case UNRESOLVED -> unresolved.add(name);
        }
        return name;
    }

    /** The start of every carrier's name. */
    public String namePrefix() {
        return namePrefix;
    }

    /** Acknowledged registrations: carrier name to region. */
    public Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    public Set<String> refused() {
        return Set.copyOf(refused);
    }

    public Set<String> unresolved() {
        return Set.copyOf(unresolved);
    }

    public long commands() {
        return commands.get();
    }

    public long retries() {
        return retries.get();
    }
}
