package io.hatchery.contracts.plans;

import io.hatchery.contracts.evaluation.CarrierService;
import io.hatchery.contracts.evaluation.PlanTarget;
import io.hatchery.contracts.evaluation.TargetBound;
import io.hatchery.contracts.evaluation.TargetFilter;
import io.hatchery.contracts.evaluation.TargetMeasure;
import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The plan file format of {@code action-plans.yaml}: {@code plans: [{id, title, issuer, region, from, to,
 * targets: [{indicator, filter, measure, at | window, each, values, stretch, bound, note}]}]}. Targets are
 * numbered t1, t2, … in file order. The one reader of that format, for imports and for fixtures alike.
 */
public final class PlanFile {

    /** The five plans as published, bundled with the contracts. */
    public static final String PUBLISHED_PLANS = "/io/hatchery/contracts/plans/action-plans.yaml";

    /** One plan of a file. */
    public record Entry(String id, String title, String issuer, String region, LocalDate periodFrom,
            LocalDate periodTo, List<PlanTarget> targets) {
    }

    /** What is wrong with a file, and where ({@code file}, {@code plans}, or {@code plans[n]}). */
    public static final class InvalidPlanFile extends RuntimeException {

        private final String field;

        InvalidPlanFile(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private PlanFile() {
    }

    /** The bundled published plans. */
    public static List<Entry> published() {
        try (InputStream in = PlanFile.class.getResourceAsStream(PUBLISHED_PLANS)) {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidPlanFile naming the first plan that cannot be read */
    public static List<Entry> read(String yaml) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(yaml);
        } catch (JacksonException e) {
            throw new InvalidPlanFile("file", "is not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("plans").isArray()) {
            throw new InvalidPlanFile("plans", "the file needs a list of plans under 'plans'");
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode plan : root.get("plans")) {
            String field = "plans[" + index++ + "]";
            try {
                entries.add(entry(plan, field));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidPlanFile(field, String.valueOf(e.getMessage()));
            }
        }
        return entries;
    }

    private static Entry entry(JsonNode plan, String field) {
        List<PlanTarget> targets = new ArrayList<>();
        int n = 0;
        for (JsonNode target : plan.path("targets")) {
            targets.add(target(target, "t" + ++n, field + ".targets[" + (n - 1) + "]"));
        }
        return new Entry(text(plan, "id", field), text(plan, "title", field), plan.path("issuer").asString(null),
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
                filter.path("program").asString(null), filter.path("scope").asString(null),
                filter.path("type").asString(null),
                filter.has("carrierLink") ? CarrierLink.valueOf(filter.get("carrierLink").asString()) : null,
                filter.has("service") ? CarrierService.valueOf(filter.get("service").asString()) : null);
        JsonNode window = target.path("window");
        return new PlanTarget(id, text(target, "indicator", field), targetFilter,
                TargetMeasure.valueOf(text(target, "measure", field).toUpperCase(Locale.ROOT)),
                target.has("at") ? date(target, "at", field) : null,
                window.isArray() ? date(window.get(0).asString(), field + ".window[0]") : null,
                window.isArray() ? date(window.get(1).asString(), field + ".window[1]") : null,
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
        return date(text(node, name, field), field + "." + name);
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a calendar date (YYYY-MM-DD): " + text);
        }
    }
}
