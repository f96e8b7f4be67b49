package io.hatchery.statistics.feed.events;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.kafka.CloudEventSerializer;
import io.hatchery.contracts.statistics.FiguresChanged;
import io.hatchery.contracts.statistics.StatisticsEvents;
import io.hatchery.statistics.feed.app.FigureFeed;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/** Publishes each batch's changed figures to {@code hatchery.statistics.changes}, for other departments. */
@Component
public class ChangesTopicFeed implements FigureFeed, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangesTopicFeed.class);
    private static final String SOURCE = "hatchery/statistics";
    private static final String SUBJECT = "figures";

    private final Producer<String, byte[]> producer;
    private final CloudEventSerializer serializer = new CloudEventSerializer();
    private final Clock clock;

    public ChangesTopicFeed(KafkaProperties kafka, Clock clock) {
        this.producer = new KafkaProducer<>(producerConfig(kafka), new StringSerializer(), new ByteArraySerializer());
        this.clock = clock;
    }

    @Override
    public void publish(FiguresChanged changes) {
        long sequence = changes.sequence();
        String topic = StatisticsEvents.FIGURES_CHANGED.topic().name();
        EventEnvelope<FiguresChanged> envelope = EventEnvelope.of(StatisticsEvents.FIGURES_CHANGED, SOURCE, SUBJECT,
                null, sequence, "statistics", null, changes, clock.instant());
        RecordHeaders headers = new RecordHeaders();
        byte[] value = serializer.serialize(topic, headers, envelope);
        producer.send(new ProducerRecord<>(topic, null, SUBJECT, value, headers), (metadata, error) -> {
            if (error != null) {
                log.warn("Figures change {} not published to the statistics topic: {}", sequence, error.toString());
            }
        });
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(5));
    }

    private static Map<String, Object> producerConfig(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "statistics-feed");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return config;
    }
}
