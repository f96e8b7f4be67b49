package io.hatchery.messaging.consumer;

import com.mongodb.client.result.UpdateResult;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Idempotent writes to Mongo read models. The read-model document remembers, per source aggregate, the last
 * {@code aggregateversion} applied ({@code appliedVersions.<aggregateId>}); the update and that bookkeeping are one
 * atomic write whose filter only matches when the event is newer. A redelivered or replayed event therefore
 * matches nothing and changes nothing.
 */
public final class VersionedUpdates {

    static final String APPLIED_VERSIONS = "appliedVersions";

    private final MongoTemplate mongo;
    private final String collection;

    public VersionedUpdates(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /**
     * Applies {@code update} to document {@code documentId} (creating it if needed) unless an event of
     * {@code aggregateId} at {@code version} or later was applied to it already.
     *
     * @return true when the update was applied, false for a duplicate
     */
    public boolean applyIfNewer(String documentId, String aggregateId, long version, Update update) {
        String versionField = APPLIED_VERSIONS + "." + escape(aggregateId);
        Query newer = Query.query(Criteria.where("_id").is(documentId).and(versionField).not().gte(version));
        update.set(versionField, version);
        try {
            return upsert(newer, update);
        } catch (DuplicateKeyException twin) {
            // Either the document holds this version or a later one, or another writer (an event of another
            // aggregate) inserted it between this upsert's match and its insert. Once more against the document
            // that now exists tells the two apart: it matches unless the version is already there.
            try {
                return upsert(newer, update);
            } catch (DuplicateKeyException alreadyNewer) {
                return false;
            }
        }
    }

    private boolean upsert(Query query, Update update) {
        UpdateResult result = mongo.upsert(query, update, collection);
        return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
    }

    /**
     * Applies the first event that creates a document (a registration): its fields are set only when the document is
     * inserted, so a redelivery, even after later events changed them, changes nothing. The filter names the id
     * alone, which every server answers from the id index; the guarded {@link #applyIfNewer} filter is answered by
     * a scan on a server without compound query planning, such as the embedded one, which made a backlog of
     * registrations quadratic.
     *
     * @return true when the document was created by this call
     */
    public boolean applyFirst(String documentId, String aggregateId, long version, Map<String, Object> fields) {
        String versionField = APPLIED_VERSIONS + "." + escape(aggregateId);
        Update update = new Update().max(versionField, version);
        fields.forEach((field, value) -> {
            if (value != null) {
                update.setOnInsert(field, value);
            }
        });
        return mongo.upsert(Query.query(Criteria.where("_id").is(documentId)), update, collection)
                .getUpsertedId() != null;
    }

    /** The version of {@code aggregateId} last applied to a document, 0 if none. */
    public long appliedVersion(String documentId, String aggregateId) {
        Document document = mongo.findById(documentId, Document.class, collection);
        if (document == null || !(document.get(APPLIED_VERSIONS) instanceof Document versions)) {
            return 0;
        }
        Object version = versions.get(escape(aggregateId));
        return version instanceof Number number ? number.longValue() : 0;
    }

    /** Field names cannot contain dots or start with a dollar sign. */
    private static String escape(String aggregateId) {
        return aggregateId.replace('.', '_').replace('$', '_');
    }
}
