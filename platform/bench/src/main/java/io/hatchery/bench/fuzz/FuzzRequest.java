package io.hatchery.bench.fuzz;

import java.util.Map;

/**
 * One generated request.
 *
 * @param operation   the OpenAPI operation it exercises, e.g. {@code POST /api/registry/carriers}
 * @param target      the fixture its path names (e.g. {@code carrier}), whose version must not move when the request
 *                    is refused; null when it names none
 * @param contentType null without a body
 */
public record FuzzRequest(String operation, String method, String pathAndQuery, Map<String, String> headers,
        String contentType, String body, String target) {

    @Override
    public String toString() {
        String shown = body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        return method + " " + (pathAndQuery.length() > 200 ? pathAndQuery.substring(0, 200) + "…" : pathAndQuery)
                + " " + headers.keySet() + (contentType == null ? "" : " [" + contentType + "]") + shown;
    }
}
