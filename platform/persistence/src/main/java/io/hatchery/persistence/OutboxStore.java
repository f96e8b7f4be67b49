package io.hatchery.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
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
        Query query = Query.query(Criteria.where("_id").is(aggregateId));
        query.fields().include(AggregateStore.OUTBOX);
        Document document = mongo.findOne(query, Document.class, collection);
        if (document == null) {
            return List.of();
        }
        List<Document> outbox = document.getList(AggregateStore.OUTBOX, Document.class, List.of());
        return outbox.stream().map(OutboxDocuments::fromDocument).toList();
    }

    /** Takes published events out of the outbox; entries appended meanwhile by new commands stay. */
    public void markPublished(String aggregateId, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        List<String> ids = eventIds.stream().map(UUID::toString).toList();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregateId)),
                new Update().pull(AggregateStore.OUTBOX, new Document(OutboxDocuments.EVENT_ID, new Document("$in", ids))),
                collection);
    }
}
