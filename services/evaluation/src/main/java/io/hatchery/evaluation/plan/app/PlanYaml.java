package io.hatchery.evaluation.plan.app;

import io.hatchery.contracts.evaluation.PlanTarget;
import io.hatchery.contracts.evaluation.TargetBound;
import io.hatchery.contracts.evaluation.TargetFilter;
import io.hatchery.contracts.evaluation.TargetMeasure;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.evaluation.plan.domain.Plan;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the plan file format of {@code action-plans.yaml}: {@code plans: [{id, title, issuer, region, from, to,
 * targets: [{indicator, filter, measure, at | window, each, values, stretch, bound, note}]}]}. Targets are
 * numbered t1, t2, … in file order.
 */
final class PlanYaml {

    record Entry(String id, Plan.Content content) {
    }

    private PlanYaml() {
    }

    static List<Entry> read(String yaml) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(yaml);
        } catch (JacksonException e) {
            throw InvalidRequestException.of("file", "is not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("plans").isArray()) {
            throw InvalidRequestException.of("plans", "the file needs a list of plans under 'plans'");
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode plan : root.get("plans")) {
            String field = "plans[" + index++ + "]";
            try {
                entries.add(new Entry(text(plan, "id", field), content(plan, field)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidRequestException(List.of(new FieldError(field, String.valueOf(e.getMessage()))));
            }
        }
        return entries;
    }

    private static Plan.Content content(JsonNode plan, String field) {
        List<PlanTarget> targets = new ArrayList<>();
        int n = 0;
        for (JsonNode target : plan.path("targets")) {
            targets.add(target(target, "t" + ++n, field + ".targets[" + (n - 1) + "]"));
        }
        return new Plan.Content(text(plan, "title", field), plan.path("issuer").asString(null),
                text(plan, "region", field), date(plan, "from", field), date(plan, "to", field), targets);
    }

    private static PlanTarget target(JsonNode target, String id, String field) {
        JsonNode filter = target.path("filter");
        List<CarrierKind> kinds = null;
        if (filter.has("kind")) {
            kinds = new ArrayList<>();
            for (JsonNode kind : filter.get("kind")) {
                kinds.add(CarrierKind.valueOf(kind.asString()));
            }
        }
        TargetFilter targetFilter = new TargetFilter(kinds,
                filter.has("levelAtLeast") ? CertificationLevel.valueOf(filter.get("levelAtLeast").asString()) : null,
                filter.has("designation") ? Designation.valueOf(filter.get("designation").asString()) : null,
                filter.path("program").asString(null), filter.path("scope").asString(null));
        JsonNode window = target.path("window");
        return new PlanTarget(id, text(target, "indicator", field), targetFilter,
                TargetMeasure.valueOf(text(target, "measure", field).toUpperCase(Locale.ROOT)),
                target.has("at") ? date(target, "at", field) : null,
                window.isArray() ? LocalDate.parse(window.get(0).asString()) : null,
                window.isArray() ? LocalDate.parse(window.get(1).asString()) : null,
                "year".equals(target.path("each").asString(null)), numbers(target.path("values")),
                numbers(target.path("stretch")),
                "at-most".equals(target.path("bound").asString(null)) ? TargetBound.AT_MOST : TargetBound.AT_LEAST,
                target.path("note").asString(null));
    }

    private static Map<String, BigDecimal> numbers(JsonNode node) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        node.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().decimalValue()));
        return values;
    }

    private static String text(JsonNode node, String name, String field) {
        if (!node.hasNonNull(name)) {
            throw new IllegalArgumentException(field + "." + name + " is required");
        }
        return node.get(name).asString();
    }

    private static LocalDate date(JsonNode node, String name, String field) {
        return LocalDate.parse(text(node, name, field));
    }
}
