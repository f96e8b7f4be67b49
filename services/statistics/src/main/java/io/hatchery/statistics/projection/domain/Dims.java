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

    public static Dims of(CarrierKind kind) {
        return new Dims(kind, 0, 0, null);
    }
}
