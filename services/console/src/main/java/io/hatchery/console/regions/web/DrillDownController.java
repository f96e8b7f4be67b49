package io.hatchery.console.regions.web;

import io.hatchery.console.ConsoleJson;
import io.hatchery.console.Vocabulary;
import io.hatchery.console.gateway.app.ApiPath;
import io.hatchery.console.gateway.app.PlatformApi;
import io.hatchery.console.session.app.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * One indicator across a region's children: a bar chart and a table, a click on a bar or a row goes one level
 * down (province → city → county or zone), the breadcrumb back up. Carrier indicators take the kind, level and
 * designation filters.
 */
@Controller
public class DrillDownController {

    private final PlatformApi api;
    private final Breadcrumbs breadcrumbs;
    private final Clock clock;
    private final ConsoleJson json;

    public DrillDownController(PlatformApi api, Breadcrumbs breadcrumbs, Clock clock, ConsoleJson json) {
        this.api = api;
        this.breadcrumbs = breadcrumbs;
        this.clock = clock;
        this.json = json;
    }

    /** A child region's figure. */
    public record Row(String code, String name, String value, Object plotted) {
    }

    @GetMapping("/console/regions/{code}/drill")
    public String drill(SignedInUser user, @PathVariable String code,
            @RequestParam(defaultValue = "carriers.count") String indicator,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String levelAtLeast,
            @RequestParam(required = false) String designation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            Model model, Locale locale) {
        LocalDate date = at != null ? at : LocalDate.now(clock);
        boolean carrierFilters = Indicators.CARRIER_FILTERED.contains(indicator);
        ApiPath path = ApiPath.of("/api/statistics/regions/{}/children", code).with("indicator", indicator);
        if (Indicators.isNew(indicator)) {
            path.with("from", date.withDayOfYear(1)).with("to", date);
        } else {
            path.with("at", date);
        }
        if (carrierFilters) {
            path.with("kind", kind).with("levelAtLeast", levelAtLeast).with("designation", designation);
        }
        JsonNode children = api.json(user, path);
        List<Row> rows = new ArrayList<>();
        for (JsonNode child : children.get("children")) {
            String childCode = child.get("region").asString();
            Object value = child.get("value").isNull() ? null : child.get("value").decimalValue();
            rows.add(new Row(childCode, child.get("name").asString(), Indicators.format(indicator, value, locale),
                    Indicators.plotted(indicator, value)));
        }
        Object total = children.get("value").isNull() ? null : children.get("value").decimalValue();
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("kind", kind == null ? List.of() : kind);
        filters.put("levelAtLeast", levelAtLeast);
        filters.put("designation", designation);
        model.addAttribute("code", code);
        model.addAttribute("name", breadcrumbs.name(code));
        model.addAttribute("crumbs", breadcrumbs.to(code, user));
        model.addAttribute("indicator", indicator);
        model.addAttribute("indicators", Indicators.DRILLABLE);
        model.addAttribute("carrierFilters", carrierFilters);
        model.addAttribute("kinds", Vocabulary.CARRIER_KINDS);
        model.addAttribute("levels", Vocabulary.LEVELS);
        model.addAttribute("designations", Vocabulary.DESIGNATIONS);
        model.addAttribute("filters", filters);
        model.addAttribute("at", date);
        model.addAttribute("rows", rows);
        model.addAttribute("rowsJson", json.write(rows));
        model.addAttribute("total", Indicators.format(indicator, total, locale));
        model.addAttribute("amount", Indicators.isAmount(indicator));
        model.addAttribute("query", query(indicator, kind, levelAtLeast, designation, at));
        return "drill";
    }

    /** The query string that keeps the indicator and filters while drilling. */
    static String query(String indicator, List<String> kind, String levelAtLeast, String designation,
            LocalDate at) {
        return ApiPath.of("").with("indicator", indicator).with("kind", kind).with("levelAtLeast", levelAtLeast)
                .with("designation", designation).with("at", at).toString();
    }
}
