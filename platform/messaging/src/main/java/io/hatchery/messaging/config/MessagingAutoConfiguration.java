package io.hatchery.messaging.config;

import io.hatchery.messaging.consumer.DeadLetters;
import io.hatchery.messaging.consumer.FreshnessInterceptor;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.messaging.outbox.OutboxLease;
import io.hatchery.messaging.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Wires every Hatchery service the same way: aggregate stores whose events a leased outbox relay publishes, the
 * consumers' dead letters and freshness metric, topic provisioning, and Kafka health.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class, afterName =
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableConfigurationProperties({MessagingProperties.class, KafkaProperties.class})
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnProperty(prefix = "hatchery.messaging.relay", name = "enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(@Value("${spring.application.name}") String service, MongoTemplate mongo,
            KafkaProperties kafka, MessagingProperties properties, MeterRegistry meters, Clock clock) {
        MessagingProperties.Relay relay = properties.getRelay();
        OutboxLease lease = new OutboxLease(mongo, service, instanceId(), relay.getLeaseTtl(), clock);
        Map<String, Object> producerConfig = relayProducerConfig(kafka, service);
        return new OutboxRelay(source(service), mongo, relay.isChangeStreams(), lease,
                () -> new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer()),
                relay.getSweepInterval(), relay.getBatchSize(), meters, clock);
    }

    @Bean
    AggregateStores aggregateStores(MongoTemplate mongo, Clock clock, ObjectProvider<OutboxRelay> relay) {
        return new AggregateStores(mongo, clock, relay.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean(DefaultErrorHandler.class)
    DefaultErrorHandler eventErrorHandler(@Value("${spring.application.name}") String service, KafkaProperties kafka,
            MessagingProperties properties) {
        return DeadLetters.errorHandler(kafka.buildProducerProperties(), service,
                properties.getConsumer().getRetries(), properties.getConsumer().getRetryBackoff());
    }

    @Bean
    RecordInterceptor<Object, Object> freshnessInterceptor(MeterRegistry meters, Clock clock) {
        return new FreshnessInterceptor(meters, clock);
    }

    @Bean
    TopicProvisioner topicProvisioner(KafkaProperties kafka, MessagingProperties properties,
            KafkaListenerEndpointRegistry listeners, ObjectProvider<ConsumedTopics> consumed) {
        return new TopicProvisioner(kafka.buildAdminProperties(), listeners, consumed.orderedStream().toList(),
                properties.getTopics().getPartitions(), properties.getTopics().getReplicationFactor());
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealthIndicator(kafka.buildAdminProperties());
    }

    static String source(String service) {
        return "hatchery/" + service;
    }

    private static Map<String, Object> relayProducerConfig(KafkaProperties kafka, String service) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-outbox-relay");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return config;
    }

    private static String instanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
