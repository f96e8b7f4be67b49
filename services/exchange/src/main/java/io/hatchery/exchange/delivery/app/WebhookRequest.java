package io.hatchery.exchange.delivery.app;

import io.hatchery.contracts.ContractJson;
import io.hatchery.exchange.delivery.domain.Signatures;
import io.hatchery.exchange.subscription.domain.Delivery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;

/**
 * One POST to a partner's webhook: the events in the wire form asked for (a structured batch, one binary event, or
 * one structured event), announced with the platform's origin and signed with the subscription's secret.
 */
record WebhookRequest(Map<String, String> headers, byte[] body) {

    /**
     * @param batched   whether the subscription takes batches (then even one event goes as a batch)
     * @param timestamp the signature's time, unix seconds
     */
    static WebhookRequest signed(List<DeliveredEvent> events, boolean batched, Delivery.Format format,
            String subscriptionId, byte[] secret, String origin, long timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        if (events.size() > 1 || batched) {
            ArrayNode batch = ContractJson.mapper().createArrayNode();
            events.forEach(event -> batch.add(event.structured()));
            body = ContractJson.mapper().writeValueAsBytes(batch);
            headers.put("Content-Type", "application/cloudevents-batch+json");
        } else if (format == Delivery.Format.BINARY) {
            headers.putAll(events.get(0).binaryHeaders());
            body = events.get(0).dataBytes();
        } else {
            body = ContractJson.mapper().writeValueAsBytes(events.get(0).structured());
            headers.put("Content-Type", "application/cloudevents+json");
        }
        headers.put("WebHook-Request-Origin", origin);
        headers.put("Hatchery-Subscription", subscriptionId);
        headers.put(Signatures.HEADER, Signatures.header(secret, timestamp, body));
        return new WebhookRequest(headers, body);
    }
}
