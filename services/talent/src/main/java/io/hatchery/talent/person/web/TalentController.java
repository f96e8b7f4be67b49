package io.hatchery.talent.person.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Page;
import io.hatchery.contracts.talent.Education;
import io.hatchery.contracts.talent.MentorKind;
import io.hatchery.contracts.talent.RecognitionLevel;
import io.hatchery.persistence.Aggregate;
import io.hatchery.talent.person.app.TalentService;
import io.hatchery.talent.person.app.TalentService.TalentDetails;
import io.hatchery.talent.person.domain.IdentityDocument;
import io.hatchery.talent.person.domain.Talent;
import io.hatchery.web.command.ETags;
import io.hatchery.web.command.IfMatch;
import io.hatchery.web.request.Headers;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The talent register: people, their programmes and workplaces; personal data in full only for who may see it. */
@RestController
@Validated
@RequestMapping("/api/talent/talents")
public class TalentController {

    private final TalentService talents;

    public TalentController(TalentService talents) {
        this.talents = talents;
    }

    /** Body of {@code POST /talents}. */
    public record RegisterTalent(@NotNull IdentityDocument.Kind documentKind, @NotBlank @Size(max = 40)
            String documentNumber, @NotBlank @Size(max = 100) String name, @Size(max = 20) String phone,
            @Size(max = 200) String email, @NotBlank String region, Education education, Boolean returnee,
            @Size(max = 100) String field, LocalDate registeredOn) {
    }

    public record Recognise(@NotBlank String programme, @Min(1950) @Max(2200) int year,
            @NotNull LocalDate recognisedOn) {
    }

    public record EndRecognition(@NotNull LocalDate endedOn) {
    }

    public record Affiliate(String firmId, String carrierId, boolean founder, @NotNull LocalDate since) {
    }

    public record Engage(@NotBlank String carrierId, @NotNull MentorKind kind,
            @Size(max = 20) List<@NotBlank @Size(max = 60) String> expertise, @NotNull LocalDate since) {
    }

    public record Release(@NotNull LocalDate releasedOn) {
    }

    public record StartMentoring(@NotBlank String firmId, @NotBlank String carrierId, @NotNull LocalDate since) {
    }

    public record EndMentoring(@NotBlank String carrierId, @NotNull LocalDate endedOn) {
    }

    /**
     * A person as the API shows them. {@code personalDataInFull} says whether name, document number, phone and
     * email are in the clear (a talent officer of the person's region) or masked; after an erasure they are null.
     */
    public record TalentView(String id, long version, String region, IdentityDocument.Kind documentKind,
            boolean personalDataInFull, String name, String documentNumber, String phone, String email,
            Education education, boolean returnee, String field, Talent.Affiliation affiliation,
            List<RecognitionView> recognitions, List<Talent.Engagement> engagements,
            List<Talent.Mentoring> mentoring, LocalDate registeredOn, boolean erased) {

        static TalentView of(TalentDetails details) {
            Aggregate<Talent> aggregate = details.talent();
            Talent talent = aggregate.state();
            TalentService.PersonalData personal = details.personal();
            return new TalentView(talent.id(), aggregate.version(), talent.region(), talent.documentKind(),
                    personal.inFull(), personal.name(), personal.documentNumber(), personal.phone(), personal.email(),
                    talent.education(), talent.returnee(), talent.field(), talent.affiliation(),
                    talent.recognitions().stream().map(r -> new RecognitionView(r.programme(), r.level(), r.year(),
                            r.from(), r.until())).toList(), talent.engagements(), talent.mentoring(),
                    talent.registeredOn(), talent.erased());
        }
    }

    public record RecognitionView(String programme, RecognitionLevel level, int year, LocalDate from,
            LocalDate until) {
    }

