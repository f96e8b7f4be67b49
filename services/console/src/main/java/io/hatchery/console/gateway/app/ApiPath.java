package io.hatchery.console.gateway.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A path of the platform's API with its query parameters, encoded once here; null and blank values are left out. */
public final class ApiPath {

    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();

    private ApiPath(String path) {
        this.path = path;
    }

    /** A path whose {@code {}} placeholders are replaced, in order, by the encoded segments. */
    public static ApiPath of(String template, String... segments) {
        String path = template;
        for (String segment : segments) {
            path = path.replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(encode(segment)));
        }
        return new ApiPath(path);
    }

    public ApiPath with(String name, Object value) {
        if (value instanceof Collection<?> values) {
            if (!values.isEmpty()) {
                query.put(name, String.join(",", values.stream().map(String::valueOf).toList()));
            }
        } else if (value != null && !value.toString().isBlank()) {
            query.put(name, value.toString());
        }
        return this;
    }

    @Override
    public String toString() {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
