package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.bench.fixtures.PlatformFixtures;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.endtoend.AccessPolicy.Cell;
import io.hatchery.endtoend.AccessPolicy.Rule;
import io.hatchery.testing.TestInfrastructure;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The access matrix: every endpoint of every running service, discovered from its OpenAPI document through the
 * gateway, called with every role of {@code docs/access-policy.md} — inside and outside the token's region, as the
 * operator of the carrier concerned and of another, without the claims a role needs — and compared with the
 * policy's cell. Allowed means the request was served (2xx) or refused for the state it met (409, 412, 422), never
 * 400 or 404: the fixtures make every request valid, so an "allowed" cell is really exercised.
 */
@Order(SharedPlatform.FIRST)
class AccessMatrixEndToEndTest {

    private static final Set<Integer> SERVED = Set.of(200, 201, 202, 204, 409, 412, 422);
    private static final String COUNTY = "320903";
    private static final String CITY = "320900";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static ServicesUnderTest services;
    private static List<String> running;
    private static final Map<String, String> fixtures = new HashMap<>();
    private static final AtomicInteger unique = new AtomicInteger();

    @BeforeAll
    static void startEveryServiceAndCreateFixtures() {
        running = ServicesUnderTest.presentServices();
        services = SharedPlatform.get();
        createFixtures();
    }

    /**
     * The carriers, firm, plan and cycle every request refers to, made by Jiangsu's administrator. The cycle
     * evaluates the carrier whose operator the matrix acts as, so that "own" cells of cycles are tried.
     */
    private static void createFixtures() {
        fixtures.putAll(new PlatformFixtures(services.gatewayUrl(), Tokens.of("PROVINCE_ADMIN", "320000", null))
                .create(running, new PlatformFixtures.Settings(COUNTY, CITY, "矩阵", 2025,
                        PlatformFixtures.CycleOver.CARRIER)));
        // the statistics' firm profiles are of firms whose events they have read
        PlatformSteps.statisticsCaughtUp(services.gatewayUrl());
    }

