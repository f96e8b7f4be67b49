package io.hatchery.evaluation.scheme.domain;

import io.hatchery.contracts.evaluation.EvaluationOutcome;
import io.hatchery.contracts.evaluation.Rating;
import io.hatchery.contracts.registry.CarrierKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * An evaluation scheme: weighted indicators grouped by dimension, bands, vetoes and consequences. Schemes are
 * data (YAML files), versioned, and chosen per year, carrier kind and type.
 *
 * @param type COMPREHENSIVE or SPECIALISED (null: both)
 */
public record Scheme(
        String id,
        String name,
        int version,
        Set<CarrierKind> kinds,
        String type,
        List<Dimension> dimensions,
        List<Band> bands,
        List<String> vetoes,
        List<Consequence> consequences) {

    public record Dimension(String id, String name, List<ScoredIndicator> indicators) {
    }

    /**
     * One scored indicator.
     *
     * @param field  for COMPUTED the metric, for SUBMITTED the submitted figure
     * @param per    optional denominator (a metric or figure): the value is field / per × scale
     * @param full   the value that earns the full weight; points grow linearly up to it
     * @param weight the points it is worth
     */
    public record ScoredIndicator(String id, String name, Source source, String field, String per,
            BigDecimal scale, BigDecimal full, BigDecimal weight) {
    }

    /** Where an indicator's value comes from. */
    public enum Source {
        /** From the platform's own data (admissions, graduations, investments…). */
        COMPUTED,
        /** From the carrier's annual submission. */
        SUBMITTED,
        /** Points given by the expert panel. */
        EXPERT,
        /** Points given by the local science department. */
        LOCAL
    }

    /**
     * A rating for a score of at least {@code minScore}, and, where set, a place in the top {@code topPercent}
     * of the carriers evaluated.
     */
    public record Band(Rating rating, BigDecimal minScore, Integer topPercent) {
    }

    /** The outcome of a rating, optionally only after a given rating the year before. */
    public record Consequence(Rating rating, Rating previous, EvaluationOutcome outcome) {
    }
}
