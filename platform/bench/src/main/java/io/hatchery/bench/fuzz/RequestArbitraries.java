package io.hatchery.bench.fuzz;

import io.hatchery.contracts.identity.Uscc;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests for every operation of the OpenAPI documents, generated with jqwik: mostly valid (so that they reach
 * the rules behind validation), the rest broken in one place or many — a field missing, null, of the wrong type,
 * out of bounds, far too long, a date that is no day; an id with an encoded slash; a header of 10,000 characters;
 * a body that is not JSON or sent as multipart.
 */
public final class RequestArbitraries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> REGIONS = List.of("320903", "320900", "320000", "330402", "370323",
            "320900-yannan", "999999", "");
    private static final List<Object> ODD_VALUES = List.of("", " ", "x".repeat(5000), "\u0000", "💥 ünï", "../..",
            "2024-02-30", "+1000000-01-01", "9999-12-31", -1, 0, Long.MAX_VALUE, -9_000_000_000_000_000_000.0,
            1e308, "1e20", true, List.of(), Map.of(), "%2F", "null", 123456789012345678L);

    private final JsonNode components;
    private final Map<String, String> fixtures;
    private final List<String> tokens;

    /**
     * @param components the document's {@code components} (schemas referenced by bodies)
     * @param fixtures   values for path parameters and fields that name existing things: {@code carrier},
     *                   {@code firm}, {@code plan}, {@code cycle}, {@code region}
     * @param tokens     bearer tokens to send; the first one most often
     */
    public RequestArbitraries(JsonNode components, Map<String, String> fixtures, List<String> tokens) {
        this.components = components;
        this.fixtures = Map.copyOf(fixtures);
        this.tokens = List.copyOf(tokens);
    }

    /** Requests for one operation of the document. */
    public Arbitrary<FuzzRequest> forOperation(String method, String path, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        Arbitrary<String> url = url(path, parameters);
        Arbitrary<Map<String, String>> headers = headers();
        JsonNode content = operation.path("requestBody").path("content");
        Arbitrary<String[]> body = content.isMissingNode() || content.isEmpty() ? Arbitraries.just(new String[2])
                : body(content);
        String target = target(path);
        String name = method.toUpperCase(Locale.ROOT) + " " + path;
        return Combinators.combine(url, headers, body).as((pathAndQuery, headerValues, typeAndBody) ->
                new FuzzRequest(name, method.toUpperCase(Locale.ROOT), pathAndQuery, headerValues, typeAndBody[0],
                        typeAndBody[1], target));
    }

    /** The fixture a path's {@code {id}} names, from the collection before it. */
    private static String target(String path) {
        if (!path.contains("{id}")) {
            return null;
        }
        String collection = path.replaceAll("^/api/[^/]+/([^/]+)/\\{id}.*$", "$1");
        return switch (collection) {
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
            default -> null;
        };
    }

    private Arbitrary<String> url(String path, List<JsonNode> parameters) {
        // jqwik's list combinator holds no nulls: an absent parameter is an empty Optional
        List<Arbitrary<Optional<String>>> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Boolean> inPath = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            String where = parameter.path("in").asString("");
            if (!where.equals("path") && !where.equals("query")) {
                continue;
            }
            String name = parameter.path("name").asString();
            boolean required = parameter.path("required").asBoolean(false);
            Arbitrary<String> value = where.equals("path") ? pathValue(path, name)
                    : scalarText(name, resolve(parameter.path("schema")));
            if (where.equals("query") && !required) {
                value = value.injectNull(0.5);
            }
            parts.add(value.map(Optional::ofNullable));
            names.add(name);
            inPath.add(where.equals("path"));
        }
        if (parts.isEmpty()) {
            return Arbitraries.just(path);
        }
        return Combinators.combine(parts).as(values -> {
            String resolved = path;
            StringBuilder query = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i).orElse(null);
                if (inPath.get(i)) {
                    resolved = resolved.replace("{" + names.get(i) + "}", value);
                } else if (value != null) {
                    query.append(query.isEmpty() ? '?' : '&').append(names.get(i)).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            return resolved + query;
        });
    }

    /** A path parameter: the fixture most of the time, else an unknown id or a hostile one (already encoded). */
    private Arbitrary<String> pathValue(String path, String name) {
        String known = switch (name) {
            case "carrierId" -> fixtures.get(path.contains("/cycles/") ? "cycleCarrier" : "carrier");
            case "code" -> fixtures.get("region");
            case "indicator" -> "carriers.count";
            case "planId" -> fixtures.get("plan");
            case "fundId" -> fixtures.get("fund");
            case "matchId" -> fixtures.get("match");
            case "firmId" -> fixtures.get("firm");
            case "programme" -> "LEADING_TALENT";
            case "designation" -> "BENCHMARK";
            case "type" -> path.startsWith("/api/fund-matching/") ? "funds" : "firms";
            case "name" -> "hatchery.registry.carrier.registered.v1.schema.json";
            case "id" -> fixtures.get(target(path));
            default -> null;
        };
        Arbitrary<String> hostile = Arbitraries.of("unknown-id", "a%2Fb", "a%00b", "%2e%2e%2Fetc", "x".repeat(3000),
                "%E4%B8%AD%E6%96%87", "-1", "%20");
        return known == null ? hostile : Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(URLEncoder.encode(known, StandardCharsets.UTF_8))),
                Tuple.of(1, hostile));
    }

    private Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(tokens.get(0))),
                Tuple.of(3, Arbitraries.of(tokens)),
                Tuple.of(1, Arbitraries.of("not-a-token", "")));
        Arbitrary<String> ifMatch = Arbitraries.of("\"1\"", "\"2\"", "W/\"1\"", "\"abc\"", "*",
                "\"" + "9".repeat(10_000) + "\"", "\"-5\"").injectNull(0.7);
        Arbitrary<String> idempotencyKey = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMinLength(1)
                .ofMaxLength(40), Arbitraries.just("k".repeat(10_000)), Arbitraries.just("key with spaces"))
                .injectNull(0.6);
        return Combinators.combine(token, ifMatch, idempotencyKey).as((bearer, match, key) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            if (!bearer.isEmpty()) {
                headers.put("Authorization", "Bearer " + bearer);
            }
            if (match != null) {
                headers.put("If-Match", match);
            }
            if (key != null) {
                headers.put("Idempotency-Key", key);
            }
            return headers;
        });
    }

    /** A body as {content type, text}: a document of the declared type, or something else sent as it. */
    private Arbitrary<String[]> body(JsonNode content) {
        Iterator<String> types = content.propertyNames().iterator();
        String type = types.next();
        if (type.startsWith("multipart/")) {
            return Arbitraries.of(new String[] {"multipart/form-data", "type=firms"},
                    new String[] {"multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; "
                            + "name=\"type\"\r\n\r\ncastles\r\n--x--\r\n"},
                    new String[] {"application/json", "{}"});
        }
        if (!type.contains("json")) {
            return Arbitraries.of(new String[] {type, "plans:\n  - id: fuzz\n    from: 2024-02-30\n"},
                    new String[] {type, "plans: [{id: x, title: t, region: \"999999\", from: 2024-01-01,"
                            + " to: 2023-01-01, targets: [{indicator: nope, measure: stock, at: 2025-01-01,"
                            + " values: {\"320900\": -1}}]}]"},
                    new String[] {type, "{{{"}, new String[] {type, ""},
                    new String[] {"multipart/form-data", "{}"});
        }
        JsonNode schema = resolve(content.get(type).path("schema"));
        Arbitrary<String> document = value("body", schema, 0).map(RequestArbitraries::json);
        Arbitrary<String> broken = Arbitraries.of("{", "[]", "null", "\"text\"", "{\"a\":", "", "{}",
                "{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}");
        return Arbitraries.frequencyOf(
                Tuple.of(8, document.map(text -> new String[] {"application/json", text})),
                Tuple.of(1, broken.map(text -> new String[] {"application/json", text})),
                Tuple.of(1, Combinators.combine(Arbitraries.of("multipart/form-data", "text/plain",
                        "application/xml"), document).as((wrongType, text) -> new String[] {wrongType, text})));
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A value for a schema: mostly valid, sometimes one of the odd values. */
    private Arbitrary<Object> value(String name, JsonNode schema, int depth) {
        Arbitrary<Object> odd = Arbitraries.of(ODD_VALUES);
        Arbitrary<Object> valid = validValue(name, schema, depth);
        return Arbitraries.frequencyOf(Tuple.of(9, valid), Tuple.of(1, odd))
                .injectNull(0.03);
    }

    private Arbitrary<Object> validValue(String name, JsonNode schema, int depth) {
        String type = type(schema);
        if (depth > 4) {
            return Arbitraries.just(null);
        }
        switch (type) {
            case "object" -> {
                JsonNode properties = schema.path("properties");
                List<String> names = new ArrayList<>();
                List<Arbitrary<Optional<Object>>> values = new ArrayList<>();
                for (Map.Entry<String, JsonNode> property : properties.properties()) {
                    names.add(property.getKey());
                    values.add(value(property.getKey(), resolve(property.getValue()), depth + 1)
                            .map(Optional::ofNullable));
                }
                if (names.isEmpty()) {
                    return Arbitraries.just((Object) Map.of("staff_service", 5, "expert", 10));
                }
                Arbitrary<Boolean> dropOne = Arbitraries.of(false, false, false, false, true);
                return Combinators.combine(Combinators.combine(values).as(List::copyOf), dropOne,
                        Arbitraries.integers().between(0, names.size() - 1)).as((generated, drop, dropped) -> {
                            Map<String, Object> object = new LinkedHashMap<>();
                            for (int i = 0; i < names.size(); i++) {
                                if (!(drop && i == dropped)) {
                                    object.put(names.get(i), generated.get(i).orElse(null));
                                }
                            }
                            return object;
                        });
            }
            case "array" -> {
                return value(name, resolve(schema.path("items")), depth + 1).list().ofMaxSize(3).map(list -> list);
            }
            case "integer", "number" -> {
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : -5;
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : 100_000;
                return Arbitraries.longs().between(min, Math.max(min, max)).map(n -> n);
            }
            case "boolean" -> {
                return Arbitraries.of(true, false).map(b -> b);
            }
            default -> {
                return scalarText(name, schema).map(text -> text);
            }
        }
    }

    /** Text for a string schema or a parameter: enum values, dates, region codes, ids, USCCs by name. */
    private Arbitrary<String> scalarText(String name, JsonNode schema) {
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add(value.asString()));
            return Arbitraries.oneOf(Arbitraries.of(values), Arbitraries.just("NOT_A_VALUE"));
        }
        String format = schema.path("format").asString("");
        String lower = name.toLowerCase(Locale.ROOT);
        if (format.equals("date") || lower.endsWith("on") || lower.endsWith("date") || lower.equals("from")
                || lower.equals("to") || lower.equals("at") || lower.equals("deadline")) {
            return Arbitraries.integers().between(-400, 40_000).map(days -> LocalDate.of(2000, 1, 1)
                    .plusDays(days).toString());
        }
        if (lower.equals("region") || lower.equals("code")) {
            return Arbitraries.of(REGIONS);
        }
        if (lower.equals("carrierid") || lower.equals("carrier")) {
            return Arbitraries.of(fixtures.get("carrier"), "no-such-carrier");
        }
        if (lower.equals("uscc")) {
            return Arbitraries.strings().numeric().ofLength(7).map(digits -> Uscc.complete("91320903MA" + digits));
        }
        if (lower.equals("type") || lower.equals("format")) {
            return Arbitraries.of("firms", "carriers", "csv", "xlsx", "json");
        }
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(30).withCharRange('a', 'z')
                .withChars("盐城孵化器科技有限公司 -_");
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asString().equals("null")) {
                    return option.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    private JsonNode resolve(JsonNode schema) {
        for (int hops = 0; hops < 10; hops++) {
            if (schema.has("$ref")) {
                String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
                schema = components.path("schemas").path(name);
            } else if (schema.has("allOf")) {
                schema = schema.get("allOf").get(0);
            } else if (schema.has("oneOf")) {
                schema = schema.get("oneOf").get(0);
            } else if (schema.has("anyOf")) {
                schema = schema.get("anyOf").get(0);
            } else {
                return schema;
            }
        }
        return schema;
    }
}
