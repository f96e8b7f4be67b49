package io.hatchery.registry.firm.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Page;
import io.hatchery.persistence.Aggregate;
import io.hatchery.registry.common.web.EventView;
import io.hatchery.registry.firm.app.FirmAlreadyRegisteredException;
import io.hatchery.registry.firm.app.FirmService;
import io.hatchery.registry.firm.domain.Firm;
import io.hatchery.registry.firm.domain.FirmQuery;
import io.hatchery.registry.firm.domain.FirmStatus;
import io.hatchery.web.command.ETags;
import io.hatchery.web.command.IfMatch;
import io.hatchery.web.problem.Problems;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Firms and their incubation lifecycle. Business rules that refuse a command answer 422 naming the rule
 * ({@code admission-age-limit}, {@code one-carrier-at-a-time}, {@code graduation-conditions}, …).
 */
@RestController
@Validated
@RequestMapping("/api/registry/firms")
public class FirmController {

    private final FirmService firms;

    public FirmController(FirmService firms) {
        this.firms = firms;
    }

    /** Registers a firm by its USCC: 201 when new, 200 with the same firm when it is already registered alike. */
    @PostMapping
    @PreAuthorize(Roles.OFFICERS_AND_OPERATORS)
    public ResponseEntity<FirmView> register(Actor actor, @Valid @RequestBody FirmCommands.Register body) {
        FirmService.Registered registered = firms.register(actor, body.uscc().trim(), body.name(), body.foundedOn(),
                body.industry(), body.region());
        FirmView view = FirmView.of(registered.firm(), firms.today());
        URI location = URI.create("/api/registry/firms/" + registered.firm().id());
        return registered.created()
                ? ResponseEntity.created(location).eTag(ETags.of(registered.firm())).body(view)
                : ResponseEntity.ok().location(location).eTag(ETags.of(registered.firm())).body(view);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.REGISTER_READERS)
    public ResponseEntity<FirmView> get(Actor actor, @PathVariable String id) {
        return ok(firms.get(actor, id));
    }

    /**
     * Firms of a region subtree (by the firm's or its carrier's region), of one carrier, by status; {@code
     * overdue=true} lists those incubated past their limit.
     */
    @GetMapping
    @PreAuthorize(Roles.REGISTER_READERS)
    public Page<FirmView> list(Actor actor,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String carrier,
            @RequestParam(required = false) FirmStatus status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean eligibleForGraduation,
            @RequestParam(required = false) String uscc,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return firms.list(actor, new FirmQuery(region, carrier, status, overdue, eligibleForGraduation, uscc, page,
                size)).map(firm -> FirmView.of(firm, firms.today()));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.SUPERVISORS)
    public List<EventView> history(Actor actor, @PathVariable String id) {
        return firms.history(actor, id).stream().map(EventView::of).toList();
    }

    @PostMapping("/{id}/admission")
    @PreAuthorize(Roles.OFFICERS_AND_OPERATORS)
    public ResponseEntity<FirmView> admit(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody FirmCommands.Admit body) {
        return ok(firms.admit(actor, id, expectedVersion, body.carrierId(), body.admittedOn()));
    }

    @PostMapping("/{id}/graduation")
    @PreAuthorize(Roles.OFFICERS_AND_OPERATORS)
    public ResponseEntity<FirmView> graduate(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody FirmCommands.Graduate body) {
        return ok(firms.graduate(actor, id, expectedVersion, body.basis(), body.evidence(),
                body.graduatedOn()));
    }

    @PostMapping("/{id}/exit")
    @PreAuthorize(Roles.OFFICERS_AND_OPERATORS)
    public ResponseEntity<FirmView> exit(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody FirmCommands.Exit body) {
        return ok(firms.exit(actor, id, expectedVersion, body.reason(), body.note(),
                body.exitedOn()));
    }

    @PostMapping("/{id}/qualifications")
    @PreAuthorize(Roles.OFFICERS_AND_OPERATORS)
    public ResponseEntity<FirmView> qualify(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody FirmCommands.Qualify body) {
        return ok(firms.qualify(actor, id, expectedVersion, body.type(), body.year(),
                body.number(), body.issuedOn(), body.validUntil()));
    }

    @PostMapping("/{id}/qualifications/lapse")
    @PreAuthorize(Roles.OFFICERS_AND_OPERATORS)
    public ResponseEntity<FirmView> lapse(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody FirmCommands.Lapse body) {
        return ok(firms.lapse(actor, id, expectedVersion, body.type(), body.number(),
                body.lapsedOn()));
    }

    @ExceptionHandler(FirmAlreadyRegisteredException.class)
    ResponseEntity<ProblemDetail> alreadyRegistered(FirmAlreadyRegisteredException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "firm-already-registered",
                "Firm already registered", e.getMessage());
        problem.setProperty("existingFirm", e.existingId());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .location(URI.create("/api/registry/firms/" + e.existingId())).body(problem);
    }

    private ResponseEntity<FirmView> ok(Aggregate<Firm> firm) {
        return ResponseEntity.ok().eTag(ETags.of(firm)).body(FirmView.of(firm, firms.today()));
    }
}
