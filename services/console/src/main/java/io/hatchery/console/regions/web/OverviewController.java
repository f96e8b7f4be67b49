package io.hatchery.console.regions.web;

import io.hatchery.console.gateway.app.ApiPath;
import io.hatchery.console.gateway.app.PlatformApi;
import io.hatchery.console.session.app.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The overview of a region: the headline figures as of a date, each against the same date a year before; for
 * today, kept live by the statistics' feed without a reload.
 */
@Controller
public class OverviewController {

    private final PlatformApi api;
    private final Breadcrumbs breadcrumbs;
    private final Clock clock;

    public OverviewController(PlatformApi api, Breadcrumbs breadcrumbs, Clock clock) {
        this.api = api;
        this.breadcrumbs = breadcrumbs;
        this.clock = clock;
    }

    /**
     * One headline figure.
     *
     * @param trend UP, DOWN or FLAT against a year before
     */
    public record Headline(String indicator, String value, String before, String trend, boolean amount) {
    }

    @GetMapping("/")
    public String home(SignedInUser user) {
        return "redirect:/console/regions/" + user.region();
    }

    @GetMapping("/console/regions/{code}")
    public String overview(SignedInUser user, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = at != null ? at : today;
        model.addAttribute("code", code);
        model.addAttribute("name", breadcrumbs.name(code));
        model.addAttribute("crumbs", breadcrumbs.to(code, user));
        model.addAttribute("at", date);
        model.addAttribute("live", date.equals(today));
        model.addAttribute("headline", headline(user, code, date, locale));
        return "overview";
    }

    /** The headline figures alone, which the page fetches again when the live feed says figures changed. */
    @GetMapping("/console/regions/{code}/headline")
    public String headlineFragment(SignedInUser user, @PathVariable String code, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("code", code);
        model.addAttribute("at", today);
        model.addAttribute("headline", headline(user, code, today, locale));
        return "overview :: headline";
    }

    private List<Headline> headline(SignedInUser user, String code, LocalDate date, Locale locale) {
        Map<String, BigDecimal> now = values(user, code, date);
        Map<String, BigDecimal> before = values(user, code, date.minusYears(1));
        List<Headline> figures = new ArrayList<>();
        for (String indicator : Indicators.HEADLINE) {
            BigDecimal value = now.get(indicator);
            BigDecimal earlier = before.get(indicator);
            String trend = value == null || earlier == null ? "FLAT"
                    : switch (value.compareTo(earlier)) {
                        case 1 -> "UP";
                        case -1 -> "DOWN";
                        default -> "FLAT";
                    };
            figures.add(new Headline(indicator, Indicators.format(indicator, value, locale),
                    Indicators.format(indicator, earlier, locale), trend, Indicators.isAmount(indicator)));
        }
        return figures;
    }

    private Map<String, BigDecimal> values(SignedInUser user, String code, LocalDate date) {
        JsonNode all = api.json(user, ApiPath.of("/api/statistics/regions/{}/indicators", code).with("at", date));
        Map<String, BigDecimal> values = new HashMap<>();
        for (JsonNode figure : all) {
            JsonNode value = figure.get("value");
            values.put(figure.get("indicator").asString(), value == null || value.isNull() ? null
                    : value.decimalValue());
        }
        return values;
    }
}
