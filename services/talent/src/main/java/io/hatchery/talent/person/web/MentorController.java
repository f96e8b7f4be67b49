package io.hatchery.talent.person.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Page;
import io.hatchery.contracts.talent.MentorKind;
import io.hatchery.talent.person.app.TalentService;
import io.hatchery.talent.person.app.TalentService.NamedTalent;
import io.hatchery.talent.person.domain.Talent;
import io.hatchery.web.security.Roles;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A carrier's mentors (创业导师): who it engages now, as what, since when, and which of its firms each coaches. A
 * carrier's operator finds here the people it engaged without reading the talent register.
 */
@RestController
@Validated
public class MentorController {

    private final TalentService talents;

    public MentorController(TalentService talents) {
        this.talents = talents;
    }

    /**
     * A mentor of the carrier. {@code name} is masked unless the caller is a talent officer of the person's region
     * ({@code nameInFull}); nothing else personal is shown.
     */
    public record MentorView(String talentId, String name, boolean nameInFull, MentorKind kind,
            List<String> expertise, LocalDate since, List<String> firmsCoached) {

        static MentorView of(NamedTalent named, String carrierId) {
            Talent talent = named.talent();
            Talent.Engagement engagement = talent.activeEngagement(carrierId).orElseThrow();
            return new MentorView(talent.id(), named.name(), named.nameInFull(),
                    engagement.kind(), engagement.expertise(), engagement.from(), talent.mentoring().stream()
                            .filter(m -> m.carrierId().equals(carrierId) && m.until() == null)
                            .map(Talent.Mentoring::firmId).toList());
        }
    }

    /** The mentors the carrier engages now, a page in registration order. */
    @GetMapping("/api/talent/carriers/{carrierId}/mentors")
    @PreAuthorize(Roles.CARRIER_REPORTERS + " or hasRole('AUDITOR')")
    public Page<MentorView> mentors(Actor actor, @PathVariable String carrierId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return talents.mentorsOf(actor, carrierId, page, size).map(named -> MentorView.of(named, carrierId));
    }
}
