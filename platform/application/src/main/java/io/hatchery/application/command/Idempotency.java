package io.hatchery.application.command;

import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.identity.RandomUuids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotent creation without extra bookkeeping: the id of a created aggregate is derived from the caller and its
 * {@code Idempotency-Key}, so a retried request hits the aggregate its first attempt created (the insert collides
 * on {@code _id}) and gets the first result back. The request's fingerprint tells a true retry from a reuse of the
 * key for a different request.
 */
public final class Idempotency {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Longest key accepted: room for a UUID with a prefix, not for a payload. */
    public static final int MAX_KEY_LENGTH = 200;

    private Idempotency() {
    }

    /**
     * Checks a key as a caller sent it in the {@code Idempotency-Key} header (the service's own keys, such as an
     * import's row keys, are not bound by it).
     *
     * @throws InvalidRequestException when the key is too long or has characters other than visible ASCII
     */
    public static void requireWellFormed(String idempotencyKey) {
        if (idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw InvalidRequestException.of("Idempotency-Key", "is " + idempotencyKey.length()
                    + " characters long; at most " + MAX_KEY_LENGTH);
        }
        if (!idempotencyKey.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidRequestException.of("Idempotency-Key", "may hold visible ASCII characters only");
        }
    }

    /** A new random id without a key; with a key, the same id for the same caller and key every time. */
    public static String aggregateId(String kind, String actor, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return RandomUuids.next().toString();
        }
        return UUID.nameUUIDFromBytes((kind + "\n" + actor + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** A digest of the request, null when there is no key (nothing to compare against later). */
    public static String fingerprint(String idempotencyKey, Object request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