    @PostMapping
    @PreAuthorize(Roles.TALENT_KEEPERS)
    public ResponseEntity<TalentView> register(Actor actor, @Valid @RequestBody RegisterTalent body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        TalentDetails talent = talents.register(actor, new TalentService.Registration(body.documentKind(),
                body.documentNumber(), body.name(), blankToNull(body.phone()), blankToNull(body.email()),
                body.region(), body.education(), Boolean.TRUE.equals(body.returnee()), body.field(),
                body.registeredOn()), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/talent/talents/" + talent.talent().id()))
                .eTag(ETags.of(talent.talent())).body(TalentView.of(talent));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.TALENT_READERS)
    public ResponseEntity<TalentView> get(Actor actor, @PathVariable String id) {
        return ok(talents.get(actor, id));
    }

    /** People of a region subtree (default: the caller's), recognised by a programme if given. */
    @GetMapping
    @PreAuthorize(Roles.TALENT_READERS)
    public Page<TalentView> list(Actor actor, @RequestParam(required = false) String region,
            @RequestParam(required = false) String programme,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return talents.list(actor, region, programme, page, size).map(TalentView::of);
    }

    @PostMapping("/{id}/recognitions")
    @PreAuthorize(Roles.TALENT_KEEPERS)
    public ResponseEntity<TalentView> recognise(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion,
            @Valid @RequestBody Recognise body) {
        return ok(talents.recognise(actor, id, expectedVersion, body.programme(), body.year(), body.recognisedOn()));
    }

    @PostMapping("/{id}/recognitions/{programme}/end")
    @PreAuthorize(Roles.TALENT_KEEPERS)
    public ResponseEntity<TalentView> endRecognition(Actor actor, @PathVariable String id,
            @PathVariable String programme, @IfMatch Long expectedVersion, @Valid @RequestBody EndRecognition body) {
        return ok(talents.endRecognition(actor, id, expectedVersion, programme, body.endedOn()));
    }

    @PutMapping("/{id}/affiliation")
    @PreAuthorize(Roles.TALENT_KEEPERS)
    public ResponseEntity<TalentView> affiliate(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion,
            @Valid @RequestBody Affiliate body) {
        return ok(talents.affiliate(actor, id, expectedVersion, blankToNull(body.firmId()),
                blankToNull(body.carrierId()), body.founder(), body.since()));
    }

    @PostMapping("/{id}/engagements")
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public ResponseEntity<TalentView> engage(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion,
            @Valid @RequestBody Engage body) {
        return ok(talents.engage(actor, id, expectedVersion, body.carrierId(), body.kind(), body.expertise(),
                body.since()));
    }

    @PostMapping("/{id}/engagements/{carrierId}/release")
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public ResponseEntity<TalentView> release(Actor actor, @PathVariable String id, @PathVariable String carrierId,
            @IfMatch Long expectedVersion, @Valid @RequestBody Release body) {
        return ok(talents.release(actor, id, expectedVersion, carrierId, body.releasedOn()));
    }

    @PostMapping("/{id}/mentoring")
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public ResponseEntity<TalentView> startMentoring(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion, @Valid @RequestBody StartMentoring body) {
        return ok(talents.startMentoring(actor, id, expectedVersion, body.firmId(), body.carrierId(), body.since()));
    }

    @PostMapping("/{id}/mentoring/{firmId}/end")
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public ResponseEntity<TalentView> endMentoring(Actor actor, @PathVariable String id, @PathVariable String firmId,
            @IfMatch Long expectedVersion, @Valid @RequestBody EndMentoring body) {
        return ok(talents.endMentoring(actor, id, expectedVersion, firmId, body.carrierId(), body.endedOn()));
    }

    /** Erases the person's personal data for good (their data key is destroyed); figures that counted them stay. */
    @PostMapping("/{id}/erasure")
    @PreAuthorize(Roles.TALENT_KEEPERS)
    public ResponseEntity<TalentView> erase(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion) {
        return ok(talents.erase(actor, id, expectedVersion));
    }

    private static ResponseEntity<TalentView> ok(TalentDetails talent) {
        return ResponseEntity.ok().eTag(ETags.of(talent.talent())).body(TalentView.of(talent));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
