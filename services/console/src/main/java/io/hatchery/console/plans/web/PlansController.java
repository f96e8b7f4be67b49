package io.hatchery.console.plans.web;

import io.hatchery.console.gateway.app.ApiPath;
import io.hatchery.console.gateway.app.PlatformApi;
import io.hatchery.console.gateway.app.PlatformApi.Download;
import io.hatchery.console.session.app.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The action plans of the official's region and each plan's progress: target × region with actual, target,
 * ratio and status, and the same table as an Excel file.
 */
@Controller
public class PlansController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlatformApi api;

    public PlansController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/console/plans")
    public String plans(SignedInUser user, Model model) {
        model.addAttribute("plans", api.data(user, ApiPath.of("/api/statistics/plans")
                .with("region", user.region())));
        return "plans";
    }

    @GetMapping("/console/plans/{id}")
    public String progress(SignedInUser user, @PathVariable String id, Model model) {
        model.addAttribute("progress", api.data(user, ApiPath.of("/api/statistics/plans/{}/progress", id)));
        model.addAttribute("planId", id);
        return "plan";
    }

    /** The progress table the page shows, as the statistics export it. */
    @GetMapping("/console/plans/{id}/progress.xlsx")
    public ResponseEntity<byte[]> download(SignedInUser user, @PathVariable String id) {
        Download file = api.download(user, ApiPath.of("/api/statistics/plans/{}/progress", id).with("format", "xlsx"),
                XLSX);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, file.disposition() != null ? file.disposition()
                        : "attachment; filename=\"" + id + "-progress.xlsx\"")
                .body(file.content());
    }
}
