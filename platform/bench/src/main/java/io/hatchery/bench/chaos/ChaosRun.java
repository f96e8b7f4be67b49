package io.hatchery.bench.chaos;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierRegistered;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * Faults with ground truth. A steady load of carrier registrations (and, one in eight each, investments through
 * fund-matching, {@link Investments}, and activities through the talent service, {@link Activities}) goes through the
 * gateway, each with an Idempotency-Key and retried with it until the platform answers (as a client that must not
 * lose a command would); a few are invalid on purpose. Meanwhile services are killed with SIGKILL at random moments (and restarted by the
 * supervisor, as {@code ./hatchery up} does), the broker and Mongo are stopped and started again. Afterwards: every
 * acknowledged registration is stored exactly once and published, no refused one is stored, and the statistics'
 * carrier count of every county and of the city equals a brute-force count of the registrations on the topic.
 */
public final class ChaosRun {

    /** Where the load registers carriers: Yancheng's counties and zone. */
    static final List<String> COUNTIES = List.of("320902", "320903", "320904", "320921", "320922", "320923",
            "320924", "320925", "320981", "320971");
    static final String CITY = "320900";
    /** Where the activities' carrier is, outside the counties whose carriers the run counts: Nanjing's Xuanwu. */
    private static final String ACTIVITIES_COUNTY = "320102";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);
    /** Few, so that each firm gets many investments, yet not so few that one firm's history grows without end. */
    private static final int FIRMS_INVESTED_IN = 8;

    /**
     * @param faultEvery how often a fault is injected: a kill of a random process, or a broker or Mongo outage
     * @param workers    clients sending at once (each waits for its command's answer, retrying)
     */
    public record Settings(Duration duration, int commandsPerSecond, Duration faultEvery, int workers, long seed) {
    }

    /** What happened and what was found. */
    public record Report(long commands, long acknowledged, long refused, long unresolved, long retries,
            Map<String, Integer> faults, long lost, long doubled, long refusedButStored, long acknowledgedUnpublished,
            Map<String, long[]> figures, Investments.Summary investments, Activities.Summary activities,
            List<String> problems) {

        public int faultCount() {
            return faults.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final ChaosPlatform platform;
    private final Settings settings;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Registrations registrations;
    private final Investments investments;
    private final Activities activities;
    private final Map<String, Integer> faults = new TreeMap<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final Map<String, String> regionOfName = new ConcurrentHashMap<>();

    public ChaosRun(ChaosPlatform platform, Settings settings) {
        this.platform = platform;
        this.settings = settings;
        this.registrations = new Registrations(platform.gatewayUrl(), platform.token("CITY_OFFICER", CITY), "混沌载体",
                run, GIVE_UP_AFTER);
        this.investments = new Investments(platform.gatewayUrl(), platform.token("CITY_OFFICER", CITY), run,
                GIVE_UP_AFTER);
        this.activities = new Activities(platform.gatewayUrl(), platform.token("PROVINCE_ADMIN", "320000"), run,
                GIVE_UP_AFTER);
    }

    public Report execute() {
        investments.prepare(COUNTIES.get(0), CITY, FIRMS_INVESTED_IN);
        activities.prepare(ACTIVITIES_COUNTY);
        ExecutorService workers = Executors.newFixedThreadPool(settings.workers());
        RateLimit rate = new RateLimit(settings.commandsPerSecond());
        long end = System.nanoTime() + settings.duration().toNanos();
        for (int w = 0; w < settings.workers(); w++) {
            Random random = new Random(settings.seed() * 31 + w);
            workers.submit(() -> {
                while (loading.get() && System.nanoTime() < end) {
                    rate.acquire();
                    command(random);
                }
                return null;
            });
        }
        injectFaults(end);
        loading.set(false);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(GIVE_UP_AFTER.toSeconds() + 60, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        platform.awaitAllHealthy(Duration.ofMinutes(5));
        return verify();
    }

    /**
     * One command, retried with its key until answered: one in eight an investment, one in eight an activity, else a
     * registration; 5 in 100 invalid (a region that does not exist, a negative amount or participant count).
     */
    private void command(Random random) {
        boolean invalid = random.nextInt(100) < 5;
        int kind = random.nextInt(8);
        if (kind == 0) {
            investments.invest(invalid);
        } else if (kind == 1) {
            activities.hold(invalid);
        } else {
            registrations.register(invalid ? "320999" : COUNTIES.get(random.nextInt(COUNTIES.size())));
        }
    }

    /**
     * Until the end: a fault at every multiple of the interval, each process and each kind of outage in turn, in
     * random order.
     */
    private void injectFaults(long end) {
        Random random = new Random(settings.seed());
        List<String> kinds = new ArrayList<>();
        long start = System.nanoTime();
        long every = settings.faultEvery().toNanos();
        for (long next = start + every; next < end; next += every) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                ChaosPlatform.sleep(Duration.ofNanos(wait));
            }
            if (kinds.isEmpty()) {
                platform.processes().forEach(process -> kinds.add("kill " + process));
                kinds.add("broker outage");
                kinds.add("mongo outage");
                Collections.shuffle(kinds, random);
            }
            String fault = kinds.remove(0);
            switch (fault) {
                case "broker outage" -> platform.restartKafka(Duration.ofMillis(3000 + random.nextInt(5000)));
                case "mongo outage" -> platform.restartMongo(Duration.ofMillis(2000 + random.nextInt(3000)));
                default -> platform.kill(fault.substring("kill ".length()));
            }
            faults.merge(fault, 1, Integer::sum);
        }
        long left = end - System.nanoTime();
        if (left > 0) {
            ChaosPlatform.sleep(Duration.ofNanos(left));
        }
    }

    private Report verify() {
        List<String> problems = new ArrayList<>();
        Map<String, String> acknowledged = registrations.acknowledged();
        Map<String, Integer> stored = storedCarriers();
        long lost = 0;
        long doubled = 0;
        for (String name : acknowledged.keySet()) {
            int copies = stored.getOrDefault(name, 0);
            if (copies == 0) {
                lost++;
                if (problems.size() < 20) {
                    problems.add("acknowledged, not stored: " + name);
                }
            }
        }
        for (Map.Entry<String, Integer> entry : stored.entrySet()) {
            if (entry.getValue() > 1) {
                doubled++;
                if (problems.size() < 20) {
                    problems.add("stored " + entry.getValue() + " times: " + entry.getKey());
                }
            }
        }
        long refusedButStored = registrations.refused().stream().filter(stored::containsKey).count();
        Map<String, Set<String>> published = awaitPublished(acknowledged.keySet(), problems);
        long unpublished = acknowledged.keySet().stream().filter(name -> !published.containsKey(name)).count();
        Map<String, long[]> figures = compareFigures(published, problems);
        Investments.Summary invested = investments.verify(platform.mongoConnectionString(),
                platform.kafkaBootstrapServers(), problems);
        Activities.Summary held = activities.verify(platform.mongoConnectionString(),
                platform.kafkaBootstrapServers(), problems);
        return new Report(registrations.commands(), acknowledged.size(), registrations.refused().size(),
                registrations.unresolved().size(), registrations.retries() + investments.retries()
                + activities.retries(), Map.copyOf(faults), lost, doubled, refusedButStored, unpublished, figures,
                invested, held, problems);
    }

    /** Per carrier name of this run, how many carriers the registry stored with it. */
    private Map<String, Integer> storedCarriers() {
        Map<String, Integer> stored = new HashMap<>();
        try (MongoClient client = MongoClients.create(platform.mongoConnectionString())) {
            client.getDatabase("chaos-registry").getCollection("carriers")
                    .find(new Document("state.profile.name", new Document("$regex", "^" + registrations.namePrefix())))
                    .projection(new Document("state.profile.name", 1))
                    .forEach(document -> stored.merge(document.get("state", Document.class).get("profile",
                            Document.class).getString("name"), 1, Integer::sum));
        }
        return stored;
    }

    /**
     * The registrations on the carriers topic, by carrier name: the ids registered with it (several would be a
     * double). Waits until every acknowledged one is there or two minutes passed (the relay publishes after a fault).
     */
    private Map<String, Set<String>> awaitPublished(Set<String> acknowledged, List<String> problems) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Map<String, Set<String>> published;
        do {
            published = readTopic();
            Map<String, Set<String>> seen = published;
            if (seen.keySet().containsAll(acknowledged)) {
                return published;
            }
            ChaosPlatform.sleep(Duration.ofSeconds(2));
        } while (System.nanoTime() < deadline);
        problems.add("acknowledged registrations missing on the topic after two minutes");
        return published;
    }

    private Map<String, Set<String>> readTopic() {
        Map<String, Set<String>> byName = new HashMap<>();
        TopicScan.read(platform.kafkaBootstrapServers(), Topics.REGISTRY_CARRIERS.name(), event -> {
            if (event.data() instanceof CarrierRegistered registered
                    && registered.profile().name().startsWith(registrations.namePrefix())) {
                byName.computeIfAbsent(registered.profile().name(), name -> new HashSet<>())
                        .add(registered.carrierId());
                regionOfName.put(registered.profile().name(), registered.region());
            }
        });
        return byName;
    }

    /**
     * Each county's and the city's carrier count from the statistics, against the registrations on the topic (each
     * carrier once): {statistics, brute force} per region, waiting up to three minutes for them to agree.
     */
    private Map<String, long[]> compareFigures(Map<String, Set<String>> published, List<String> problems) {
        Map<String, Long> bruteForce = new TreeMap<>();
        published.forEach((name, ids) -> {
            String region = regionOfName.get(name);
            bruteForce.merge(region, (long) ids.size(), Long::sum);
            bruteForce.merge(CITY, (long) ids.size(), Long::sum);
        });
        String token = platform.token("CITY_OFFICER", CITY);
        List<String> regions = new ArrayList<>(COUNTIES);
        regions.add(CITY);
        Map<String, long[]> figures = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (String region : regions) {
            long expected = bruteForce.getOrDefault(region, 0L);
            long counted = -1;
            while (true) {
                counted = carriersCounted(region, token);
                if (counted == expected || System.nanoTime() > deadline) {
                    break;
                }
                ChaosPlatform.sleep(Duration.ofSeconds(1));
            }
            figures.put(region, new long[] {counted, expected});
            if (counted != expected) {
                problems.add("carriers.count of " + region + ": statistics " + counted + ", topic " + expected);
            }
        }
        return figures;
    }

    private long carriersCounted(String region, String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl()
                    + "/api/statistics/regions/" + region + "/indicators/carriers.count"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()).get("value").asLong() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Evenly spaced permits at a rate shared by all workers. */
    private static final class RateLimit {

        private final long intervalNanos;
        private long next = System.nanoTime();

        RateLimit(int perSecond) {
            this.intervalNanos = 1_000_000_000L / perSecond;
        }

        void acquire() {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                next = Math.max(next + intervalNanos, now - intervalNanos * 10);
                wait = next - now;
            }
            if (wait > 0) {
                ChaosPlatform.sleep(Duration.ofNanos(wait));
            }
        }
    }
}
