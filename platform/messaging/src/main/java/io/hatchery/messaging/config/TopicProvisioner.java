package io.hatchery.messaging.config;

import io.hatchery.contracts.Topic;
import io.hatchery.contracts.Topics;
import io.hatchery.messaging.consumer.DeadLetters;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Creates the catalogue topics and the dead-letter topics of this service's listeners and other consumers
 * ({@link ConsumedTopics}), in the background and again until it succeeds: a service must start even while Kafka
 * is away, and have its topics once it is back.
 */
public class TopicProvisioner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Map<String, Object> adminConfig;
    private final KafkaListenerEndpointRegistry listeners;
    private final List<ConsumedTopics> consumed;
    private final int partitions;
    private final short replicationFactor;
    private volatile boolean running;
    private volatile boolean done;
    private Thread worker;

    public TopicProvisioner(Map<String, Object> adminConfig, KafkaListenerEndpointRegistry listeners,
            List<ConsumedTopics> consumed, int partitions, short replicationFactor) {
        this.adminConfig = new HashMap<>(adminConfig);
        this.adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        this.adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        this.listeners = listeners;
        this.consumed = List.copyOf(consumed);
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    public boolean isDone() {
        return done;
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::provisionUntilDone, "topic-provisioner");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void provisionUntilDone() {
        Duration pause = Duration.ofSeconds(1);
        while (running && !done) {
            try (Admin admin = Admin.create(adminConfig)) {
                Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
                List<NewTopic> missing = wanted().stream().filter(name -> !existing.contains(name))
                        .map(name -> new NewTopic(name, partitions, replicationFactor)).toList();
                if (!missing.isEmpty()) {
                    admin.createTopics(missing).values().forEach((name, future) -> {
                        try {
                            future.get(10, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                                throw new IllegalStateException("cannot create topic " + name, e);
                            }
                        }
                    });
                    log.info("Created Kafka topics {}", missing.stream().map(NewTopic::name).toList());
                }
                done = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log.warn("Kafka topics not provisioned yet ({}); retrying in {} s", e.getMessage(), pause.toSeconds());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : pause.multipliedBy(2);
            }
        }
    }

    private Set<String> wanted() {
        Set<String> names = new LinkedHashSet<>();
        Topics.all().stream().map(Topic::name).forEach(names::add);
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] topics = container.getContainerProperties().getTopics();
            if (topics != null && container.getGroupId() != null) {
                for (String topic : topics) {
                    names.add(DeadLetters.topicFor(topic, container.getGroupId()));
                }
            }
        }
        for (ConsumedTopics reader : consumed) {
            reader.topics().forEach(topic -> names.add(DeadLetters.topicFor(topic, reader.group())));
        }
        return names;
    }
}
