package io.hatchery.messaging.outbox;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.OperationType;
import com.mongodb.client.model.changestream.UpdateDescription;
import io.hatchery.persistence.OutboxSignal;
import java.util.List;
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

    private final MongoTemplate mongo;
    private final String collection;
    private final OutboxSignal signal;
    private volatile boolean running = true;

    ChangeStreamWatcher(MongoTemplate mongo, String collection, OutboxSignal signal) {
        this.mongo = mongo;
        this.collection = collection;
        this.signal = signal;
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
                while (running) {
                    ChangeStreamDocument<Document> change = cursor.tryNext();
                    if (change != null && isCommandWrite(change)) {
                        BsonValue id = change.getDocumentKey() == null ? null : change.getDocumentKey().get("_id");
                        if (id != null && id.isString()) {
                            signal.eventsPending(collection, id.asString().getValue());
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

    /** Commands move the version; the relay's own removal of published entries does not and is ignored. */
    private static boolean isCommandWrite(ChangeStreamDocument<Document> change) {
        if (change.getOperationType() != OperationType.UPDATE) {
            return true;
        }
        UpdateDescription description = change.getUpdateDescription();
        return description == null || description.getUpdatedFields() == null
                || description.getUpdatedFields().containsKey("version");
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
