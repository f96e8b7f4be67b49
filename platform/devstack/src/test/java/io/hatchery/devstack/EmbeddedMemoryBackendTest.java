package io.hatchery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries that pin {@code _id} and name other fields too, answered from the id index, mean what they mean on
 * MongoDB: the other conditions still decide, for reads, updates and upserts alike. The oplog keeps its latest
 * entries, and change streams still see every new change.
 */
class EmbeddedMemoryBackendTest {

    private static EmbeddedMongo server;
    private static MongoClient client;
    private static MongoCollection<Document> firms;

    @BeforeAll
    static void start() {
        server = EmbeddedMongo.inMemory(0);
        client = MongoClients.create(server.connectionString());
        firms = client.getDatabase("id-index").getCollection("firms");
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            documents.add(new Document("_id", "firm-" + i).append("version", i % 5));
        }
        documents.add(new Document("_id", 7).append("version", 3));
        firms.insertMany(documents);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static List<Object> ids(Bson filter) {
        return firms.find(filter).map(document -> document.get("_id")).into(new ArrayList<>());
    }

    @Test
    void theOtherConditionsStillDecideWhichDocumentMatches() {
        assertThat(ids(Filters.and(Filters.eq("_id", "firm-13"), Filters.gte("version", 3))))
                .containsExactly("firm-13");
        assertThat(ids(Filters.and(Filters.eq("_id", "firm-13"), Filters.gte("version", 4)))).isEmpty();
        assertThat(ids(Filters.and(Filters.eq("_id", "firm-99"), Filters.gte("version", 0)))).isEmpty();
        assertThat(ids(Filters.and(Filters.eq("_id", 7), Filters.eq("version", 3)))).containsExactly(7);
        assertThat(ids(Filters.and(Filters.in("_id", "firm-1", "firm-2"), Filters.gte("version", 2))))
                .containsExactly("firm-2");
    }

    @Test
    void aGuardedUpsertUpdatesWhenTheGuardHoldsAndRefusesATwinWhenItDoesNot() {
        Bson newerThanTwo = Filters.and(Filters.eq("_id", "firm-22"), Filters.not(Filters.gte("version", 3)));
        UpdateOptions upsert = new UpdateOptions().upsert(true);

        assertThat(firms.updateOne(newerThanTwo, Updates.set("version", 3), upsert).getMatchedCount()).isEqualTo(1);
        assertThatThrownBy(() -> firms.updateOne(newerThanTwo, Updates.set("version", 3), upsert))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThat(firms.find(Filters.eq("_id", "firm-22")).first()).containsEntry("version", 3);

        Bson absent = Filters.and(Filters.eq("_id", "firm-new"), Filters.not(Filters.gte("version", 1)));
        assertThat(firms.updateOne(absent, Updates.set("version", 1), upsert).getUpsertedId()).isNotNull();
        assertThat(firms.countDocuments(Filters.eq("_id", "firm-new"))).isEqualTo(1);
    }

    @Test
    void theOplogKeepsItsLatestEntriesAndChangeStreamsStillSeeNewChanges() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(0);
                MongoClient local = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> writes = local.getDatabase("oplog-test").getCollection("writes");
            MongoCollection<Document> oplog = local.getDatabase("local").getCollection("oplog.rs");
            List<Document> many = new ArrayList<>();
            for (int i = 0; i < BoundedOplog.ENTRIES + 1_000; i++) {
                many.add(new Document("_id", "write-" + i));
            }

            writes.insertMany(many);

            assertThat(oplog.countDocuments()).as("trimmed to its size").isEqualTo(BoundedOplog.ENTRIES);
            assertThat(oplog.countDocuments(Filters.eq("o._id", "write-999"))).as("the oldest went").isZero();
            assertThat(oplog.countDocuments(Filters.eq("o._id", "write-1000"))).as("the latest stayed").isEqualTo(1);

            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> changes = writes.watch().cursor()) {
                writes.insertOne(new Document("_id", "after-the-trim"));
                ChangeStreamDocument<Document> change = null;
                for (int poll = 0; poll < 50 && change == null; poll++) {
                    change = changes.tryNext();
                }
                assertThat(change).isNotNull();
                assertThat(change.getDocumentKey().getString("_id").getValue()).isEqualTo("after-the-trim");
            }
        }
    }
}
