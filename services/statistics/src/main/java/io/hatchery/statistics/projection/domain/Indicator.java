package io.hatchery.statistics.projection.domain;

import java.util.Arrays;
import java.util.Optional;

/** Indicators the projection computes so far, by the names targets and queries use. */
public enum Indicator {
    CARRIERS_COUNT("carriers.count");

    private final String key;

    Indicator(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Indicator> byKey(String key) {
        return Arrays.stream(values()).filter(indicator -> indicator.key.equals(key)).findFirst();
    }
}
