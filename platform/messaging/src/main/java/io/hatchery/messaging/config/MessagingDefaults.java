package io.hatchery.messaging.config;

import io.hatchery.contracts.kafka.CloudEventDeserializer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * Kafka defaults every Hatchery service shares, at the lowest precedence so that a service or deployment can
 * still override them: consumers read CloudEvents through an {@link ErrorHandlingDeserializer} (a record that
 * cannot be read becomes a dead letter instead of a stuck partition), start from the earliest offset, and commit
 * only what they processed; listeners are observed so that traces continue across Kafka.
 */
public class MessagingDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.consumer.key-deserializer", StringDeserializer.class.getName());
        defaults.put("spring.kafka.consumer.value-deserializer", ErrorHandlingDeserializer.class.getName());
        defaults.put("spring.kafka.consumer.properties.spring.deserializer.value.delegate.class",
                CloudEventDeserializer.class.getName());
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        defaults.put("spring.kafka.listener.missing-topics-fatal", "false");
        defaults.put("spring.kafka.admin.auto-create", "false");
        defaults.put("spring.kafka.admin.fail-fast", "false");
        environment.getPropertySources().addLast(new MapPropertySource("hatchery-messaging-defaults", defaults));
    }
}
