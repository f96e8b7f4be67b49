package io.hatchery.persistence;

import java.util.Date;
import java.util.UUID;
import org.bson.Document;

/** How an outbox entry is laid out inside its aggregate's document. */
final class OutboxDocuments {

    static final String EVENT_ID = "eventId";

    private OutboxDocuments() {
    }

    static Document toDocument(OutboxEntry entry) {
        Document document = new Document(EVENT_ID, entry.eventId().toString())
                .append("type", entry.type())
                .append("topic", entry.topic())
                .append("subject", entry.subject())
                .append("time", Date.from(entry.time()))
                .append("dataschema", entry.dataschema())
                .append("region", entry.region())
                .append("aggregateVersion", entry.aggregateVersion())
                .append("actor", entry.actor())
                .append("data", entry.data());
        if (entry.traceparent() != null) {
            document.append("traceparent", entry.traceparent());
        }
        return document;
    }

    static OutboxEntry fromDocument(Document document) {
        return new OutboxEntry(
                UUID.fromString(document.getString(EVENT_ID)),
                document.getString("type"),
                document.getString("topic"),
                document.getString("subject"),
                document.getDate("time").toInstant(),
                document.getString("dataschema"),
                document.getString("region"),
                ((Number) document.get("aggregateVersion")).longValue(),
                document.getString("actor"),
                document.getString("traceparent"),
                document.getString("data"));
    }
}
