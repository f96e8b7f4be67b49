package io.hatchery.fundmatching.fund.web;

import io.hatchery.persistence.OutboxEntry;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One event of an aggregate's history, as the API shows it. */
public record EventView(long version, String type, Instant recordedAt, String actor, JsonNode data) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static EventView of(OutboxEntry entry) {
        return new EventView(entry.aggregateVersion(), entry.type(), entry.time(), entry.actor(),
                JSON.readTree(entry.data()));
    }
}
