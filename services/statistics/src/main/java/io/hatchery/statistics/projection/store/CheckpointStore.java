package io.hatchery.statistics.projection.store;

import com.mongodb.client.model.ReplaceOptions;
import io.hatchery.contracts.ContractJson;
import io.hatchery.statistics.projection.domain.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Crash-consistent checkpoints of the projection: the snapshot is written as chunk documents of a new checkpoint
 * first; then one pointer document is replaced, in a single write, to name the new checkpoint and the offsets it
 * covers. A crash before the flip leaves the previous checkpoint in force (the orphaned chunks are removed
 * later); a crash after it leaves the new one. Nothing ever reads a half-written checkpoint.
 */
@Component
public class CheckpointStore {

    static final String CHUNKS = "checkpoint_chunks";
    static final String POINTER = "checkpoint_pointer";
    private static final String CURRENT = "current";
    private static final int CHUNK_BYTES = 1024 * 1024;

    private final MongoTemplate mongo;

    public CheckpointStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * A stored checkpoint.
     *
     * @param offsets the next offset to read per "topic:partition"
     */
    public record Checkpoint(String id, Snapshot snapshot, Map<String, Long> offsets, Instant createdAt) {
    }

    /** Writes a checkpoint and makes it the current one. */
    public String save(Snapshot snapshot, Map<String, Long> offsets) {
        String id = UUID.randomUUID().toString();
        byte[] data = compress(ContractJson.mapper().writeValueAsBytes(snapshot));
        int chunks = 0;
        for (int from = 0; from < data.length || chunks == 0; from += CHUNK_BYTES, chunks++) {
            byte[] chunk = Arrays.copyOfRange(data, from, Math.min(data.length, from + CHUNK_BYTES));
            mongo.insert(new Document("_id", id + ":" + chunks).append("checkpoint", id).append("n", chunks)
                    .append("data", new Binary(chunk)), CHUNKS);
        }
        Document offsetsDocument = new Document();
        offsets.forEach(offsetsDocument::append);
        Document pointer = new Document("_id", CURRENT).append("checkpoint", id).append("chunks", chunks)
                .append("offsets", offsetsDocument).append("createdAt", Date.from(Instant.now()));
        mongo.getCollection(POINTER).replaceOne(new Document("_id", CURRENT), pointer,
                new ReplaceOptions().upsert(true));
        removeAllBut(id);
        return id;
    }

    /** The current checkpoint, if any. */
    public Optional<Checkpoint> load() {
        Document pointer = mongo.getCollection(POINTER).find(new Document("_id", CURRENT)).first();
        if (pointer == null) {
            return Optional.empty();
        }
        String id = pointer.getString("checkpoint");
        int chunks = pointer.getInteger("chunks");
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int n = 0; n < chunks; n++) {
            Document chunk = mongo.findById(id + ":" + n, Document.class, CHUNKS);
            if (chunk == null) {
                throw new IllegalStateException("checkpoint " + id + " lacks chunk " + n);
            }
            data.writeBytes(chunk.get("data", Binary.class).getData());
        }
        Snapshot snapshot = ContractJson.mapper().readValue(decompress(data.toByteArray()), Snapshot.class);
        Map<String, Long> offsets = new LinkedHashMap<>();
        pointer.get("offsets", Document.class).forEach((key, value) -> offsets.put(key, ((Number) value).longValue()));
        return Optional.of(new Checkpoint(id, snapshot, offsets, pointer.getDate("createdAt").toInstant()));
    }

    /** Removes the chunks of every checkpoint but the given one (superseded or never completed). */
    public void removeAllBut(String id) {
        mongo.remove(Query.query(Criteria.where("checkpoint").ne(id)), CHUNKS);
    }

    /** Forgets every checkpoint: the next start replays from the beginning. */
    public void clear() {
        mongo.getCollection(POINTER).deleteMany(new Document());
        mongo.getCollection(CHUNKS).deleteMany(new Document());
    }

    private static byte[] compress(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] decompress(byte[] data) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
