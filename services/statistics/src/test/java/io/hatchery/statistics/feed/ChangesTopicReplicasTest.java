package io.hatchery.statistics.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.hatchery.contracts.statistics.FigureChange;
import io.hatchery.contracts.statistics.FiguresChanged;
import io.hatchery.contracts.statistics.StatisticsEvents;
import io.hatchery.statistics.feed.events.ChangesFeedHealthIndicator;
import io.hatchery.statistics.feed.events.ChangesTopicFeed;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two statistics replicas compute the same changes; the changes topic gets one copy of each, from the replica that
 * holds the lease, and the other takes over when the holder stops.
 */
class ChangesTopicReplicasTest {

    private final String region = "32" + String.format("%04d", (int) (Math.random() * 10_000));
    private MongoClient client;
    private MongoTemplate mongo;
    private final List<ChangesTopicFeed> feeds = new ArrayList<>();

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoConnectionString());
        mongo = new MongoTemplate(client, "changes-" + UUID.randomUUID());
    }

    @AfterEach
    void disconnect() {
        feeds.forEach(ChangesTopicFeed::destroy);
        client.close();
    }

    private ChangesTopicFeed replica(String name) {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(TestInfrastructure.get().kafkaBootstrapServers()));
        ChangesTopicFeed feed = new ChangesTopicFeed(kafka, mongo, new SimpleMeterRegistry(), Clock.systemUTC(), name,
                Duration.ofSeconds(15));
        feeds.add(feed);
        return feed;
    }

    private FiguresChanged change(long sequence) {
        return new FiguresChanged(sequence, List.of(new FigureChange(region, "carriers.count", LocalDate.now(),
                BigDecimal.valueOf(sequence))), LocalDate.now());
    }

    private List<Long> published() {
        try (EventProbe probe = EventProbe.fromBeginning(StatisticsEvents.FIGURES_CHANGED.topic().name())) {
            return probe.drain(Duration.ofSeconds(3)).stream()
                    .map(event -> (FiguresChanged) event.data())
                    .filter(changed -> changed.changes().get(0).region().equals(region))
                    .map(FiguresChanged::sequence).toList();
        }
    }

    @Test
    void onlyTheLeaseHolderPublishesAndTheOtherTakesOverWhenItStops() {
        ChangesTopicFeed first = replica("statistics-a");
        ChangesTopicFeed second = replica("statistics-b");

        for (long sequence = 1; sequence <= 5; sequence++) {
            first.publish(change(sequence));
            second.publish(change(sequence));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> first.status().acknowledged() == 5);
        assertThat(first.status().publisher()).isTrue();
        assertThat(second.status().publisher()).isFalse();
        assertThat(second.status().acknowledged()).isZero();

        first.destroy();
        feeds.remove(first);
        for (long sequence = 6; sequence <= 8; sequence++) {
            second.publish(change(sequence));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> second.status().acknowledged() == 3);

        assertThat(published()).as("one copy of each change, none lost at the hand-over")
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(second.status().publisher()).isTrue();
        assertThat(second.status().failed()).isZero();
    }

    @Test
    void aTakeoverPublishesWhatChangedSinceThePreviousHolderLastPublished() {
        ChangesTopicFeed first = replica("statistics-a");
        ChangesTopicFeed second = replica("statistics-b");
        first.publish(changeOf(1, "carriers.count", 10));
        second.publish(changeOf(1, "carriers.count", 10));
        await().atMost(Duration.ofSeconds(20)).until(() -> first.status().acknowledged() == 1);
        // the second replica is ahead: it has counted two batches that the first stops before publishing
        second.publish(changeOf(2, "firms.count", 40));
        second.publish(changeOf(3, "carriers.count", 11));

        first.destroy();
        feeds.remove(first);
        second.publish(changeOf(4, "carriers.area", 900));
        await().atMost(Duration.ofSeconds(20)).until(() -> second.status().acknowledged() == 1);

        try (EventProbe probe = EventProbe.fromBeginning(StatisticsEvents.FIGURES_CHANGED.topic().name())) {
            List<List<String>> messages = probe.drain(Duration.ofSeconds(3)).stream()
                    .map(event -> (FiguresChanged) event.data())
                    .filter(changed -> changed.changes().get(0).region().equals(region))
                    .map(changed -> changed.changes().stream()
                            .map(change -> change.indicator() + "=" + change.value().toPlainString()).toList())
                    .toList();
            assertThat(messages).as("the first replica's one message, then the second's with what it kept")
                    .containsExactly(List.of("carriers.count=10"),
                            List.of("firms.count=40", "carriers.count=11", "carriers.area=900"));
        }
    }

    private FiguresChanged changeOf(long sequence, String indicator, long value) {
        return new FiguresChanged(sequence, List.of(new FigureChange(region, indicator, LocalDate.now(),
                BigDecimal.valueOf(value))), LocalDate.now());
    }

    @Test
    void failedSendsAreCountedAndShowInHealth() {
        KafkaProperties nowhere = new KafkaProperties();
        nowhere.setBootstrapServers(List.of("127.0.0.1:1"));
        ChangesTopicFeed feed = new ChangesTopicFeed(nowhere, mongo, new SimpleMeterRegistry(), Clock.systemUTC(),
                "statistics-alone", Duration.ofSeconds(15));
        feeds.add(feed);

        for (long sequence = 1; sequence <= 3; sequence++) {
            feed.publish(change(sequence));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> feed.status().failed() == 3);
        assertThat(feed.status().acknowledged()).isZero();
        assertThat(feed.status().consecutiveFailures()).isEqualTo(3);
        assertThat(feed.status().lastError()).isNotBlank();
        assertThat(new ChangesFeedHealthIndicator(feed, Clock.systemUTC()).health(true).getStatus().getCode())
                .isEqualTo("DOWN");
    }

    @Test
    void withoutMongoTheFeedPublishesNothingAndSaysSoInsteadOfFailingTheProjection() {
        try (MongoClient unreachable = MongoClients.create("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300")) {
            KafkaProperties kafka = new KafkaProperties();
            kafka.setBootstrapServers(List.of(TestInfrastructure.get().kafkaBootstrapServers()));
            ChangesTopicFeed feed = new ChangesTopicFeed(kafka, new MongoTemplate(unreachable, "nowhere"),
                    new SimpleMeterRegistry(), Clock.systemUTC(), "statistics-cut-off", Duration.ofSeconds(15));
            feeds.add(feed);

            feed.publish(change(1));

            assertThat(feed.status().publisher()).isFalse();
            assertThat(feed.status().failed()).isEqualTo(1);
            assertThat(feed.status().lastError()).contains("127.0.0.1:1");
            assertThat(published()).as("no copy from a replica that cannot tell it holds the lease").isEmpty();
        }
    }
}
