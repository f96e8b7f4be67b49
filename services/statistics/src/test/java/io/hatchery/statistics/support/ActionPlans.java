package io.hatchery.statistics.support;

import io.hatchery.contracts.evaluation.PlanPublished;
import io.hatchery.contracts.evaluation.PlanTarget;
import io.hatchery.contracts.evaluation.TargetBound;
import io.hatchery.contracts.evaluation.TargetFilter;
import io.hatchery.contracts.evaluation.TargetMeasure;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The five published plans of {@code action-plans.yaml} as the PlanPublished events the evaluation service
 * publishes: test fixtures for target progress.
 */
public final class ActionPlans {

    private static final String RESOURCE = "/io/hatchery/contracts/plans/action-plans.yaml";

    private ActionPlans() {
    }

    public static List<PlanPublished> all() {
        try (InputStream in = ActionPlans.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = YAMLMapper.builder().build().readTree(in);
            List<PlanPublished> plans = new ArrayList<>();
            for (JsonNode plan : root.get("plans")) {
                plans.add(plan(plan));
            }
            return plans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanPublished byId(String planId) {
        return all().stream().filter(plan -> plan.planId().equals(planId)).findFirst().orElseThrow();
    }

    private static PlanPublished plan(JsonNode plan) {
        List<PlanTarget> targets = new ArrayList<>();
        int n = 0;
        for (JsonNode target : plan.get("targets")) {
            targets.add(target(target, "t" + ++n));
        }
        return new PlanPublished(plan.get("id").asString(), 1, plan.get("title").asString(),
                plan.path("issuer").asString(null), plan.get("region").asString(), date(plan.get("from")),
                date(plan.get("to")), targets, date(plan.get("from")));
    }

    private static PlanTarget target(JsonNode target, String id) {
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
                filter.has("program") ? filter.get("program").asString() : null,
                filter.has("scope") ? filter.get("scope").asString() : null);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        target.get("values").properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().decimalValue()));
        JsonNode window = target.path("window");
        return new PlanTarget(id, target.get("indicator").asString(), targetFilter,
                TargetMeasure.valueOf(target.get("measure").asString().toUpperCase(Locale.ROOT)),
                target.has("at") ? date(target.get("at")) : null,
                window.isArray() ? date(window.get(0)) : null, window.isArray() ? date(window.get(1)) : null,
                "year".equals(target.path("each").asString(null)), values, Map.of(),
                "at-most".equals(target.path("bound").asString(null)) ? TargetBound.AT_MOST : TargetBound.AT_LEAST,
                target.path("note").asString(null));
    }

    private static LocalDate date(JsonNode node) {
        return LocalDate.parse(node.asString());
    }
}
