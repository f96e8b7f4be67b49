package io.hatchery.exchange.delivery.store;

import io.hatchery.exchange.delivery.app.DeadLetters;
import io.hatchery.exchange.delivery.app.DeliveredEvent;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Dead letters in Mongo, one document per event and subscription. The id starts with the subscription's id and the
 * time the event died, so a subscription's dead letters are one range of the id index, oldest first.
 */
@Component
public class DeadLetterStore implements DeadLetters {

    static final String COLLECTION = "dead_letters";

    private final MongoTemplate mongo;

    public DeadLetterStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(String subscriptionId, DeliveredEvent event, String reason, int attempts, Instant at) {
        String id = subscriptionId + "|" + String.format("%013d", at.toEpochMilli()) + "|" + event.id();
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update()
                .set("subscriptionId", subscriptionId).set("eventId", event.id()).set("type", event.type())
                .set("subject", event.subject()).set("event", event.structuredText()).set("reason", reason)
                .set("attempts", attempts).set("deadAt", Date.from(at)), COLLECTION);
    }

    @Override
    public List<DeadLetter> list(String subscriptionId, int page, int size) {
        Query query = range(subscriptionId).with(Sort.by("_id")).skip((long) page * size).limit(size);
        return mongo.find(query, Document.class, COLLECTION).stream().map(DeadLetterStore::letter).toList();
    }

    @Override
    public long count(String subscriptionId) {
        return mongo.count(range(subscriptionId), COLLECTION);
    }

    @Override
    public void remove(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }

    @Override
    public void failedAgain(String id, String reason) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().inc("attempts", 1)
                .set("reason", reason), COLLECTION);
    }

    /** Ids sort '|' (0x7C) before '}' (0x7D): everything of the subscription and nothing else. */
    private static Query range(String subscriptionId) {
        return Query.query(Criteria.where("_id").gte(subscriptionId + "|").lt(subscriptionId + "}"));
    }

    private static DeadLetter letter(Document document) {
        return new DeadLetter(document.getString("_id"), document.getString("subscriptionId"),
                document.getString("eventId"), document.getString("type"), document.getString("subject"),
                DeliveredEvent.fromStructured(document.getString("event")), document.getString("reason"),
                document.getInteger("attempts", 0), document.getDate("deadAt").toInstant());
    }
}
