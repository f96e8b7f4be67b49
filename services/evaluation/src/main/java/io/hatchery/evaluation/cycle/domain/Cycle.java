package io.hatchery.evaluation.cycle.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A yearly evaluation cycle of the carriers of a region under one scheme.
 *
 * @param scores  per carrier, points entered for EXPERT and LOCAL indicators
 * @param vetoes  per carrier, the vetoes that apply (e.g. MAJOR_SAFETY_ACCIDENT)
 * @param results per carrier, once closed
 */
public record Cycle(
        String id,
        int year,
        String schemeId,
        String region,
        List<String> carriers,
        boolean closed,
        Map<String, Submission> submissions,
        Map<String, Map<String, BigDecimal>> scores,
        Map<String, List<String>> vetoes,
        Map<String, Result> results) {

    public Cycle {
        carriers = carriers == null ? List.of() : List.copyOf(carriers);
        submissions = submissions == null ? Map.of() : Map.copyOf(submissions);
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        vetoes = vetoes == null ? Map.of() : Map.copyOf(vetoes);
        results = results == null ? Map.of() : Map.copyOf(results);
    }

    /** The cycle as one of its carriers may see it: nothing of the other carriers. */
    public Cycle seenBy(String carrierId) {
        return new Cycle(id, year, schemeId, region, carriers.contains(carrierId) ? List.of(carrierId) : List.of(),
                closed, only(submissions, carrierId), only(scores, carrierId), only(vetoes, carrierId),
                only(results, carrierId));
    }

    private static <V> Map<String, V> only(Map<String, V> perCarrier, String carrierId) {
        V value = perCarrier.get(carrierId);
        return value == null ? Map.of() : Map.of(carrierId, value);
    }
}
