package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.registry.CarrierKind;

/**
 * The dimensions a cube cell is split by, so that filters can pick cells.
 *
 * @param kind      the carrier's kind (a firm's carrier's kind); null when not known yet
 * @param level     rank of the certification level in force (0 = none)
 * @param fromLevel for upgrades, the rank before
 * @param tag       a designation name, where the series is per designation
 */
public record Dims(CarrierKind kind, int level, int fromLevel, String tag) {

    /** One instance per kind: firms' deltas are split by kind only, and there are hundreds of thousands. */
    private static final Dims[] BY_KIND = new Dims[CarrierKind.values().length];
    private static final Dims KIND_UNKNOWN = new Dims(null, 0, 0, null);

    static {
        for (CarrierKind kind : CarrierKind.values()) {
            BY_KIND[kind.ordinal()] = new Dims(kind, 0, 0, null);
        }
    }

    public static Dims of(CarrierKind kind) {
        return kind == null ? KIND_UNKNOWN : BY_KIND[kind.ordinal()];
    }
}
