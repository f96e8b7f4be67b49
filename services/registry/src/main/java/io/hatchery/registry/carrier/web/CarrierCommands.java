package io.hatchery.registry.carrier.web;

import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.contracts.registry.FirmSupportService;
import io.hatchery.contracts.registry.OwnershipModel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the carrier commands after registration. Dates are effective dates (when it took effect). */
final class CarrierCommands {

    private CarrierCommands() {
    }

    /** {@code PUT /{id}/profile}: the whole profile as it is from {@code effectiveDate} (default today). */
    record ChangeProfile(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Valid RegisterCarrierRequest.OperatorRequest operator,
            @Size(max = 500) String address,
            @NotNull @PositiveOrZero BigDecimal totalArea,
            @NotNull @PositiveOrZero BigDecimal incubationArea,
            List<@NotBlank String> industries,
            OwnershipModel ownershipModel,
            List<@NotNull FirmSupportService> services,
            LocalDate effectiveDate) {
    }

    /** {@code POST /{id}/certifications}. */
    record Certify(
            @NotNull CertificationLevel level,
            @NotBlank @Size(max = 200) String authority,
            @Size(max = 100) String certificateNumber,
            @NotNull LocalDate effectiveDate) {
    }

    /** {@code POST /{id}/downgrade}; without {@code toLevel} one step down. */
    record Downgrade(CertificationLevel toLevel, @NotBlank @Size(max = 500) String reason,
            @NotNull LocalDate effectiveDate) {
    }

    /** {@code POST /{id}/delisting}. */
    record Delist(@NotBlank @Size(max = 500) String reason, @NotNull LocalDate effectiveDate) {
    }

    /** {@code POST /{id}/designations}. */
    record Designate(@NotNull Designation designation, @NotBlank @Size(max = 200) String authority,
            @NotNull LocalDate effectiveDate) {
    }

    /** {@code POST /{id}/designations/{designation}/withdrawal}. */
    record Undesignate(@Size(max = 500) String reason, @NotNull LocalDate effectiveDate) {
    }

    /** {@code POST /{id}/rectification}. */
    record OrderRectification(@NotBlank @Size(max = 500) String reason, @NotNull LocalDate deadline,
            LocalDate effectiveDate) {
    }
}
