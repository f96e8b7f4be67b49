package io.hatchery.devstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.Comparator;
import java.util.List;

/**
 * The embedded server's oplog kept to its latest entries, as MongoDB's capped {@code oplog.rs} is. The library keeps
 * every write ever made and reads all of it for each change-stream batch, so the longer a server ran, the more each
 * batch cost; the services' outbox watchers ask for one several times a second each, and a long test run or a
 * {@code ./hatchery up} left running ended up spending its CPU on the oplog. The watchers only need recent changes
 * (they are wake-up calls; a sweep covers anything missed).
 */
final class BoundedOplog implements Oplog {

    /** Entries kept: far more than all services write between two batches of a watcher. */
    static final int ENTRIES = 2_000;
    /** Entries written between trims, so that a trim's sort is paid once per so many writes. */
    private static final int SLACK = 200;
    private static final Comparator<Document> OLDEST_FIRST =
            Comparator.comparing(entry -> (BsonTimestamp) entry.get("ts"));

    private final Oplog oplog;
    private final MongoCollection<?> entries;
    private int writesSinceTrim;

    BoundedOplog(Oplog oplog, MongoCollection<?> entries) {
        this.oplog = oplog;
        this.entries = entries;
    }

    @Override
    public void handleInsert(String namespace, List<Document> documents) {
        oplog.handleInsert(namespace, documents);
        written(documents.size());
    }

    @Override
    public void handleUpdate(String namespace, Document selector, Document query, List<Object> modifiedIds) {
        oplog.handleUpdate(namespace, selector, query, modifiedIds);
        written(modifiedIds.size());
    }

    @Override
    public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
        oplog.handleDelete(namespace, query, deletedIds);
        written(deletedIds.size());
    }

    @Override
    public void handleDropCollection(String namespace) {
        oplog.handleDropCollection(namespace);
        written(1);
    }

    @Override
    public Cursor createCursor(Document changeStreamDocument, String namespace, Aggregation aggregation) {
        return oplog.createCursor(changeStreamDocument, namespace, aggregation);
    }

    private synchronized void written(int count) {
        writesSinceTrim += count;
        if (writesSinceTrim < SLACK) {
            return;
        }
        writesSinceTrim = 0;
        int excess = entries.count() - ENTRIES;
        if (excess > 0) {
            entries.queryAllAsStream().sorted(OLDEST_FIRST).limit(excess).toList().forEach(entries::removeDocument);
        }
    }
}
