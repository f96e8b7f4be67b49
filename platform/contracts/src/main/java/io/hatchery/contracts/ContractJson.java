package io.hatchery.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of event data: ISO dates, absent instead of null, unknown fields ignored (consumers must
 * accept additive changes of a contract version).
 */
public final class ContractJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ContractJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
