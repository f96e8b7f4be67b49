package io.hatchery.talent.platform.domain;

import io.hatchery.contracts.talent.PlatformClosed;
import io.hatchery.contracts.talent.PlatformEstablished;
import io.hatchery.contracts.talent.PlatformKind;
import io.hatchery.contracts.talent.RecognitionLevel;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A talent or innovation platform (an academician or expert workstation, a postdoctoral station, a key laboratory,
 * a technology innovation centre, a public technical service platform, a technology-transfer centre) at a carrier
 * or a firm, with its level, from its establishment until it closes.
 */
public record TalentPlatform(String id, String name, PlatformKind kind, RecognitionLevel level, String carrierId,
        String firmId, String region, LocalDate establishedOn, LocalDate closedOn) {

    public static List<FieldProblem> problems(String name, String carrierId, String firmId, LocalDate establishedOn,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(new FieldProblem("name", "is required, at most 200 characters"));
        }
        if ((carrierId == null) == (firmId == null)) {
            problems.add(new FieldProblem("carrierId", "give the carrier or the firm the platform belongs to, one of"
                    + " them"));
        }
        if (establishedOn.isAfter(today)) {
            problems.add(new FieldProblem("establishedOn", "is in the future"));
        }
        return problems;
    }

    public static Decision<TalentPlatform> establish(TalentPlatform platform) {
        return new Decision<>(platform, List.of(new PlatformEstablished(platform.id(), platform.name(),
                platform.kind(), platform.level(), platform.carrierId(), platform.firmId(), platform.region(),
                platform.establishedOn())));
    }

    public static Decision<TalentPlatform> close(TalentPlatform platform, LocalDate on) {
        if (platform.closedOn() != null) {
            throw new RuleViolation("platform-closed", "the platform closed on " + platform.closedOn());
        }
        if (!on.isAfter(platform.establishedOn())) {
            throw new RuleViolation("before-establishment", "the platform was established on "
                    + platform.establishedOn());
        }
        return new Decision<>(new TalentPlatform(platform.id(), platform.name(), platform.kind(), platform.level(),
                platform.carrierId(), platform.firmId(), platform.region(), platform.establishedOn(), on),
                List.of(new PlatformClosed(platform.id(), platform.region(), on)));
    }
}
