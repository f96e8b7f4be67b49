package io.hatchery.registry.carrier.domain;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.contracts.registry.HostLocation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A carrier's current state and its certification history.
 *
 * @param region             statistical region: a county or zone; the home region for offsite enclaves
 * @param levelHistory       every certification, downgrade and delisting, in effective-date order
 * @param designations       titles currently held
 * @param rectification      the open rectification order, or null
 * @param appliedEvaluations evaluations whose outcome was applied, so a redelivered result changes nothing
 */
public record Carrier(
        String id,
        CarrierKind kind,
        String region,
        HostLocation hostLocation,
        CarrierProfile profile,
        LocalDate establishedOn,
        CarrierStatus status,
        List<LevelChange> levelHistory,
        List<DesignationGrant> designations,
        Rectification rectification,
        Set<String> appliedEvaluations) {

    public Carrier {
        levelHistory = levelHistory == null ? List.of()
                : levelHistory.stream().sorted(Comparator.comparing(LevelChange::effectiveDate)).toList();
        designations = designations == null ? List.of() : List.copyOf(designations);
        appliedEvaluations = appliedEvaluations == null ? Set.of() : Set.copyOf(appliedEvaluations);
    }

    /** The level today: that of the latest entry of the history. Null when never certified or delisted. */
    public CertificationLevel level() {
        return levelHistory.isEmpty() ? null : levelHistory.get(levelHistory.size() - 1).level();
    }

    /** The level in force on a date (back-dated entries count where they belong). */
    public CertificationLevel levelAt(LocalDate date) {
        CertificationLevel level = null;
        for (LevelChange change : levelHistory) {
            if (change.effectiveDate().isAfter(date)) {
                break;
            }
            level = change.level();
        }
        return level;
    }

    public boolean holds(Designation designation) {
        return designations.stream().anyMatch(grant -> grant.designation() == designation);
    }

    public boolean isDelisted() {
        return status == CarrierStatus.DELISTED;
    }
}
