package io.hatchery.persistence;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Mongo health: UP when the database answers a {@code ping}, DOWN with the reason otherwise. */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        super("Mongo health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try {
            mongo.executeCommand(new Document("ping", 1));
            builder.up().withDetail("database", mongo.getDb().getName());
        } catch (RuntimeException e) {
            builder.down().withDetail("reason", "Mongo does not answer: " + e.getMessage());
        }
    }
}
