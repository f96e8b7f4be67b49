package io.hatchery.console.firms.web;

import io.hatchery.console.gateway.app.ApiPath;
import io.hatchery.console.gateway.app.PlatformApi;
import io.hatchery.console.session.app.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Finding a firm by USCC or name, and its profile: one view of the firm from every service's events. */
@Controller
public class FirmsController {

    private final PlatformApi api;

    public FirmsController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/console/firms")
    public String find(SignedInUser user, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("found", q == null || q.isBlank() ? List.of()
                : api.data(user, ApiPath.of("/api/statistics/firms").with("q", q.trim())));
        return "firms";
    }

    @GetMapping("/console/firms/{id}")
    public String profile(SignedInUser user, @PathVariable String id, Model model) {
        model.addAttribute("firm", api.data(user, ApiPath.of("/api/statistics/firms/{}/profile", id)));
        return "firm";
    }
}
