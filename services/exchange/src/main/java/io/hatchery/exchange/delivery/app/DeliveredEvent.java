package io.hatchery.exchange.delivery.app;

import io.hatchery.contracts.ContractJson;
import io.hatchery.contracts.DataClass;
import io.hatchery.contracts.DataClassification;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.exchange.delivery.domain.Redaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as one partner receives it: the CloudEvents attributes the platform published, its data with what the
 * partner is not entitled to removed, and the {@code redacted} extension naming what was removed. The CloudEvents
 * {@code id} is the platform's, so receivers deduplicate redeliveries by it.
 */
public record DeliveredEvent(String id, String source, String type, String subject, Instant time, String dataschema,
        String region, long aggregateVersion, List<String> redacted, Map<String, Object> data) {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    public static DeliveredEvent of(EventEnvelope<?> event, Set<DataClass> entitled) {
        Map<String, Object> data = ContractJson.mapper().readValue(EventCatalog.encode(event.data()), MAP);
        Redaction.Redacted redacted = EventCatalog.find(event.type())
                .map(type -> Redaction.apply(data, DataClassification.of(type), entitled))
                .orElseGet(() -> Redaction.apply(data, Map.of(), entitled));
        return new DeliveredEvent(event.id().toString(), event.source(), event.type(), event.subject(), event.time(),
                event.dataschema(), event.region(), event.aggregateVersion(), redacted.removed(), redacted.data());
    }

    /** The structured JSON form ({@code application/cloudevents+json}). */
    public ObjectNode structured() {
        ObjectNode json = ContractJson.mapper().createObjectNode();
        json.put("specversion", "1.0");
        json.put("id", id);
        json.put("source", source);
        json.put("type", type);
        json.put("subject", subject);
        json.put("time", time.toString());
        json.put("datacontenttype", "application/json");
        if (dataschema != null) {
            json.put("dataschema", dataschema);
        }
        if (region != null) {
            json.put("region", region);
        }
        json.put("aggregateversion", aggregateVersion);
        if (!redacted.isEmpty()) {
            json.put("redacted", String.join(",", redacted));
        }
        json.set("data", ContractJson.mapper().valueToTree(data));
        return json;
    }

    /** The binary form's headers ({@code ce-*}, one event per request). */
    public Map<String, String> binaryHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce-specversion", "1.0");
        headers.put("ce-id", id);
        headers.put("ce-source", source);
        headers.put("ce-type", type);
        headers.put("ce-subject", subject);
        headers.put("ce-time", time.toString());
        if (dataschema != null) {
            headers.put("ce-dataschema", dataschema);
        }
        if (region != null) {
            headers.put("ce-region", region);
        }
        headers.put("ce-aggregateversion", Long.toString(aggregateVersion));
        if (!redacted.isEmpty()) {
            headers.put("ce-redacted", String.join(",", redacted));
        }
        headers.put("Content-Type", "application/json");
        return headers;
    }

    public byte[] dataBytes() {
        return ContractJson.mapper().writeValueAsBytes(data);
    }

    /** Reads the structured form back (dead letters keep events in it). */
    public static DeliveredEvent fromStructured(String json) {
        JsonNode node = ContractJson.mapper().readTree(json);
        String redacted = node.path("redacted").asString("");
        return new DeliveredEvent(node.get("id").asString(), node.get("source").asString(), node.get("type").asString(),
                node.get("subject").asString(), Instant.parse(node.get("time").asString()),
                node.hasNonNull("dataschema") ? node.get("dataschema").asString() : null,
                node.hasNonNull("region") ? node.get("region").asString() : null,
                node.get("aggregateversion").asLong(), redacted.isEmpty() ? List.of() : List.of(redacted.split(",")),
                ContractJson.mapper().convertValue(node.get("data"), MAP));
    }

    public String structuredText() {
        return new String(ContractJson.mapper().writeValueAsBytes(structured()), StandardCharsets.UTF_8);
    }
}
