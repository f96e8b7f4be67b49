package io.hatchery.devstack;

import io.hatchery.contracts.identity.ResidentId;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.contracts.region.DeploymentZone;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads a believable province through the public API, as its officers would enter it: the carriers named in the
 * source plans (Yiyuan's two maker spaces) and, for every region that has a plan, generated carriers with their
 * certifications and designations, and incubated firms with qualifications, graduations and exits. Deterministic
 * for a seed, and safe to run again: every request is idempotent, so a second run adds nothing.
 */
public final class DemoProvince {

    /** Regions of the published plans: Yancheng's counties and zone, Tongxiang, Rui'an, Shaoxing, Yiyuan. */
    public static final List<String> SEED_REGIONS = List.of("320902", "320903", "320904", "320921", "320922", "320923",
            "320924", "320925", "320981", "320971", "320900-yannan", "330483", "330381", "330602", "330603",
            "330604", "330681", "330683", "330624", "370323");

    private static final String[] KEYWORDS = {"智造", "数字", "青年", "科创", "创客", "云谷", "芯谷", "绿能", "海洋",
            "生物", "电商", "农创", "智汇", "启航", "星火", "未来"};
    private static final String[] FIRM_WORDS = {"智能", "新材", "医药", "芯片", "软件", "环保", "农业", "光电", "数据",
            "机器人", "新能源", "检测", "装备", "生物", "网络", "精密"};
    private static final String[] INDUSTRIES = {"software", "biomedicine", "integrated-circuits", "new-materials",
            "modern-agriculture", "advanced-manufacturing", "new-energy", "e-commerce", "environmental"};
    private static final String[] HOSTS = {"上海市", "深圳市", "北京市", "杭州市", "南京市"};

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final Function<String, String> provinceTokens;
    private final long seed;
    private final LocalDate today;
    private final List<String> seedRegions;
    private final RegionCatalog regions =
            RegionCatalog.withZones(List.of(new DeploymentZone("320900-yannan", "盐南高新区", "320900")));
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger carriers = new AtomicInteger();
    private final AtomicInteger firms = new AtomicInteger();
    private final AtomicInteger funds = new AtomicInteger();
    /** Whether the deployment runs fund-matching: the demo's money is loaded only then. */
    private volatile boolean fundMatching;
    private final AtomicInteger investments = new AtomicInteger();
    /** Whether the deployment runs the talent service: people and carriers' talent records are loaded only then. */
    private volatile boolean talent;
    private final AtomicInteger people = new AtomicInteger();

    /**
     * @param gateway     base URL of the gateway
     * @param provinceTokens for a province's code (e.g. 320000), a bearer token of its administrator: an
     *                       administrator acts in its own province only, and the demo spans three
     * @param seedRegions    where to generate carriers (the plans' regions, or fewer for a quick load)
     */
    public DemoProvince(String gateway, Function<String, String> provinceTokens, long seed, LocalDate today,
            List<String> seedRegions) {
        this.gateway = gateway;
        this.provinceTokens = provinceTokens;
        this.seed = seed;
        this.today = today;
        this.seedRegions = List.copyOf(seedRegions);
    }

    /** Loads everything; returns a one-line summary. */
    public String load() throws Exception {
        long started = System.nanoTime();
        fundMatching = answers("/api/fund-matching/funds?size=1");
        talent = answers("/api/talent/programmes");
        boolean exchange = answers("/api/exchange/catalogue");
        String plans = publishPlans();
        realCarriers();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String region : seedRegions) {
                work.add(pool.submit(() -> {
                    generateRegion(region);
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        String partners = exchange ? exchangePartners() : "no exchange";
        return ("Demo province loaded: %d carriers, %d firms, %d funds with %d investments, %d people, %s, %s, %d"
                + " requests in %.1f s").formatted(carriers.get(), firms.get(), funds.get(), investments.get(),
                        people.get(), plans, partners, requests.get(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * The five published action plans, imported into the evaluation service as their issuers would: the file once
     * per province, each administrator's import taking the plans of its own province.
     */
    private String publishPlans() {
        try (InputStream in = DemoProvince.class.getResourceAsStream("/io/hatchery/contracts/plans/action-plans.yaml")) {
            byte[] plans = in.readAllBytes();
            int taken = 0;
            for (String province : provinces()) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/evaluation/plans/imports"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + tokenFor(province))
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(plans)).build();
                requests.incrementAndGet();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    return "no plans (evaluation answered " + response.statusCode() + ")";
                }
                for (JsonNode result : JSON.readTree(response.body())) {
                    if (!"REFUSED".equals(result.get("outcome").asString())) {
                        taken++;
                    }
                }
            }
            return taken + " plans";
        } catch (IOException e) {
            return "no plans (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "no plans";
        }
    }

    /** The two municipal maker spaces the Yiyuan plan names. */
    private void realCarriers() {
        String token = tokenFor("370323");
        String jiyouxian = carrier(token, "demo-real-jiyouxian", "极有鲜众创空间", "MAKER_SPACE", "370323", null,
                "沂源极有鲜电子商务有限公司", 2015, LocalDate.of(2015, 6, 1), 3000, 2400);
        certify(token, jiyouxian, "MUNICIPAL", "淄博市科学技术局", "ZB-ZC-2017-011", LocalDate.of(2017, 9, 1));
        String jiangbei = carrier(token, "demo-real-jiangbei", "江北特色农产品电商双创基地", "MAKER_SPACE", "370323",
                null,
                "沂源江北农产品电商有限公司", 2016, LocalDate.of(2016, 5, 1), 2600, 2000);
        certify(token, jiangbei, "MUNICIPAL", "淄博市科学技术局", "ZB-ZC-2018-023", LocalDate.of(2018, 10, 1));
        Random random = new Random(seed ^ 370323L);
        firmsOf(token, jiyouxian, "370323", LocalDate.of(2015, 6, 1), 32, random, "沂源", new ArrayList<>());
        firmsOf(token, jiangbei, "370323", LocalDate.of(2016, 5, 1), 51, random, "沂源", new ArrayList<>());
    }

    private void generateRegion(String regionCode) {
        String token = tokenFor(regionCode);
        Random random = new Random(seed * 31 + regionCode.hashCode());
        String place = shortName(regionCode);
        int count = 3 + random.nextInt(6);
        List<String> carrierIds = new ArrayList<>();
        List<String[]> admitted = new ArrayList<>();
        List<String[]> graduates = new ArrayList<>();
        List<String[]> laterStages = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String kind = pick(random, new String[] {"MAKER_SPACE", "MAKER_SPACE", "INCUBATOR", "INCUBATOR",
                    "INCUBATOR", "NURSERY", "ACCELERATOR", "SCIENCE_PARK"});
            boolean enclave = regionCode.startsWith("3209") && random.nextInt(8) == 0;
            if (enclave) {
                kind = "OFFSITE_ENCLAVE";
            }
            LocalDate established = LocalDate.of(2012 + random.nextInt(12), 1 + random.nextInt(12), 1);
            String host = enclave ? pick(random, HOSTS) : null;
            String name = place + pick(random, KEYWORDS) + suffix(kind, host);
            int area = switch (kind) {
                case "SCIENCE_PARK" -> 50_000 + random.nextInt(100_000);
                case "INCUBATOR", "ACCELERATOR" -> 5_000 + random.nextInt(25_000);
                default -> 500 + random.nextInt(4_000);
            };
            String id = carrier(token, "demo-" + seed + "-" + regionCode + "-" + n, name, kind, regionCode, host,
                    place + pick(random, KEYWORDS) + "运营管理有限公司", established.getYear(), established, area,
                    area * (60 + random.nextInt(35)) / 100);
            if (id == null) {
                continue;
            }
            LocalDate certified = established.plusMonths(12 + random.nextInt(24));
            if (random.nextInt(10) < 7 && certified.isBefore(today)) {
                certify(token, id, "MUNICIPAL", cityName(regionCode) + "科学技术局", "M-" + regionCode + "-" + n,
                        certified);
                LocalDate provincial = certified.plusMonths(18 + random.nextInt(36));
                if (random.nextBoolean() && provincial.isBefore(today)) {
                    certify(token, id, "PROVINCIAL", provinceName(regionCode) + "科学技术厅",
                            "P-" + regionCode + "-" + n, provincial);
                    LocalDate national = provincial.plusMonths(24 + random.nextInt(36));
                    if (random.nextInt(5) == 0 && national.isBefore(today)) {
                        certify(token, id, "NATIONAL", "科学技术部", "N-" + regionCode + "-" + n, national);
                    }
                }
            }
            if (random.nextInt(6) == 0) {
                designate(token, id, pick(random, new String[] {"BENCHMARK", "DEMONSTRATION", "FINANCE_STATION",
                        "MAKER_BASE"}), established.plusYears(3));
            }
            carrierIds.add(id);
            boolean laterStage = kind.equals("ACCELERATOR") || kind.equals("SCIENCE_PARK");
            if (laterStage) {
                laterStages.add(new String[] {id, established.toString()});
            }
            admitted.addAll(firmsOf(token, id, regionCode, established, 4 + random.nextInt(18), random, place,
                    laterStage ? new ArrayList<>() : graduates));
        }
        moveOn(token, graduates, laterStages, random);
        if (fundMatching) {
            fundingOf(token, regionCode, carrierIds, admitted, random, place);
        }
        if (talent) {
            talentOf(token, regionCode, carrierIds, random, place);
        }
    }

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"建国", "晓明", "丽华", "志强", "海燕", "文博", "思远", "雨桐", "子涵", "浩然"};
    private static final String[] PROGRAMMES = {"NATIONAL_TALENT_PROGRAM", "PROVINCIAL_TALENT_PROGRAM",
            "LEADING_TALENT"};

    /**
     * The region's people and carriers' talent records, where the talent service runs: a few people (some recognised
     * by a programme, some mentoring for the first carrier), each carrier's staff and activities, a public technical
     * platform and an operating team at the first carrier. Keys make a second load change nothing.
     */
    private void talentOf(String token, String regionCode, List<String> carrierIds, Random random, String place) {
        if (carrierIds.isEmpty()) {
            return;
        }
        String region = regionCode.length() > 6 ? regionCode.substring(0, 6) : regionCode;
        String first = carrierIds.get(0);
        for (int p = 0; p < 3 + random.nextInt(4); p++) {
            String key = "demo-talent-" + seed + "-" + regionCode + "-" + p;
            ObjectNode person = JSON.createObjectNode().put("documentKind", "RESIDENT_ID")
                    .put("documentNumber", residentId(region, seed * 31 + regionCode.hashCode() * 7L + p))
                    .put("name", pick(random, SURNAMES) + pick(random, GIVEN)).put("region", regionCode)
                    .put("education", random.nextBoolean() ? "DOCTORATE" : "MASTER")
                    .put("returnee", random.nextInt(3) == 0)
                    .put("registeredOn", today.minusYears(3).plusDays(random.nextInt(700)).toString());
            JsonNode registered = send(token, "POST", "/api/talent/talents", person, key);
            if (registered == null) {
                continue;
            }
            people.incrementAndGet();
            String id = registered.get("id").asString();
            if (random.nextInt(3) == 0) {
                send(token, "POST", "/api/talent/talents/" + id + "/recognitions", JSON.createObjectNode()
                        .put("programme", pick(random, PROGRAMMES)).put("year", today.getYear() - 1)
                        .put("recognisedOn", today.minusYears(1).withDayOfYear(100).toString()), null);
            }
            if (random.nextBoolean()) {
                awaitKnown(token, "/api/talent/talents/" + id + "/engagements", JSON.createObjectNode()
                        .put("carrierId", first).put("kind", random.nextBoolean() ? "ENTREPRENEUR" : "INVESTOR")
                        .put("since", today.minusYears(1).toString()), null);
            }
        }
        for (String carrier : carrierIds) {
            int fullTime = 2 + random.nextInt(8);
            awaitKnown(token, "/api/talent/carriers/" + carrier + "/staff", JSON.createObjectNode()
                    .put("asOf", today.withDayOfYear(1).toString()).put("fullTime", fullTime)
                    .put("partTime", random.nextInt(4)).put("trained", random.nextInt(fullTime + 1)), null);
            for (int a = 0; a < 2 + random.nextInt(6); a++) {
                send(token, "POST", "/api/talent/activities", JSON.createObjectNode().put("carrierId", carrier)
                        .put("kind", pick(random, new String[] {"COMPETITION", "ROADSHOW", "TRAINING", "FORUM",
                                "MATCHMAKING"})).put("title", place + "创新创业活动" + (a + 1))
                        .put("heldOn", today.minusDays(1 + random.nextInt(360)).toString())
                        .put("participants", 20 + random.nextInt(200)).put("firms", random.nextInt(20)),
                        "demo-activity-" + seed + "-" + carrier + "-" + a);
            }
        }
        send(token, "POST", "/api/talent/platforms", JSON.createObjectNode().put("name", place + "公共技术服务平台")
                .put("kind", "PUBLIC_TECHNICAL_PLATFORM").put("level", "MUNICIPAL").put("carrierId", first)
                .put("establishedOn", today.minusYears(2).toString()), "demo-platform-" + seed + "-" + regionCode);
        send(token, "POST", "/api/talent/teams", JSON.createObjectNode().put("carrierId", first)
                .put("teamUscc", Uscc.complete("91" + region + "MB" + usccBody("team-" + regionCode, 3)))
                .put("teamName", place + "科创运营管理有限公司").put("from", today.minusYears(2).toString()),
                "demo-team-" + seed + "-" + regionCode);
    }

    /** A valid resident ID number of the region, the same for the same number {@code n}. */
    private static String residentId(String region, long n) {
        long m = Math.floorMod(n, 10_000_000L);
        String first17 = region + LocalDate.of(1965, 1, 1).plusDays(m % 12_000).toString().replace("-", "")
                + String.format(Locale.ROOT, "%03d", m % 1000);
        return ResidentId.complete(first17);
    }

    /**
     * The incubation chain: about half of the graduates of the region's maker spaces, nurseries and incubators go on
     * to one of its accelerators or parks (opened before they graduated) within four months.
     */
    private void moveOn(String token, List<String[]> graduates, List<String[]> laterStages, Random random) {
        for (String[] graduate : graduates) {
            LocalDate graduated = LocalDate.parse(graduate[1]);
            List<String[]> open = laterStages.stream()
                    .filter(carrier -> LocalDate.parse(carrier[1]).isBefore(graduated)).toList();
            LocalDate admitted = graduated.plusDays(1 + random.nextInt(120));
            if (open.isEmpty() || random.nextBoolean() || !admitted.isBefore(today)) {
                continue;
            }
            send(token, "POST", "/api/registry/firms/" + graduate[0] + "/admission", JSON.createObjectNode()
                    .put("carrierId", open.get(random.nextInt(open.size()))[0])
                    .put("admittedOn", admitted.toString()), null);
        }
    }

    /**
     * Registers and admits the carrier's firms; returns those still incubated, with their admission date, and adds
     * those that graduated to {@code graduates}, with their graduation date.
     */
    private List<String[]> firmsOf(String token, String carrierId, String regionCode, LocalDate opened, int count,
            Random random, String place, List<String[]> graduates) {
        List<String[]> incubated = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            long days = Math.max(1, today.toEpochDay() - opened.toEpochDay() - 60);
            LocalDate founded = opened.plusDays(random.nextLong(days));
            LocalDate admitted = founded.plusDays(random.nextInt(600));
            if (!admitted.isBefore(today)) {
                continue;
            }
            String uscc = Uscc.complete("91" + regionCode.substring(0, 6) + "MA" + usccBody(carrierId, f));
            String name = place + pick(random, FIRM_WORDS) + pick(random, FIRM_WORDS) + "科技有限公司";
            String industry = pick(random, INDUSTRIES);
            ObjectNode body = JSON.createObjectNode().put("uscc", uscc).put("name", name)
                    .put("foundedOn", founded.toString()).put("industry", industry).put("region", regionCode);
            JsonNode firm = send(token, "POST", "/api/registry/firms", body, null);
            if (firm == null) {
                continue;
            }
            firms.incrementAndGet();
            String id = firm.get("id").asString();
            send(token, "POST", "/api/registry/firms/" + id + "/admission", JSON.createObjectNode()
                    .put("carrierId", carrierId).put("admittedOn", admitted.toString()), null);
            if (random.nextInt(10) < 6) {
                int year = Math.min(today.getYear(), admitted.getYear() + random.nextInt(2));
                send(token, "POST", "/api/registry/firms/" + id + "/qualifications", JSON.createObjectNode()
                        .put("type", "TECH_SME").put("year", year)
                        .put("number", year + regionCode.substring(0, 6) + String.format("%06d", f)), null);
            }
            LocalDate highTech = admitted.plusMonths(12 + random.nextInt(24));
            boolean certified = random.nextInt(5) == 0 && highTech.isBefore(today);
            if (certified) {
                send(token, "POST", "/api/registry/firms/" + id + "/qualifications", JSON.createObjectNode()
                        .put("type", "HIGH_TECH").put("number", "GR" + highTech.getYear() + uscc.substring(2, 12))
                        .put("issuedOn", highTech.toString()), null);
            }
            int fate = random.nextInt(10);
            LocalDate left = admitted.plusMonths(18 + random.nextInt(30));
            if (certified && fate < 6 && left.isAfter(highTech) && left.isBefore(today)) {
                ObjectNode graduation = JSON.createObjectNode().put("evidence", "高新技术企业证书")
                        .put("graduatedOn", left.toString());
                graduation.putArray("basis").add("HIGH_TECH");
                send(token, "POST", "/api/registry/firms/" + id + "/graduation", graduation, null);
                graduates.add(new String[] {id, left.toString()});
            } else if (fate == 9 && left.isBefore(today)) {
                send(token, "POST", "/api/registry/firms/" + id + "/exit", JSON.createObjectNode()
                        .put("reason", random.nextBoolean() ? "MOVED" : "CLOSED").put("exitedOn", left.toString()),
                        null);
            } else {
                incubated.add(new String[] {id, admitted.toString()});
            }
        }
        return incubated;
    }

    /**
     * The region's money, where fund-matching runs: its city's government fund manager and bank, an angel fund of
     * the region inside its first carrier, investments into some of its firms, a policy loan and two financing
     * requests with the funds proposed for them. Keys make a second load change nothing.
     */
    private void fundingOf(String token, String regionCode, List<String> carrierIds, List<String[]> admitted,
            Random random, String place) {
        if (carrierIds.isEmpty() || admitted.isEmpty()) {
            return;
        }
        String city = regions.selfAndAncestors(regionCode).get(1).code();
        JsonNode manager = send(token, "POST", "/api/fund-matching/investors", JSON.createObjectNode()
                .put("uscc", Uscc.complete("91" + city + "MA" + usccBody("fund-manager-" + city, 1)))
                .put("name", cityName(regionCode) + "创新投资管理有限公司").put("kind", "GOVERNMENT_FUND_MANAGER")
                .put("region", city), null);
        JsonNode bank = send(token, "POST", "/api/fund-matching/investors", JSON.createObjectNode()
                .put("uscc", Uscc.complete("91" + city + "MA" + usccBody("bank-" + city, 2)))
                .put("name", cityName(regionCode) + "农村商业银行").put("kind", "BANK").put("region", city), null);
        if (manager == null || bank == null) {
            return;
        }
        ObjectNode fundBody = JSON.createObjectNode().put("name", place + "天使投资基金").put("kind", "ANGEL")
                .put("managerId", manager.get("id").asString()).put("committedRmb", 50_000_000 + random.nextInt(16)
                        * 10_000_000L).put("establishedOn", today.minusYears(2).withDayOfYear(1).toString())
                .put("region", regionCode).put("carrierId", carrierIds.get(0)).put("carrierLink", "INSIDE")
                .put("ticketMinRmb", 500_000).put("ticketMaxRmb", 5_000_000).put("localReinvestmentShare", 0.6);
        fundBody.putArray("stages").add("SEED").add("ANGEL");
        JsonNode fund = awaitKnown(token, "/api/fund-matching/funds", fundBody,
                "demo-fund-" + seed + "-" + regionCode);
        if (fund == null) {
            return;
        }
        funds.incrementAndGet();
        String fundId = fund.get("id").asString();
        LocalDate fundEstablished = LocalDate.parse(fundBody.get("establishedOn").asString());
        for (String[] firm : admitted) {
            LocalDate from = later(LocalDate.parse(firm[1]), fundEstablished);
            long days = today.toEpochDay() - from.toEpochDay();
            if (random.nextInt(10) < 3 && days > 1) {
                ObjectNode investment = JSON.createObjectNode().put("firmId", firm[0])
                        .put("amountRmb", 500_000L * (1 + random.nextInt(8))).put("round", "ANGEL")
                        .put("investedOn", from.plusDays(random.nextLong(days)).toString());
                if (awaitKnown(token, "/api/fund-matching/funds/" + fundId + "/investments", investment,
                        "demo-investment-" + seed + "-" + firm[0]) != null) {
                    investments.incrementAndGet();
                }
            }
        }
        String[] borrower = admitted.get(random.nextInt(admitted.size()));
        send(token, "POST", "/api/fund-matching/loans", JSON.createObjectNode()
                .put("bankId", bank.get("id").asString()).put("firmId", borrower[0])
                .put("amountRmb", 1_000_000L * (1 + random.nextInt(5)))
                .put("grantedOn", today.minusMonths(3).toString())
                .put("riskPool", cityName(regionCode) + "科技贷款风险补偿资金池").put("poolRegion", city),
                "demo-loan-" + seed + "-" + regionCode);
        for (int r = 0; r < 2; r++) {
            String[] asking = admitted.get(random.nextInt(admitted.size()));
            JsonNode request = send(token, "POST", "/api/fund-matching/requests", JSON.createObjectNode()
                    .put("firmId", asking[0]).put("amountRmb", 1_000_000L * (1 + random.nextInt(4)))
                    .put("instrument", "EQUITY").put("stage", random.nextBoolean() ? "SEED" : "ANGEL")
                    .put("purpose", "研发与扩产"), "demo-request-" + seed + "-" + regionCode + "-" + r);
            if (request != null && "OPEN".equals(request.get("status").asString())) {
                JsonNode proposed = send(token, "POST", "/api/fund-matching/requests/" + request.get("id").asString()
                        + "/proposals", JSON.createObjectNode(), null);
                if (r == 0 && proposed != null) {
                    takeUp(token, proposed, fundId);
                }
            }
        }
    }

    /**
     * The region's fund takes up the first request if it was proposed to it: it accepts the match and invests what
     * the firm asked, so that the demo's matches convert.
     */
    private void takeUp(String token, JsonNode request, String fundId) {
        String requestId = request.get("id").asString();
        for (JsonNode match : request.get("matches")) {
            if (!match.get("fundId").asString().equals(fundId)) {
                continue;
            }
            String matchId = match.get("matchId").asString();
            ObjectNode investment = JSON.createObjectNode().put("firmId", request.get("firmId").asString())
                    .put("amountRmb", request.get("amountRmb").decimalValue()).put("round", "ANGEL")
                    .put("investedOn", today.toString()).put("requestId", requestId).put("matchId", matchId);
            if (send(token, "POST", "/api/fund-matching/requests/" + requestId + "/matches/" + matchId
                    + "/acceptance", JSON.createObjectNode(), null) != null
                    && send(token, "POST", "/api/fund-matching/funds/" + fundId + "/investments", investment,
                            "demo-investment-" + seed + "-" + requestId) != null) {
                investments.incrementAndGet();
            }
        }
    }

    /**
     * A command naming firms or carriers that fund-matching learns of from the registry's events: sent again while
     * it is refused as naming what the service does not know yet (a 400), for up to two minutes (a service with a
     * backlog of events reads it first). Any other refusal ends it.
     */
    private JsonNode awaitKnown(String token, String path, ObjectNode body, String idempotencyKey) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Answer answer = attempt(token, "POST", path, body, idempotencyKey);
        while (answer.status() == 400 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            answer = attempt(token, "POST", path, body, idempotencyKey);
        }
        if (answer.json() == null && answer.status() != 422) {
            System.err.println("POST " + path + " → " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    private String carrier(String token, String key, String name, String kind, String region, String host,
            String operator, int operatorYear, LocalDate established, int totalArea, int incubationArea) {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("kind", kind).put("region", region)
                .put("establishedOn", established.toString()).put("totalArea", totalArea)
                .put("incubationArea", incubationArea);
        body.putObject("operator").put("name", operator)
                .put("uscc", Uscc.complete("91" + region.substring(0, 6) + "MA" + usccBody(key, operatorYear)));
        if (host != null) {
            body.putObject("hostLocation").put("place", host).put("abroad", false);
        }
        JsonNode created = send(token, "POST", "/api/registry/carriers", body, key);
        if (created == null) {
            return null;
        }
        carriers.incrementAndGet();
        return created.get("id").asString();
    }

    private void certify(String token, String carrierId, String level, String authority, String number,
            LocalDate on) {
        send(token, "POST", "/api/registry/carriers/" + carrierId + "/certifications", JSON.createObjectNode()
                .put("level", level).put("authority", authority).put("certificateNumber", number)
                .put("effectiveDate", on.toString()), null);
    }

    private void designate(String token, String carrierId, String designation, LocalDate on) {
        if (on.isBefore(today)) {
            send(token, "POST", "/api/registry/carriers/" + carrierId + "/designations", JSON.createObjectNode()
                    .put("designation", designation).put("authority", "省科学技术厅")
                    .put("effectiveDate", on.toString()), null);
        }
    }

    /**
     * Sends one request. Refusals a second run meets by design (already designated, already graduated) are fine;
     * anything else is reported, and the load goes on.
     */
    /**
     * Two kinds of partners of the exchange, with pull subscriptions (a local run has no department's webhook to
     * call): each city's market regulation bureau, entitled to carriers' and firms' registrations and exits (public
     * fields) and to report deregistrations and moves; each province's statistics bureau, entitled to the register's
     * and the funds' events with internal fields, filtered by CloudEvents SQL. Loading again changes nothing.
     */
    private String exchangePartners() {
        Set<String> cities = new TreeSet<>();
        seedRegions.forEach(region -> cities.add(region.substring(0, 4) + "00"));
        int partners = 0;
        for (String city : cities) {
            String code = "samr-" + city;
            ObjectNode entitlements = JSON.createObjectNode();
            entitlements.putArray("eventTypes").add("hatchery.registry.carrier.registered.v1")
                    .add("hatchery.registry.firm.registered.v1").add("hatchery.registry.firm.exited.v1")
                    .add("hatchery.registry.firm.graduated.v1");
            entitlements.putArray("dataClasses");
            entitlements.putArray("inboundTypes").add("hatchery.exchange.firm.deregistered.v1")
                    .add("hatchery.exchange.firm.moved-out.v1");
            if (partner(city, code, regions.find(city).map(Region::name).orElse(city) + "市场监督管理局",
                    entitlements)) {
                partners++;
                subscription(city, code, JSON.createObjectNode().put("partnerId", code)
                        .set("types", JSON.createArrayNode().add("hatchery.registry.firm.registered.v1")
                                .add("hatchery.registry.firm.exited.v1")));
            }
        }
        for (String province : provinces()) {
            String code = "stats-" + province;
            ObjectNode entitlements = JSON.createObjectNode();
            entitlements.putArray("eventTypes").add("hatchery.registry.carrier.registered.v1")
                    .add("hatchery.registry.carrier.certified.v1").add("hatchery.registry.firm.graduated.v1")
                    .add("hatchery.funding.investment.made.v1");
            entitlements.putArray("dataClasses").add("INTERNAL");
            entitlements.putArray("inboundTypes");
            if (partner(province, code, regions.find(province).map(Region::name).orElse(province) + "统计局",
                    entitlements)) {
                partners++;
                ObjectNode body = JSON.createObjectNode().put("partnerId", code);
                body.putArray("filters").addObject().put("sql",
                        "type LIKE 'hatchery.registry.%' OR type = 'hatchery.funding.investment.made.v1'");
                subscription(province, code, body);
            }
        }
        return partners + " exchange partners";
    }

    private boolean partner(String region, String code, String name, ObjectNode entitlements) {
        ObjectNode body = JSON.createObjectNode().put("code", code).put("name", name).put("kind", "DEPARTMENT")
                .put("jurisdiction", region);
        body.set("entitlements", entitlements);
        return send(tokenFor(region), "POST", "/api/exchange/partners", body, "demo-" + code) != null;
    }

    private void subscription(String region, String code, ObjectNode body) {
        send(tokenFor(region), "POST", "/api/exchange/subscriptions", body, "demo-subscription-" + code);
    }

    /** Whether the gateway serves a read of this path (a service that is not deployed answers 503 or 404). */
    private boolean answers(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + provinceTokens.apply(province(seedRegions.get(0)))).GET()
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A request's answer when it succeeded, else null (saying why, unless a rule refused it). */
    private JsonNode send(String token, String method, String path, ObjectNode body, String idempotencyKey) {
        Answer answer = attempt(token, method, path, body, idempotencyKey);
        if (answer.json() == null && answer.status() != 422) {
            System.err.println(method + " " + path + " → " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    /** A request's status and body; {@code json} is the body of a success, null otherwise. */
    private record Answer(int status, String body, JsonNode json) {
    }

    private Answer attempt(String token, String method, String path, ObjectNode body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        requests.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.statusCode() < 300 ? JSON.readTree(response.body()) : null);
        } catch (IOException e) {
            throw new IllegalStateException("the gateway at " + gateway + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The provinces of the seed regions and of the real carriers, in order. */
    private List<String> provinces() {
        Set<String> provinces = new TreeSet<>();
        provinces.add(province("370323"));
        seedRegions.forEach(region -> provinces.add(province(region)));
        return List.copyOf(provinces);
    }

    private String tokenFor(String region) {
        return provinceTokens.apply(province(region));
    }

    /** A division code's province: its first two digits (zones start with their parent's code). */
    public static String province(String region) {
        return region.substring(0, 2) + "0000";
    }

    private String shortName(String code) {
        String name = regions.find(code).map(Region::name).orElse(code);
        return name.length() > 2 ? name.replaceAll("(高新区|区|县|市)$", "") : name;
    }

    private String cityName(String code) {
        List<Region> chain = regions.selfAndAncestors(code);
        return chain.size() >= 2 ? chain.get(1).name() : chain.get(0).name();
    }

    private String provinceName(String code) {
        List<Region> chain = regions.selfAndAncestors(code);
        return chain.get(chain.size() - 1).name().replaceAll("(省|市)$", "") + "省";
    }

    private static String suffix(String kind, String host) {
        return switch (kind) {
            case "MAKER_SPACE" -> "众创空间";
            case "INCUBATOR" -> "科技企业孵化器";
            case "NURSERY" -> "创业苗圃";
            case "ACCELERATOR" -> "科技企业加速器";
            case "SCIENCE_PARK" -> "科技园";
            case "OFFSITE_ENCLAVE" -> "（" + host + "）科创飞地";
            default -> "孵化载体";
        };
    }

    /** Eight USCC characters from a key: stable, and different for different keys. */
    private static String usccBody(String key, int salt) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        long hash = Integer.toUnsignedLong((key + "#" + salt).hashCode()) * 2654435761L + salt;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            body.append(alphabet.charAt((int) Math.floorMod(hash, 31L)));
            hash = hash / 31 + (long) key.length() * 7919;
        }
        return body.toString();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
