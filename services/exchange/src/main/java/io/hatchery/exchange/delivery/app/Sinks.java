package io.hatchery.exchange.delivery.app;

import java.net.URI;
import java.util.Map;

/** Partners' webhooks, over HTTP. */
public interface Sinks {

    /**
     * What a sink answered.
     *
     * @param status the HTTP status, or 0 when no answer came (refused, timed out, unreachable)
     * @param allowedOrigin the {@code WebHook-Allowed-Origin} of a validation answer, if any
     */
    record Answer(int status, String allowedOrigin, String detail) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** An answer that no retry can change: the request itself is wrong for this sink. */
        public boolean isPermanentFailure() {
            return status == 400 || status == 404 || status == 413;
        }
    }

    /** The CloudEvents webhook validation handshake: {@code OPTIONS} with {@code WebHook-Request-Origin}. */
    Answer handshake(URI sink, String origin);

    Answer post(URI sink, Map<String, String> headers, byte[] body);
}
