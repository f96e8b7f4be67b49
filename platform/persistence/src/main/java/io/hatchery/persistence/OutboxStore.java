package io.hatchery.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The relay's view of the outboxes embedded in one collection of aggregates. */
public class OutboxStore {

    private final MongoTemplate mongo;
    private final String collection;

    public OutboxStore(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    public String collection() {
        return collection;
    }

    /** Ids of aggregates that have unpublished events (a scan: used by the periodic sweep, not per command). */
    public List<String> aggregatesWithPendingEvents(int limit) {
        Query query = Query.query(Criteria.where(AggregateStore.OUTBOX + ".0").exists(true)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(doc -> doc.getString("_id")).toList();
    }

    /** The unpublished events of one aggregate, oldest first. */
    public List<OutboxEntry> pendingEvents(String aggregateId) {
        return pendingEvents(List.of(aggregateId)).getOrDefault(aggregateId, List.of());
    }

    /**
     * The unpublished events of several aggregates, each oldest first, in one query: the relay's batches cost one
     * round trip to read rather than one per aggregate. Aggregates without pending events are absent.
     */
    public Map<String, List<OutboxEntry>> pendingEvents(Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(Criteria.where("_id").in(aggregateIds));
        query.fields().include(AggregateStore.OUTBOX);
        Map<String, List<OutboxEntry>> pending = new HashMap<>();
        for (Document document : mongo.find(query, Document.class, collection)) {
            List<Document> outbox = document.getList(AggregateStore.OUTBOX, Document.class, List.of());
            if (!outbox.isEmpty()) {
                pending.put(document.getString("_id"), outbox.stream().map(OutboxDocuments::fromDocument).toList());
            }
        }
        return pending;
    }

    /** Takes published events out of the outbox; entries appended meanwhile by new commands stay. */
    public void markPublished(String aggregateId, Collection<UUID> eventIds) {
        markPublished(Map.of(aggregateId, eventIds));
    }

    /** {@link #markPublished(String, Collection)} for several aggregates, in one bulk write. */
    public void markPublished(Map<String, ? extends Collection<UUID>> eventIdsByAggregate) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int updates = 0;
        for (Map.Entry<String, ? extends Collection<UUID>> published : eventIdsByAggregate.entrySet()) {
            if (published.getValue().isEmpty()) {
                continue;
            }
            List<String> ids = published.getValue().stream().map(UUID::toString).toList();
            bulk.updateOne(Query.query(Criteria.where("_id").is(published.getKey())), new Update().pull(
                    AggregateStore.OUTBOX, new Document(OutboxDocuments.EVENT_ID, new Document("$in", ids))));
            updates++;
        }
        if (updates > 0) {
            bulk.execute();
        }
    }
}
