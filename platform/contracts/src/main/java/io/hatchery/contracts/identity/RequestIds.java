package io.hatchery.contracts.identity;

import java.util.regex.Pattern;

/**
 * Request ids: the caller's {@code X-Request-Id} when it sent a sane one, else a new one. The gateway and every
 * service apply the same rule, so one id follows a request through the platform and into its events' logs.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The incoming id if it is safe to log and echo, otherwise a fresh random one. */
    public static String acceptOrCreate(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : RandomUuids.next().toString();
    }
}
