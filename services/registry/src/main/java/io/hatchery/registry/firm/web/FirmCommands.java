package io.hatchery.registry.firm.web;

import io.hatchery.contracts.registry.ExitReason;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.registry.Qualification;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the firm endpoints. */
final class FirmCommands {

    private FirmCommands() {
    }

    /**
     * {@code POST /api/registry/firms}.
     *
     * @param industry e.g. {@code biomedicine}, {@code integrated-circuits}, {@code software}: decides the
     *                 incubation limit where the region's rules extend it
     */
    record Register(
            @NotBlank String uscc,
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate foundedOn,
            @Size(max = 100) String industry,
            @NotBlank String region) {
    }

    /** {@code POST /{id}/admission}. */
    record Admit(@NotBlank String carrierId, @NotNull LocalDate admittedOn) {
    }

    /** {@code POST /{id}/graduation}. */
    record Graduate(@NotEmpty List<@NotNull GraduationBasis> basis, @NotBlank @Size(max = 1000) String evidence,
            @NotNull LocalDate graduatedOn) {
    }

    /** {@code POST /{id}/exit}. */
    record Exit(@NotNull ExitReason reason, @Size(max = 1000) String note, @NotNull LocalDate exitedOn) {
    }

    /**
     * {@code POST /{id}/qualifications}: a tech-SME registration (year and registration number) or a high-tech
     * certificate (number and date).
     */
    record Qualify(@NotNull Qualification type, @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 100) String number, LocalDate issuedOn, LocalDate validUntil) {
    }

    /** {@code POST /{id}/qualifications/lapse}; without a number the latest held one of the type lapses. */
    record Lapse(@NotNull Qualification type, @Size(max = 100) String number, @NotNull LocalDate lapsedOn) {
    }
}
