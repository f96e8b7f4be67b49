package io.hatchery.exchange.delivery.store;

import com.mongodb.client.model.ReplaceOptions;
import io.hatchery.exchange.delivery.app.DeliveryState;
import io.hatchery.exchange.delivery.app.DeliveryStates;
import io.hatchery.exchange.delivery.app.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One document per subscription: its position (a list, since topic names hold dots) and counters. Written by the
 * replica delivering it, read by any.
 */
@Component
public class DeliveryStateStore implements DeliveryStates {

    static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;

    public DeliveryStateStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<DeliveryState> find(String subscriptionId) {
        Document document = mongo.findById(subscriptionId, Document.class, COLLECTION);
        if (document == null) {
            return Optional.empty();
        }
        Map<String, Long> offsets = new TreeMap<>();
        for (Document offset : document.getList("offsets", Document.class, List.of())) {
            offsets.put(offset.getString("partition"), offset.getLong("next"));
        }
        return Optional.of(new DeliveryState(subscriptionId, document.getInteger("rewinds", 0), new Position(offsets),
                document.getLong("delivered"), document.getLong("failures"), document.getLong("deadLettered"),
                document.getLong("lag"), instant(document.getDate("lastDeliveredAt")),
                document.getLong("lastLatencyMs"), document.getString("circuit"), document.getString("lastError"),
                instant(document.getDate("updatedAt"))));
    }

    @Override
    public void save(DeliveryState state) {
        List<Document> offsets = new ArrayList<>();
        new TreeMap<>(state.position().offsets()).forEach((partition, next) -> offsets.add(
                new Document("partition", partition).append("next", next)));
        Document document = new Document("_id", state.subscriptionId()).append("rewinds", state.rewinds())
                .append("offsets", offsets).append("delivered", state.delivered()).append("failures", state.failures())
                .append("deadLettered", state.deadLettered()).append("lag", state.lag())
                .append("lastDeliveredAt", date(state.lastDeliveredAt())).append("lastLatencyMs", state.lastLatencyMs())
                .append("circuit", state.circuit()).append("lastError", state.lastError())
                .append("updatedAt", date(state.updatedAt()));
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", state.subscriptionId()), document,
                new ReplaceOptions().upsert(true));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
