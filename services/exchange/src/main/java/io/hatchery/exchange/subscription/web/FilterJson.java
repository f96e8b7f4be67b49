package io.hatchery.exchange.subscription.web;

import io.hatchery.application.refusal.FieldError;
import io.hatchery.exchange.subscription.domain.Filter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Filters as the CloudEvents Subscriptions API writes them: each an object with exactly one dialect key —
 * {@code {"exact": {"type": "…"}}}, {@code prefix}, {@code suffix}, {@code {"all": [...]}}, {@code any},
 * {@code {"not": {...}}}, {@code {"sql": "…"}}. Problems name the filter's path, e.g. {@code filters[1].any[0]}.
 */
final class FilterJson {

    private static final Set<String> DIALECTS = Set.of("exact", "prefix", "suffix", "all", "any", "not", "sql");

    private FilterJson() {
    }

    static List<Filter> read(JsonNode filters, List<FieldError> problems) {
        if (filters == null || filters.isNull()) {
            return List.of();
        }
        if (!filters.isArray()) {
            problems.add(new FieldError("filters", "must be an array of filters"));
            return List.of();
        }
        return readAll(filters, "filters", problems);
    }

    private static List<Filter> readAll(JsonNode array, String path, List<FieldError> problems) {
        List<Filter> filters = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Filter filter = readOne(array.get(i), path + "[" + i + "]", problems);
            if (filter != null) {
                filters.add(filter);
            }
        }
        return filters;
    }

    private static Filter readOne(JsonNode node, String path, List<FieldError> problems) {
        if (node == null || !node.isObject() || node.size() != 1) {
            problems.add(new FieldError(path, "must be an object with exactly one of " + DIALECTS));
            return null;
        }
        Map.Entry<String, JsonNode> dialect = node.properties().iterator().next();
        String name = dialect.getKey();
        JsonNode value = dialect.getValue();
        String at = path + "." + name;
        switch (name) {
            case "exact", "prefix", "suffix" -> {
                Map<String, String> attributes = attributes(value, at, problems);
                if (attributes == null) {
                    return null;
                }
                return name.equals("exact") ? new Filter.Exact(attributes)
                        : name.equals("prefix") ? new Filter.Prefix(attributes) : new Filter.Suffix(attributes);
            }
            case "all", "any" -> {
                if (!value.isArray() || value.isEmpty()) {
                    problems.add(new FieldError(at, "must be a non-empty array of filters"));
                    return null;
                }
                List<Filter> nested = readAll(value, at, problems);
                return name.equals("all") ? new Filter.All(nested) : new Filter.Any(nested);
            }
            case "not" -> {
                Filter nested = readOne(value, at, problems);
                return nested == null ? null : new Filter.Not(nested);
            }
            case "sql" -> {
                if (!value.isString() || value.asString().isBlank() || value.asString().length() > 2000) {
                    problems.add(new FieldError(at, "must be a CloudEvents SQL expression of 1 to 2000 characters"));
                    return null;
                }
                return new Filter.Sql(value.asString());
            }
            default -> {
                problems.add(new FieldError(path, "unknown dialect '" + name + "'; one of " + DIALECTS));
                return null;
            }
        }
    }

    private static Map<String, String> attributes(JsonNode value, String path, List<FieldError> problems) {
        if (!value.isObject() || value.isEmpty()) {
            problems.add(new FieldError(path, "must map attribute names to values"));
            return null;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> attribute : value.properties()) {
            if (!attribute.getKey().matches("[a-z0-9]{1,20}") || !attribute.getValue().isString()) {
                problems.add(new FieldError(path + "." + attribute.getKey(), "attribute names are lower-case"
                        + " letters and digits, and values strings"));
                return null;
            }
            attributes.put(attribute.getKey(), attribute.getValue().asString());
        }
        return attributes;
    }

    /** The filters as the API shows them, in the same dialect form. */
    static List<JsonNode> write(List<Filter> filters) {
        return filters.stream().map(FilterJson::write).toList();
    }

    private static JsonNode write(Filter filter) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (filter instanceof Filter.Exact exact) {
            exact.attributes().forEach(node.putObject("exact")::put);
        } else if (filter instanceof Filter.Prefix prefix) {
            prefix.attributes().forEach(node.putObject("prefix")::put);
        } else if (filter instanceof Filter.Suffix suffix) {
            suffix.attributes().forEach(node.putObject("suffix")::put);
        } else if (filter instanceof Filter.All all) {
            write(all.filters()).forEach(node.putArray("all")::add);
        } else if (filter instanceof Filter.Any any) {
            write(any.filters()).forEach(node.putArray("any")::add);
        } else if (filter instanceof Filter.Not not) {
            node.set("not", write(not.filter()));
        } else if (filter instanceof Filter.Sql sql) {
            node.put("sql", sql.expression());
        }
        return node;
    }
}
