package io.hatchery.messaging.outbox;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.OperationType;
import com.mongodb.client.model.changestream.UpdateDescription;
import io.hatchery.persistence.OutboxSignal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bson.BsonValue;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wakes the relay when a command, in any instance, writes to a collection of aggregates. Gives up quietly where
 * the server offers no change streams (a standalone MongoDB); the relay's sweep covers that case.
 */
class ChangeStreamWatcher implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ChangeStreamWatcher.class);
    /** Server error codes meaning "no change streams here" (not a replica set, or not supported). */
    private static final List<Integer> UNSUPPORTED = List.of(40573, 40324, 59, 115);
    /**
     * The least time between two empty batches. A change made by another instance is seen this much later at worst
     * (this instance's own commands wake the relay directly); each batch costs the embedded server a scan of its
     * oplog, and every service watches several collections.
     */
    private static final long IDLE_PAUSE_MILLIS = 250;

    private final MongoTemplate mongo;
    private final String collection;
    private final OutboxSignal signal;
    private final Runnable sweep;
    private final CountDownLatch watching = new CountDownLatch(1);
    private volatile boolean running = true;

    /**
     * @param signal told which aggregate has new events
     * @param sweep  asked to look through the whole collection when a change does not say which aggregate it was
     */
    ChangeStreamWatcher(MongoTemplate mongo, String collection, OutboxSignal signal, Runnable sweep) {
        this.mongo = mongo;
        this.collection = collection;
        this.signal = signal;
        this.sweep = sweep;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = mongo.getCollection(collection)
                    .watch(List.of(Aggregates.match(Filters.in("operationType", "insert", "update", "replace"))))
                    .maxAwaitTime(1, TimeUnit.SECONDS)
                    .cursor()) {
                watching.countDown();
                while (running) {
                    long asked = System.nanoTime();
                    ChangeStreamDocument<Document> change = cursor.tryNext();
                    if (change == null) {
                        idle(asked);
                    } else if (isCommandWrite(change)) {
                        BsonValue id = change.getDocumentKey() == null ? null : change.getDocumentKey().get("_id");
                        if (id != null && id.isString()) {
                            signal.eventsPending(collection, id.asString().getValue());
                        } else {
                            // The embedded server reports an update's operators where the document key belongs.
                            sweep.run();
                        }
                    }
                }
            } catch (MongoCommandException e) {
                if (UNSUPPORTED.contains(e.getErrorCode())) {
                    log.info("Mongo offers no change streams on {} ({}); the relay relies on its sweep", collection,
                            e.getErrorMessage());
                    return;
                }
                pause(e);
            } catch (RuntimeException e) {
                if (running) {
                    pause(e);
                }
            }
        }
    }

    /** True once the change stream has been opened at least once, within the timeout. */
    boolean awaitWatching(Duration timeout) throws InterruptedException {
        return watching.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Commands move the version; the relay's own removal of published entries does not and is ignored. Real MongoDB
     * lists an update's fields in its update description; the embedded server has none and passes the update's
     * {@code $set} as the document instead.
     */
    private static boolean isCommandWrite(ChangeStreamDocument<Document> change) {
        if (change.getOperationType() != OperationType.UPDATE) {
            return true;
        }
        UpdateDescription description = change.getUpdateDescription();
        if (description != null && description.getUpdatedFields() != null) {
            return description.getUpdatedFields().containsKey("version");
        }
        return change.getFullDocument() == null || change.getFullDocument().containsKey("version");
    }

    /**
     * MongoDB holds an empty batch back for the await time; a server that answers at once (the embedded one) would
     * make the loop spin, asking for batches as fast as it can.
     */
    private void idle(long askedNanos) {
        long waited = (System.nanoTime() - askedNanos) / 1_000_000;
        if (waited < IDLE_PAUSE_MILLIS) {
            try {
                Thread.sleep(IDLE_PAUSE_MILLIS - waited);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void pause(RuntimeException e) {
        log.debug("change stream on {} interrupted ({}); reopening", collection, e.toString());
        try {
            Thread.sleep(2000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
