package io.hatchery.statistics.projection.store;

import com.mongodb.client.model.ReplaceOptions;
import io.hatchery.contracts.ContractJson;
import io.hatchery.statistics.StatisticsReplica;
import io.hatchery.statistics.projection.domain.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Crash-consistent checkpoints of the projection: the snapshot is written as chunk documents of a new checkpoint
 * first; then the replica's pointer document is replaced, in a single write, to name the new checkpoint and the
 * offsets it covers. A crash before the flip leaves the previous checkpoint in force (the orphaned chunks are
 * removed later); a crash after it leaves the new one. Nothing ever reads a half-written checkpoint.
 *
 * <p>Every replica keeps checkpoints of its own (pointer {@code _id} = its replica id) and removes only its own
 * superseded chunks, so replicas never delete what another is reading or writing. A replica that starts loads the
 * checkpoint of any replica that covers the most events: each is a consistent state with the offsets it covers.
 * Pointers and chunks of replicas gone for longer than a day (a pod's name changes with every restart) are removed.
 */
@Component
public class CheckpointStore {

    static final String CHUNKS = "checkpoint_chunks";
    static final String POINTER = "checkpoint_pointer";
    private static final int CHUNK_BYTES = 1024 * 1024;
    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);
    private static final int LOAD_ATTEMPTS = 3;

    private final MongoTemplate mongo;
    private final String replica;

    @Autowired
    public CheckpointStore(MongoTemplate mongo, StatisticsReplica replica) {
        this(mongo, replica.name());
    }

    /** @param replica the name this store's checkpoints are kept under */
    public CheckpointStore(MongoTemplate mongo, String replica) {
        this.mongo = mongo;
        this.replica = replica;
    }

    /**
     * A stored checkpoint.
     *
     * @param offsets the next offset to read per "topic:partition"
     * @param replica the replica that wrote it
     */
    public record Checkpoint(String id, Snapshot snapshot, Map<String, Long> offsets, Instant createdAt,
            String replica) {
    }

    public String replica() {
        return replica;
    }

    /** Writes a checkpoint and makes it this replica's current one. */
    public String save(Snapshot snapshot, Map<String, Long> offsets) {
        String id = UUID.randomUUID().toString();
        Date now = new Date();
        byte[] data = compress(ContractJson.mapper().writeValueAsBytes(snapshot));
        int chunks = 0;
        for (int from = 0; from < data.length || chunks == 0; from += CHUNK_BYTES, chunks++) {
            byte[] chunk = Arrays.copyOfRange(data, from, Math.min(data.length, from + CHUNK_BYTES));
            mongo.insert(new Document("_id", id + ":" + chunks).append("checkpoint", id).append("n", chunks)
                    .append("replica", replica).append("createdAt", now).append("data", new Binary(chunk)), CHUNKS);
        }
        Document offsetsDocument = new Document();
        offsets.forEach(offsetsDocument::append);
        Document pointer = new Document("_id", replica).append("checkpoint", id).append("chunks", chunks)
                .append("offsets", offsetsDocument).append("createdAt", now).append("model", Snapshot.MODEL);
        mongo.getCollection(POINTER).replaceOne(new Document("_id", replica), pointer,
                new ReplaceOptions().upsert(true));
        removeSuperseded(id);
        return id;
    }

    /**
     * The checkpoint of any replica that covers the most events (the greatest sum of offsets; the latest of equals),
     * if there is one of this {@link Snapshot#MODEL}: one of an earlier model is passed over, and the projection
     * replays instead.
     */
    public Optional<Checkpoint> load() {
        for (int attempt = 1; ; attempt++) {
            List<Document> pointers = mongo.getCollection(POINTER).find(new Document("model", Snapshot.MODEL))
                    .into(new ArrayList<>());
            if (pointers.isEmpty()) {
                return Optional.empty();
            }
            Document pointer = pointers.stream().max(Comparator.comparingLong(CheckpointStore::eventsCovered)
                    .thenComparing(candidate -> candidate.getDate("createdAt"))).orElseThrow();
            try {
                return Optional.of(read(pointer));
            } catch (MissingChunkException superseded) {
                // its replica moved on and removed it while this one read; the next newest is complete
                if (attempt == LOAD_ATTEMPTS) {
                    throw superseded;
                }
            }
        }
    }

    private static long eventsCovered(Document pointer) {
        long sum = 0;
        for (Object offset : pointer.get("offsets", Document.class).values()) {
            sum += ((Number) offset).longValue();
        }
        return sum;
    }

    private Checkpoint read(Document pointer) {
        String id = pointer.getString("checkpoint");
        int chunks = pointer.getInteger("chunks");
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int n = 0; n < chunks; n++) {
            Document chunk = mongo.findById(id + ":" + n, Document.class, CHUNKS);
            if (chunk == null) {
                throw new MissingChunkException("checkpoint " + id + " lacks chunk " + n);
            }
            data.writeBytes(chunk.get("data", Binary.class).getData());
        }
        Snapshot snapshot = ContractJson.mapper().readValue(decompress(data.toByteArray()), Snapshot.class);
        Map<String, Long> offsets = new LinkedHashMap<>();
        pointer.get("offsets", Document.class).forEach((key, value) -> offsets.put(key, ((Number) value).longValue()));
        return new Checkpoint(id, snapshot, offsets, pointer.getDate("createdAt").toInstant(),
                pointer.get("_id").toString());
    }

    /**
     * Removes this replica's chunks of every checkpoint but the given one (superseded or never completed), chunks
     * that no replica wrote its id on (an earlier build's), and what replicas gone for a day left behind.
     */
    private void removeSuperseded(String id) {
        mongo.remove(Query.query(Criteria.where("replica").is(replica).and("checkpoint").ne(id)), CHUNKS);
        Date abandoned = Date.from(Instant.now().minus(ABANDONED_AFTER));
        List<String> stalePointers = new ArrayList<>();
        mongo.getCollection(POINTER).find(new Document("createdAt", new Document("$lt", abandoned)))
                .forEach(pointer -> stalePointers.add(pointer.get("_id").toString()));
        if (!stalePointers.isEmpty()) {
            mongo.getCollection(POINTER).deleteMany(new Document("_id", new Document("$in", stalePointers)));
        }
        List<String> referenced = new ArrayList<>();
        mongo.getCollection(POINTER).find().forEach(pointer -> referenced.add(pointer.getString("checkpoint")));
        mongo.remove(Query.query(new Criteria().andOperator(Criteria.where("checkpoint").nin(referenced),
                new Criteria().orOperator(Criteria.where("replica").exists(false),
                        Criteria.where("createdAt").lt(abandoned)))), CHUNKS);
    }

    /** Forgets every checkpoint of every replica: the next start replays from the beginning. */
    public void clear() {
        mongo.getCollection(POINTER).deleteMany(new Document());
        mongo.getCollection(CHUNKS).deleteMany(new Document());
    }

    /** A checkpoint's chunk is gone: its replica superseded it while it was being read. */
    static final class MissingChunkException extends IllegalStateException {

        MissingChunkException(String message) {
            super(message);
        }
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
