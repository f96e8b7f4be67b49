package io.hatchery.statistics.projection.domain;

/** A filter that the indicator cannot apply (e.g. a designation on firm counts). */
public final class UnsupportedFilterException extends RuntimeException {

    private final String parameter;

    public UnsupportedFilterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
