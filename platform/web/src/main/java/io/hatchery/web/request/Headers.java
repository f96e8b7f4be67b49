package io.hatchery.web.request;

/** Request headers of the Hatchery API beyond the standard ones. */
public final class Headers {

    /** A creating command sent again with the same key returns the first result. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private Headers() {
    }
}
