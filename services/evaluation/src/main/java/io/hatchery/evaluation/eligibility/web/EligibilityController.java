package io.hatchery.evaluation.eligibility.web;

import io.hatchery.application.access.Actor;
import io.hatchery.evaluation.eligibility.app.EligibilityService;
import io.hatchery.evaluation.eligibility.domain.Eligibility;
import io.hatchery.web.security.Roles;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Certification checks of a carrier against the shipped rule sets. */
@RestController
@RequestMapping("/api/evaluation")
public class EligibilityController {

    private final EligibilityService eligibility;

    public EligibilityController(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GetMapping("/rule-sets")
    public Map<String, String> ruleSets() {
        return eligibility.ruleSets();
    }

    /** Each criterion with required value, actual value, source and PASS/FAIL/MISSING, and the verdict. */
    @GetMapping("/carriers/{id}/eligibility")
    @PreAuthorize(Roles.SUPERVISORS)
    public Eligibility.Report check(Actor actor, @PathVariable String id, @RequestParam String ruleSet,
            @RequestParam(required = false) Integer year) {
        return eligibility.check(actor, id, ruleSet, year);
    }
}
