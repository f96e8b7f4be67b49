package io.hatchery.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.hatchery.testing.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The change stream wakes the relay for writes made by other instances (other clients), and ignores the relay's
 * own removal of published entries. Runs on the shared test Mongo, which has change streams (oplog or replica set).
 */
class ChangeStreamWatcherTest {

    private final String collection = "watched_" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> signalled = new CopyOnWriteArrayList<>();
    private MongoClient watcherClient;
    private MongoClient otherInstance;
    private ChangeStreamWatcher watcher;
    private final boolean isEmbedded = "embedded".equals(TestInfrastructure.get().kind());

    @BeforeEach
    void watch() throws InterruptedException {
        watcherClient = MongoClients.create(TestInfrastructure.get().mongoConnectionString());
        otherInstance = MongoClients.create(TestInfrastructure.get().mongoConnectionString());
        watcher = new ChangeStreamWatcher(new MongoTemplate(watcherClient, "watch-test"), collection,
                (changed, aggregateId) -> signalled.add(changed + "/" + aggregateId), () -> signalled.add("sweep"));
        Thread thread = new Thread(watcher, "watcher-under-test");
        thread.setDaemon(true);
        thread.start();
        assertThat(watcher.awaitWatching(Duration.ofSeconds(20))).as("change stream opened").isTrue();
    }

    @AfterEach
    void stop() {
        watcher.stop();
        watcherClient.close();
        otherInstance.close();
    }

    @Test
    void aCommandWrittenByAnotherInstanceWakesTheRelay() {
        var aggregates = otherInstance.getDatabase("watch-test").getCollection(collection);

        aggregates.insertOne(new Document("_id", "carrier-1").append("version", 1).append("outbox", List.of("e1")));
        aggregates.updateOne(Filters.eq("_id", "carrier-1"),
                Updates.combine(Updates.set("version", 2), Updates.push("outbox", "e2")));

        // Real MongoDB names the aggregate of an update; the embedded server does not, and a sweep finds it.
        await().atMost(Duration.ofSeconds(10)).until(() -> signalled.size() == 2);
        assertThat(signalled).containsExactly(collection + "/carrier-1", isEmbedded ? "sweep" : collection + "/carrier-1");
    }

    @Test
    void theRelaysOwnRemovalOfPublishedEntriesIsIgnored() {
        var aggregates = otherInstance.getDatabase("watch-test").getCollection(collection);
        aggregates.insertOne(new Document("_id", "carrier-2").append("version", 1).append("outbox", List.of("e1")));
        await().atMost(Duration.ofSeconds(10)).until(() -> signalled.size() == 1);

        aggregates.updateOne(Filters.eq("_id", "carrier-2"), Updates.pull("outbox", "e1"));
        aggregates.insertOne(new Document("_id", "carrier-3").append("version", 1).append("outbox", List.of("e1")));

        await().atMost(Duration.ofSeconds(10)).until(() -> signalled.size() >= 2);
        assertThat(signalled).containsExactly(collection + "/carrier-2", collection + "/carrier-3");
    }
}
