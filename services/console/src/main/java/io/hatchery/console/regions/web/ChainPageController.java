package io.hatchery.console.regions.web;

import io.hatchery.console.ConsoleJson;
import io.hatchery.console.gateway.app.ApiPath;
import io.hatchery.console.gateway.app.PlatformApi;
import io.hatchery.console.session.app.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A region's incubation chain over a window: each stage's flows, as a chart and a table. */
@Controller
public class ChainPageController {

    private final PlatformApi api;
    private final Breadcrumbs breadcrumbs;
    private static final List<String> STAGES = List.of("PRE_INCUBATION", "INCUBATION", "ACCELERATION", "PARK");
    private static final List<String> FLOWS = List.of("entered", "movedOn", "graduated", "retained", "left");

    private final Clock clock;
    private final MessageSource messages;
    private final ConsoleJson json;

    public ChainPageController(PlatformApi api, Breadcrumbs breadcrumbs, Clock clock, MessageSource messages,
            ConsoleJson json) {
        this.api = api;
        this.breadcrumbs = breadcrumbs;
        this.clock = clock;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/console/regions/{code}/chain")
    public String chain(SignedInUser user, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model, Locale locale) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusYears(3).withDayOfYear(1);
        model.addAttribute("code", code);
        model.addAttribute("name", breadcrumbs.name(code));
        model.addAttribute("crumbs", breadcrumbs.to(code, user));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        Object chain = api.data(user, ApiPath.of("/api/statistics/regions/{}/chain", code).with("from", start)
                .with("to", end));
        model.addAttribute("chain", chain);
        model.addAttribute("chainJson", json.write(chain));
        Map<String, String> labels = new LinkedHashMap<>();
        STAGES.forEach(stage -> labels.put(stage, messages.getMessage("stage." + stage, null, locale)));
        FLOWS.forEach(flow -> labels.put(flow, messages.getMessage("chain." + flow, null, locale)));
        model.addAttribute("labelsJson", json.write(labels));
        return "chain";
    }
}
