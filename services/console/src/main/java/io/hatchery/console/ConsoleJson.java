package io.hatchery.console;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data for a page's charts, written as JSON into an attribute (the template escapes it; the content security policy
 * allows no inline script, and Thymeleaf no expressions inside script elements).
 */
@Component("consoleJson")
public class ConsoleJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String write(Object value) {
        return JSON.writeValueAsString(value);
    }
}
