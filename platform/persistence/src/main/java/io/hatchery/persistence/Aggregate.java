package io.hatchery.persistence;

import java.time.Instant;

/**
 * An aggregate as loaded: its id, its version (the number of events it has produced), and its state.
 *
 * @param requestFingerprint fingerprint of the request that created it under an idempotency key, else null
 */
public record Aggregate<S>(String id, long version, S state, Instant createdAt, Instant updatedAt,
        String requestFingerprint) {
}
