package io.hatchery.statistics.admin.web;

import io.hatchery.application.refusal.BusinessRuleViolation;
import io.hatchery.statistics.projection.app.ProjectionEngine;
import io.hatchery.web.security.Roles;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operating the projection: its status, and a rebuild from the beginning of the topics. */
@RestController
@RequestMapping("/api/statistics/admin")
@PreAuthorize(Roles.ADMINISTRATORS)
public class AdminController {

    private final ProjectionEngine engine;

    public AdminController(ProjectionEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/status")
    public ProjectionEngine.Status status() {
        return engine.status();
    }

    /**
     * Replays every event into a new generation; the current figures keep being served until it has caught up.
     * 202 with the generation's name; 422 while another rebuild runs.
     */
    @PostMapping("/rebuild")
    public ResponseEntity<Map<String, String>> rebuild() {
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("generation", engine.rebuild()));
        } catch (IllegalStateException running) {
            throw new BusinessRuleViolation("rebuild-running", running.getMessage());
        }
    }
}
