package io.hatchery.console.carriers.web;

import io.hatchery.console.Vocabulary;
import io.hatchery.console.gateway.app.ApiPath;
import io.hatchery.console.gateway.app.PlatformApi;
import io.hatchery.console.session.app.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register's carriers: a searchable, filtered, paged list (the registry filters and pages in its database),
 * and a carrier's page with its certification history, designations, ratings, firms, staff, mentors and its
 * eligibility against a chosen rule set. A section the official's role may not see is left out, not an error.
 */
@Controller
public class CarriersController {

    private static final int PAGE_SIZE = 20;

    private final PlatformApi api;

    public CarriersController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/console/carriers")
    public String carriers(SignedInUser user, @RequestParam(required = false) String region,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String levelAtLeast,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page, Model model) {
        String subtree = region == null || region.isBlank() ? user.region() : region;
        model.addAttribute("result", api.data(user, ApiPath.of("/api/registry/carriers").with("region", subtree)
                .with("kind", kind).with("levelAtLeast", levelAtLeast).with("name", name)
                .with("page", Math.max(0, page)).with("size", PAGE_SIZE)));
        model.addAttribute("region", subtree);
        model.addAttribute("kind", kind);
        model.addAttribute("levelAtLeast", levelAtLeast);
        model.addAttribute("name", name);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("kinds", Vocabulary.CARRIER_KINDS);
        model.addAttribute("levels", Vocabulary.LEVELS);
        return "carriers";
    }

    @GetMapping("/console/carriers/{id}")
    public String carrier(SignedInUser user, @PathVariable String id,
            @RequestParam(required = false) String ruleSet, Model model) {
        model.addAttribute("carrier", api.data(user, ApiPath.of("/api/registry/carriers/{}", id)));
        model.addAttribute("firms", api.ifAvailable(u -> api.data(u, ApiPath.of("/api/registry/firms")
                .with("carrier", id).with("size", 100)), user).orElse(null));
        model.addAttribute("staff", api.ifAvailable(u -> api.data(u, ApiPath.of("/api/talent/carriers/{}/staff", id)),
                user).orElse(null));
        model.addAttribute("mentors", api.ifAvailable(u -> api.data(u, ApiPath.of("/api/talent/carriers/{}/mentors",
                id).with("size", 100)), user).orElse(null));
        model.addAttribute("record", api.ifAvailable(u -> api.data(u, ApiPath.of("/api/statistics/carriers/{}/record",
                id)), user).orElse(null));
        Object ruleSets = api.data(user, ApiPath.of("/api/evaluation/rule-sets"));
        model.addAttribute("ruleSets", ruleSets);
        model.addAttribute("ruleSet", ruleSet);
        if (ruleSet != null && !ruleSet.isBlank()) {
            model.addAttribute("eligibility", api.ifAvailable(u -> api.data(u, ApiPath.of(
                    "/api/evaluation/carriers/{}/eligibility", id).with("ruleSet", ruleSet)), user).orElse(null));
        }
        return "carrier";
    }
}