    private static JsonNode created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.body().isEmpty() ? null : response.json();
    }

    private static String gateway(String path) {
        return services.gatewayUrl() + path;
    }

    private static String newUscc() {
        return Uscc.complete("91320903MA" + String.format(Locale.ROOT, "%07d",
                (System.nanoTime() / 1000 + unique.incrementAndGet()) % 10_000_000));
    }

    @Test
    void everyServicesOpenApiDocumentIsReachableThroughTheGatewayAndValid() {
        for (String service : running) {
            Http.Response document = Http.get(gateway("/openapi/" + service), null);
            assertThat(document.status()).as(service).isEqualTo(200);
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, new ParseOptions());
            assertThat(parsed.getMessages()).as(service + "'s OpenAPI document").isEmpty();
            assertThat(parsed.getOpenAPI().getPaths()).as(service).isNotEmpty();
        }
        Http.Response ui = Http.get(gateway("/swagger-ui/index.html"), null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
    }

    @Test
    void everyEndpointAnswersEveryRoleAsThePolicySays() {
        AccessPolicy policy = AccessPolicy.read(ServicesUnderTest.home().resolve("docs/access-policy.md"));
        Map<String, Operation> operations = discoverOperations();
        Set<String> declared = new TreeSet<>();
        policy.rules().stream().filter(rule -> running.contains(rule.service()))
                .forEach(rule -> declared.add(rule.endpoint()));
        assertThat(declared).as("endpoints in docs/access-policy.md vs. the services' OpenAPI documents")
                .isEqualTo(new TreeSet<>(operations.keySet()));
        JsonNode requests = readRequests();

        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (Rule rule : policy.rules()) {
            if (!running.contains(rule.service())) {
                continue;
            }
            Operation operation = operations.get(rule.endpoint());
            Map<String, String> scene = sceneFor(rule);
            List<Call> refused = new ArrayList<>();
            List<Call> allowed = new ArrayList<>();
            refused.add(new Call("no region claim", Tokens.of("CITY_OFFICER", null, null), 401));
            refused.add(new Call("operator without carrier claim", Tokens.of("CARRIER_OPERATOR", CITY, null), 401));
            refused.add(new Call("fund manager without investor claim", Tokens.of("FUND_MANAGER", CITY, null), 401));
            refused.add(new Call("partner without partner claim", Tokens.of("PARTNER", CITY, null), 401));
            for (String role : policy.roles()) {
                Cell cell = rule.cells().get(role);
                String inside = Tokens.inside(role, scene);
                switch (cell) {
                    case REFUSED -> refused.add(new Call(role, inside, 403));
                    case YES -> allowed.add(new Call(role, inside, 0));
                    case REGION -> {
                        allowed.add(new Call(role, inside, 0));
                        refused.add(new Call(role + " outside its region", Tokens.outside(role), 403));
                    }
                    case OWN -> {
                        // first: an officer's exit or graduation ends the firm's incubation, and with it the
                        // operator's say over it
                        allowed.add(0, new Call(role + " of the carrier", inside, 0));
                        refused.add(new Call(role + " of another " + (role.equals("FUND_MANAGER") ? "institution"
                                : role.equals("PARTNER") ? "partner" : "carrier"), Tokens.another(role, scene), 403));
                        refused.add(new Call(role + " outside its region", Tokens.outside(role), 403));
                    }
                }
            }
            for (Call call : refused) {
                Answer answer = send(operation, requests.get(rule.endpoint()), call.token(), scene);
                calls++;
                if (answer.status() != call.expected()) {
                    mismatches.add(rule.endpoint() + " as " + call.who() + ": " + answer + ", the policy says "
                            + call.expected());
                }
            }
            for (Call call : allowed) {
                Answer answer = send(operation, requests.get(rule.endpoint()), call.token(), scene);
                calls++;
                if (!SERVED.contains(answer.status())) {
                    mismatches.add(rule.endpoint() + " as " + call.who() + ": " + answer + ", the policy allows it");
                }
            }
        }
        assertThat(mismatches).as("of " + calls + " calls").isEmpty();
    }

    private record Call(String who, String token, int expected) {
    }

    private record Answer(int status, String start) {

        @Override
        public String toString() {
            return status + " " + start;
        }
    }

    /**
     * The fixtures a rule's calls use. The register's commands change their carrier and firm (a delisting, a
     * graduation), so each registry endpoint gets a carrier and an incubated firm of its own; the other services'
     * endpoints share the carrier the evaluation knows, its plan and its cycle.
     */
    private static Map<String, String> sceneFor(Rule rule) {
        Map<String, String> scene = new HashMap<>(fixtures);
        if (rule.service().equals("registry")) {
            String admin = Tokens.of("PROVINCE_ADMIN", "320000", null);
            String carrier = created(Http.postJson(gateway("/api/registry/carriers"), admin, """
                    {"name":"矩阵场景%d","kind":"INCUBATOR","region":"%s",
                     "operator":{"name":"矩阵运营有限公司","uscc":"91350100M000100Y43"},
                     "establishedOn":"2019-01-01","totalArea":6000,"incubationArea":4000}"""
                    .formatted(unique.incrementAndGet(), COUNTY), Map.of())).get("id").asString();
            created(Http.postJson(gateway("/api/registry/carriers/" + carrier + "/designations"), admin,
                    "{\"designation\":\"BENCHMARK\",\"authority\":\"江苏省科技厅\",\"effectiveDate\":\"2020-01-01\"}",
                    Map.of()));
            String firm = created(Http.postJson(gateway("/api/registry/firms"), admin, """
                    {"uscc":"%s","name":"矩阵场景科技有限公司%d","foundedOn":"2023-01-01","region":"%s"}"""
                    .formatted(newUscc(), unique.incrementAndGet(), COUNTY), Map.of())).get("id").asString();
            created(Http.postJson(gateway("/api/registry/firms/" + firm + "/admission"), admin,
                    "{\"carrierId\":\"%s\",\"admittedOn\":\"2024-01-01\"}".formatted(carrier), Map.of()));
            scene.put("carrier", carrier);
            scene.put("firm", firm);
        }
        if (rule.service().equals("exchange") && rule.path().startsWith("/api/exchange/subscriptions/{id}")) {
            // pausing, rewinding and deleting change the subscription: each endpoint gets its own
            PlatformFixtures exchange = new PlatformFixtures(services.gatewayUrl(),
                    Tokens.of("PROVINCE_ADMIN", "320000", null));
            scene.put("subscription", exchange.subscription(fixtures.get("partner"), "http://127.0.0.1:9/hook"));
            scene.put("pullSubscription", exchange.subscription(fixtures.get("partner"), null));
        }
        return scene;
    }

    /** An OpenAPI operation: its path template, and its path and query parameters' names. */
    private record Operation(String method, String path, List<String> pathParameters, List<String> queryParameters,
            Set<String> contentTypes) {
    }

    private static Map<String, Operation> discoverOperations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (String service : running) {
            Http.Response document = Http.get(gateway("/openapi/" + service), null);
            assertThat(document.status()).as(service + "'s OpenAPI document through the gateway").isEqualTo(200);
            JsonNode paths = document.json().get("paths");
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                    List<String> inPath = new ArrayList<>();
                    List<String> inQuery = new ArrayList<>();
                    JsonNode parameters = method.getValue().get("parameters");
                    if (parameters != null) {
                        for (JsonNode parameter : parameters) {
                            String where = parameter.get("in").asString();
                            (where.equals("path") ? inPath : where.equals("query") ? inQuery : new ArrayList<String>())
                                    .add(parameter.get("name").asString());
                        }
                    }
                    Set<String> contentTypes = new TreeSet<>();
                    JsonNode body = method.getValue().get("requestBody");
                    if (body != null) {
                        body.get("content").propertyNames().forEach(contentTypes::add);
                    }
                    String verb = method.getKey().toUpperCase(Locale.ROOT);
                    operations.put(verb + " " + path.getKey(),
                            new Operation(verb, path.getKey(), inPath, inQuery, contentTypes));
                }
            }
        }
        return operations;
    }

    private static JsonNode readRequests() {
        try (InputStream in = AccessMatrixEndToEndTest.class.getResourceAsStream("/access/requests.json")) {
            return Http.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request's status; a live feed's connection is closed as soon as its status is known. */
    private static Answer send(Operation operation, JsonNode template, String token, Map<String, String> scene) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway(url(operation, scene))))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (template == null) {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        } else if (template.has("body")) {
            request.header("Content-Type", "application/json").method(operation.method(),
                    HttpRequest.BodyPublishers.ofString(fill(template.get("body").toString(), scene)));
        } else if (template.has("raw")) {
            request.header("Content-Type", template.get("contentType").asString()).method(operation.method(),
                    HttpRequest.BodyPublishers.ofString(fill(template.get("raw").asString(), scene)));
        } else {
            JsonNode part = template.get("multipart");
            String boundary = "matrix" + unique.incrementAndGet();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
                    + part.get("type").asString() + "\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + part.get("file").asString()
                    + "\"\r\nContent-Type: text/csv\r\n\r\n" + fill(part.get("content").asString(), scene) + "\r\n--"
                    + boundary + "--\r\n";
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary).method(operation.method(),
                    HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<InputStream> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                boolean feed = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
                String start = feed ? "(live feed)" : new String(body.readNBytes(300), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(operation.method() + " " + operation.path(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The operation's URL with its path parameters bound to the fixtures and its known query parameters set. */
    private static String url(Operation operation, Map<String, String> scene) {
        String path = operation.path();
        for (String name : operation.pathParameters()) {
            path = path.replace("{" + name + "}", encode(pathValue(operation.path(), name, scene)));
        }
        StringBuilder query = new StringBuilder();
        for (String name : operation.queryParameters()) {
            String value = queryValue(operation.path(), name, scene);
            if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encode(value));
            }
        }
        return path + query;
    }

    private static String pathValue(String path, String name, Map<String, String> scene) {
        return switch (name) {
            case "carrierId" -> scene.get("carrier");
            case "firmId" -> scene.get("firm");
            case "programme" -> "LEADING_TALENT";
            case "fundId" -> scene.get("fund");
            case "matchId" -> scene.get("match");
            case "code" -> COUNTY;
            case "indicator" -> "carriers.count";
            case "planId" -> scene.get("plan");
            case "designation" -> "BENCHMARK";
            case "name" -> "hatchery.registry.carrier.registered.v1.schema.json";
            case "type" -> path.startsWith("/api/fund-matching/") ? "funds"
                    : path.startsWith("/api/talent/") ? "talents" : "firms";
            case "id" -> {
                String collection = path.replaceAll("^/api/[^/]+/([^/]+)/\\{id}.*$", "$1");
                yield scene.get(switch (collection) {
                    case "carriers" -> "carrier";
                    case "firms" -> "firm";
                    case "plans" -> "plan";
                    case "cycles" -> "cycle";
                    case "investors" -> "investor";
                    case "funds" -> "fund";
                    case "investments" -> "investment";
                    case "loans" -> "loan";
                    case "requests" -> "request";
                    case "talents" -> "talent";
                    case "activities" -> "activity";
                    case "teams" -> "team";
                    case "platforms" -> "platform";
                    case "partners" -> "partner";
                    case "subscriptions" -> path.endsWith("/events") ? "pullSubscription" : "subscription";
                    default -> throw new IllegalStateException("no fixture for {id} of " + path);
                });
            }
            default -> throw new IllegalStateException("no fixture for path parameter " + name + " of " + path);
        };
    }

    private static String queryValue(String path, String name, Map<String, String> scene) {
        return switch (name) {
            case "region" -> path.startsWith("/api/evaluation/plans") || path.startsWith("/api/statistics/plans")
                    ? CITY : COUNTY;
            case "carrier", "carrierId" -> scene.get("carrier");
            case "from" -> "2024-01-01";
            case "to" -> "2025-12-31";
            case "ruleSet" -> "wenzhou-municipal-incubator";
            case "indicator" -> "carriers.count";
            case "q" -> scene.get("firmUscc");
            default -> null;
        };
    }

    private static String fill(String template, Map<String, String> scene) {
        String filled = template.replace("\"${year}\"", Integer.toString(2024 - unique.incrementAndGet() % 5));
        for (Map.Entry<String, String> fixture : scene.entrySet()) {
            filled = filled.replace("${" + fixture.getKey() + "}", fixture.getValue());
        }
        while (filled.contains("${unique}") || filled.contains("${uscc}") || filled.contains("${residentId}")) {
            filled = filled.replaceFirst("\\$\\{unique}", Integer.toString(unique.incrementAndGet()))
                    .replaceFirst("\\$\\{uscc}", newUscc())
                    .replaceFirst("\\$\\{residentId}", PlatformFixtures.residentId(COUNTY));
        }
        return filled;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Tokens inside the fixtures' region (Yancheng, in Jiangsu) and outside it (Jiaxing, in Zhejiang). */
    private static final class Tokens {

        /** The scene's carrier's operator, its investor's fund manager, its partner's client, or another role. */
        static String inside(String role, Map<String, String> scene) {
            return of(role, role.equals("PROVINCE_ADMIN") ? "320000" : CITY,
                    role.equals("CARRIER_OPERATOR") ? scene.get("carrier") : null,
                    role.equals("FUND_MANAGER") ? scene.getOrDefault("investor", "investor-matrix") : null,
                    role.equals("PARTNER") ? scene.getOrDefault("partner", "partner-matrix") : null);
        }

        /** An operator of the scene's other carrier, a fund manager of another institution, another partner. */
        static String another(String role, Map<String, String> scene) {
            return of(role, CITY, role.equals("CARRIER_OPERATOR") ? scene.get("otherCarrier") : null,
                    role.equals("FUND_MANAGER") ? "investor-another-institution" : null,
                    role.equals("PARTNER") ? "partner-another-department" : null);
        }

        static String outside(String role) {
            return of(role, role.equals("PROVINCE_ADMIN") ? "330000" : "330400",
                    role.equals("CARRIER_OPERATOR") ? "a-carrier-in-jiaxing" : null,
                    role.equals("FUND_MANAGER") ? "investor-in-jiaxing" : null,
                    role.equals("PARTNER") ? "partner-in-jiaxing" : null);
        }

        static String of(String role, String region, String carrier) {
            return of(role, region, carrier, null, null);
        }

        static String of(String role, String region, String carrier, String investor, String partner) {
            return TestInfrastructure.get().tokenIssuer().issue(role.toLowerCase(Locale.ROOT) + "-matrix",
                    List.of(role), region, carrier, investor, partner, Duration.ofHours(1));
        }
    }
}
