package io.hatchery.devstack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * The in-memory backend of {@code mongo-java-server} with two costs taken out that MongoDB does not have and that
 * grew with how long the server ran:
 * <ul>
 * <li>every query that pins {@code _id} to one value is answered from the id index, as MongoDB does. The library
 * uses an index only when a query's fields are exactly the index's, so a guarded read-model update
 * ({@code {_id: x, "appliedVersions.y": {$not: {$gte: v}}}}) scanned the whole collection under its lock;</li>
 * <li>the oplog keeps only its latest entries ({@link BoundedOplog}).</li>
 * </ul>
 */
class EmbeddedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new MemoryDatabase(databaseName, getCursorRegistry()) {
            @Override
            protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                return new IdIndexedCollection(this, collectionName, options, cursorRegistry);
            }
        };
    }

    @Override
    protected Oplog createOplog() {
        return new BoundedOplog(super.createOplog(), resolveDatabase("local").resolveCollection(
                OPLOG_COLLECTION_NAME, true));
    }

    static final class IdIndexedCollection extends MemoryCollection {

        private static final String ID = "_id";

        private volatile Index<Integer> idIndex;

        IdIndexedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                CursorRegistry cursorRegistry) {
            super(database, collectionName, options, cursorRegistry);
        }

        @Override
        public void addIndex(Index<Integer> index) {
            super.addIndex(index);
            if (index.canHandle(new Document(ID, "any single id"))) {
                idIndex = index;
            }
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            Index<Integer> ids = idIndex;
            Object id = query.get(ID);
            if (ids != null && query.size() > 1 && isSingleValue(id)) {
                return matchDocuments(query, ids.getPositions(new Document(ID, id)), orderBy, numberToSkip, limit,
                        batchSize, fieldSelector);
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        private static boolean isSingleValue(Object id) {
            return id instanceof String || id instanceof Number || id instanceof ObjectId;
        }
    }
}
