package io.hatchery.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.devstack.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./hatchery bench match}: rankings of financing requests over a province of 2,000 funds and 100 k firms,
 * asked for at a fixed rate (p50, p99). The firms and carriers are written into fund-matching's directory as its
 * consumer of the registry's events would write them; investors, funds and requests are made through its API. Every
 * ranking reads its candidates from the database and scores each with its reasons (ADR 11).
 */
final class MatchBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] KINDS = {"ANGEL", "SEED", "VENTURE", "GOVERNMENT_GUIDANCE", "INDUSTRY"};
    private static final String[] STAGES = {"SEED", "ANGEL", "SERIES_A", "SERIES_B", "GROWTH"};
    private static final String[] INDUSTRIES = {"智能制造", "生物医药", "新一代信息技术", "新材料", "新能源", "数字经济"};
    private static final int INVESTORS = 40;
    private static final int REQUESTS = 1_000;

    private MatchBenchmark() {
    }

    static Map<String, Object> run(BenchEnvironment environment, int funds, int firms, int rate, Duration duration,
            Duration warmup, long seed) {
        List<String> counties = new ProvinceGenerator(1, ProvinceGenerator.Size.TINY, "320000").leaves();
        ServiceProcess service = environment.start("fund-matching", Map.of());
        String token = environment.adminToken();
        HttpClient client = FixedRate.client();
        List<String> firmIds;
        List<String> carrierIds;
        try (MongoClient mongo = MongoClients.create(environment.mongoUri())) {
            MongoDatabase database = mongo.getDatabase(environment.databaseOf("fund-matching"));
            carrierIds = directory(database, firms / 8, firms, counties, new Random(seed + 1));
            firmIds = ids(database, "directory_firms", REQUESTS * 2);
        }
        Random random = new Random(seed);
        List<String> investors = new ArrayList<>();
        for (int i = 0; i < INVESTORS; i++) {
            investors.add(id(post(client, service, token, "/api/fund-matching/investors", """
                    {"uscc":"%s","name":"基准投资%d有限公司","kind":"VENTURE","region":"%s"}"""
                    .formatted(uscc(i), i, counties.get(i % counties.size()).substring(0, 4) + "00"))));
        }
        for (int i = 0; i < funds; i++) {
            long ticketMin = 100_000L * (1 + random.nextInt(20));
            long ticketMax = ticketMin * (2 + random.nextInt(20));
            String carrier = random.nextInt(4) == 0 ? carrierIds.get(random.nextInt(carrierIds.size())) : null;
            String region = counties.get(random.nextInt(counties.size()));
            id(post(client, service, token, "/api/fund-matching/funds", """
                    {"name":"基准基金%d","kind":"%s","managerId":"%s","committedRmb":%d,"establishedOn":"2023-01-01",
                     "region":"%s","carrierId":%s,"carrierLink":%s,"stages":["%s","%s"],"industries":["%s"],
                     "ticketMinRmb":%d,"ticketMaxRmb":%d,"localReinvestmentShare":0.5}"""
                    .formatted(i, KINDS[random.nextInt(KINDS.length)], investors.get(i % INVESTORS),
                            ticketMax * 20, random.nextBoolean() ? region : region.substring(0, 4) + "00",
                            carrier == null ? "null" : "\"" + carrier + "\"", carrier == null ? "null" : "\"INSIDE\"",
                            STAGES[random.nextInt(STAGES.length)], STAGES[random.nextInt(STAGES.length)],
                            INDUSTRIES[random.nextInt(INDUSTRIES.length)], ticketMin,
                            ticketMax)));
        }
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(id(post(client, service, token, "/api/fund-matching/requests", """
                    {"firmId":"%s","amountRmb":%d,"instrument":"EQUITY","stage":"%s"}"""
                    .formatted(firmIds.get(i), 500_000L * (1 + random.nextInt(20)),
                            STAGES[random.nextInt(STAGES.length)]))));
        }

        FixedRate.run(client, rate, warmup, i -> ranking(service, token, requests.get(i % requests.size())));
        CpuUse cpu = CpuUse.from(environment);
        FixedRate.Run run = FixedRate.run(client, rate, duration,
                i -> ranking(service, token, requests.get(i % requests.size())));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("funds", funds);
        result.put("firms", firms);
        result.put("carriers", carrierIds.size());
        result.put("open_requests", requests.size());
        result.put("target_per_s", rate);
        result.put("achieved_per_s", Stats.round(run.achieved()));
        result.put("errors", run.errors());
        result.put("error_kinds", run.errorKinds());
        result.putAll(Stats.latencies(run.latenciesMicros()));
        result.putAll(cpu.until(run.latencyOfRequest().length));
        return result;
    }

    private static HttpRequest ranking(ServiceProcess service, String token, String request) {
        return HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/fund-matching/requests/" + request
                + "/ranking")).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET()
                .build();
    }

    /**
     * The province's carriers and firms, written into fund-matching's directory as its consumer of the registry's
     * events writes them. Through the events, each of the embedded server's version-guarded upserts scans the whole
     * collection (it has no secondary index), so 100 k firms would take hours to set up and measure nothing of the
     * ranking. Returns the carriers' ids.
     */
    private static List<String> directory(MongoDatabase database, int carriers, int firms, List<String> counties,
            Random random) {
        List<String> carrierIds = new ArrayList<>();
        List<Document> batch = new ArrayList<>();
        for (int c = 0; c < carriers; c++) {
            String id = "match-carrier-" + c;
            carrierIds.add(id);
            batch.add(new Document("_id", id).append("name", "基准载体" + c)
                    .append("region", counties.get(c % counties.size()))
                    .append("operatorUscc", Uscc.complete("91320000MB" + String.format(Locale.ROOT, "%07d", c))));
        }
        database.getCollection("directory_carriers").insertMany(batch);
        batch.clear();
        for (int f = 0; f < firms; f++) {
            String uscc = Uscc.complete("91320000MC" + String.format(Locale.ROOT, "%07d", f));
            Document firm = new Document("_id", "firm-" + uscc).append("uscc", uscc).append("name", "基准企业" + f)
                    .append("industry", INDUSTRIES[random.nextInt(INDUSTRIES.length)])
                    .append("region", counties.get(random.nextInt(counties.size())))
                    .append("highTech", random.nextInt(5) == 0).append("techSme", random.nextInt(3) == 0)
                    .append("graduationEligible", random.nextInt(20) == 0);
            if (random.nextInt(3) > 0) {
                firm.append("carrierId", carrierIds.get(random.nextInt(carrierIds.size())));
            }
            batch.add(firm);
            if (batch.size() == 5_000) {
                database.getCollection("directory_firms").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            database.getCollection("directory_firms").insertMany(batch);
        }
        return carrierIds;
    }

    private static List<String> ids(MongoDatabase database, String collection, int limit) {
        List<String> ids = new ArrayList<>();
        database.getCollection(collection).find(new Document("region", new Document("$exists", true)))
                .projection(new Document("_id", 1)).limit(limit)
                .forEach(document -> ids.add(document.getString("_id")));
        if (ids.isEmpty()) {
            throw new IllegalStateException("no " + collection + " to use");
        }
        return ids;
    }

    private static String uscc(int i) {
        return Uscc.complete("91320000MA" + String.format(Locale.ROOT, "%07d", 9_000_000 + i));
    }

    private static HttpResponse<String> post(HttpClient client, ServiceProcess service, String token, String path,
            String json) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    private static String id(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("not created: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asString();
    }
}
