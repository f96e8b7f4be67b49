package io.hatchery.console.regions.web;

import io.hatchery.console.ConsoleJson;
import io.hatchery.console.gateway.app.ApiPath;
import io.hatchery.console.gateway.app.PlatformApi;
import io.hatchery.console.session.app.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** One indicator of a region over time, by month, quarter or year: a line chart and its table. */
@Controller
public class SeriesController {

    private static final List<String> GRANULARITIES = List.of("month", "quarter", "year");

    private final PlatformApi api;
    private final Breadcrumbs breadcrumbs;
    private final Clock clock;
    private final ConsoleJson json;

    public SeriesController(PlatformApi api, Breadcrumbs breadcrumbs, Clock clock, ConsoleJson json) {
        this.api = api;
        this.breadcrumbs = breadcrumbs;
        this.clock = clock;
        this.json = json;
    }

    /** One period: its label, the value as shown and as plotted. */
    public record Point(String period, String value, Object plotted) {
    }

    @GetMapping("/console/regions/{code}/series")
    public String series(SignedInUser user, @PathVariable String code,
            @RequestParam(defaultValue = "carriers.count") String indicator,
            @RequestParam(defaultValue = "quarter") String granularity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model, Locale locale) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusYears(3).withDayOfYear(1);
        JsonNode series = api.json(user, ApiPath.of("/api/statistics/regions/{}/indicators/{}/series", code,
                indicator).with("from", start).with("to", end).with("granularity", granularity));
        List<Point> points = new ArrayList<>();
        for (JsonNode point : series.get("points")) {
            Object value = point.get("value").isNull() ? null : point.get("value").decimalValue();
            points.add(new Point(point.get("period").asString(), Indicators.format(indicator, value, locale),
                    Indicators.plotted(indicator, value)));
        }
        model.addAttribute("code", code);
        model.addAttribute("name", breadcrumbs.name(code));
        model.addAttribute("crumbs", breadcrumbs.to(code, user));
        model.addAttribute("indicator", indicator);
        model.addAttribute("indicators", Indicators.DRILLABLE);
        model.addAttribute("granularity", granularity);
        model.addAttribute("granularities", GRANULARITIES);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("points", points);
        model.addAttribute("pointsJson", json.write(points));
        model.addAttribute("amount", Indicators.isAmount(indicator));
        return "series";
    }
}
