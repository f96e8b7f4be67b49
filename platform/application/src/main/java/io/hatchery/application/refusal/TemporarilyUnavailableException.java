package io.hatchery.application.refusal;

import java.time.Duration;

/**
 * The request cannot be answered yet but will be (a projection still loading, a dependency catching up): a 503
 * problem with {@code Retry-After}, never a 500.
 */
public class TemporarilyUnavailableException extends RuntimeException {

    private final String code;
    private final Duration retryAfter;

    public TemporarilyUnavailableException(String code, String detail, Duration retryAfter) {
        super(detail);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public String code() {
        return code;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
