package io.hatchery.persistence;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Mongo client timeouts short enough that a command or a health check fails within seconds when Mongo is away,
 * instead of hanging for the driver's default 30 s; the driver reconnects by itself when Mongo returns.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
public class PersistenceAutoConfiguration {

    /**
     * Replaces Boot's Mongo health check, whose {@code hello} command the embedded Mongo-wire server does not
     * know; {@code ping} works on every MongoDB and on the embedded server.
     */
    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    MongoClientSettingsBuilderCustomizer hatcheryMongoTimeouts(
            @Value("${hatchery.mongo.timeout:3s}") Duration timeout) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout.toMillis(),
                        TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) timeout.toMillis(),
                        TimeUnit.MILLISECONDS));
    }
}
