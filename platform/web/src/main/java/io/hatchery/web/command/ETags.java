package io.hatchery.web.command;

import io.hatchery.persistence.Aggregate;

/** The ETag of an aggregate is its version, which a client sends back as {@code If-Match}. */
public final class ETags {

    private ETags() {
    }

    public static String of(Aggregate<?> aggregate) {
        return "\"" + aggregate.version() + "\"";
    }
}
