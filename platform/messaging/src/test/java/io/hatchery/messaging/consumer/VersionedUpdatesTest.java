package io.hatchery.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.result.UpdateResult;
import io.hatchery.kernel.domain.AppliedVersions;
import io.hatchery.testing.TestInfrastructure;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;
import org.springframework.data.mongodb.core.query.Update;

class VersionedUpdatesTest {

    private static MongoClient client;
    private static MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoConnectionString());
        mongo = new MongoTemplate(client, "versioned-updates-test");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void theSameEventTwiceCountsOnce() {
        VersionedUpdates updates = new VersionedUpdates(mongo, "counts");

        assertThat(updates.applyIfNewer("330483", "carrier-1", 1, new Update().inc("carriers", 1))).isTrue();
        assertThat(updates.applyIfNewer("330483", "carrier-1", 1, new Update().inc("carriers", 1))).isFalse();

        assertThat(mongo.findById("330483", Document.class, "counts")).containsEntry("carriers", 1);
    }

    @Test
    void aRegistrationSetsItsFieldsOnceEvenRedeliveredAfterALaterChange() {
        VersionedUpdates updates = new VersionedUpdates(mongo, "registrations");
        String id = "carrier-" + System.nanoTime();

        assertThat(updates.applyFirst(id, id, 1, java.util.Map.of("name", "初名", "region", "320903"))).isTrue();
        assertThat(updates.applyIfNewer(id, id, 2, new org.springframework.data.mongodb.core.query.Update()
                .set("name", "新名"))).isTrue();
        assertThat(updates.applyFirst(id, id, 1, java.util.Map.of("name", "初名", "region", "320903")))
                .as("a redelivered registration").isFalse();

        Document stored = mongo.findById(id, Document.class, "registrations");
        assertThat(stored).containsEntry("name", "新名").containsEntry("region", "320903");
        assertThat(updates.appliedVersion(id, id)).isEqualTo(2);
    }

    @Test
    void aDocumentInsertedByAnotherWriterBetweenMatchAndInsertDoesNotSwallowTheEvent() {
        String firm = "firm-" + System.nanoTime();
        MongoTemplate racing = new MongoTemplate(client, "versioned-updates-test") {
            private boolean raced;

            @Override
            public UpdateResult upsert(Query query, UpdateDefinition update, String collectionName) {
                if (!raced) {
                    raced = true;
                    // An event of another aggregate creates the document first, as a concurrent consumer would.
                    mongo.insert(new Document("_id", firm).append("stays", List.of("carrier-9")), collectionName);
                    throw new DuplicateKeyException("E11000 duplicate key error: " + firm);
                }
                return super.upsert(query, update, collectionName);
            }
        };

        assertThat(new VersionedUpdates(racing, "firms").applyIfNewer(firm, "investment-1", 1,
                new Update().push("investments", "investment-1"))).isTrue();

        assertThat(mongo.findById(firm, Document.class, "firms"))
                .containsEntry("stays", List.of("carrier-9"))
                .containsEntry("investments", List.of("investment-1"));
    }

    @Test
    void olderVersionsAreSkippedAndNewerOnesApplied() {
        VersionedUpdates updates = new VersionedUpdates(mongo, "counts");

        assertThat(updates.applyIfNewer("320902", "carrier-2", 3, new Update().inc("n", 1))).isTrue();
        assertThat(updates.applyIfNewer("320902", "carrier-2", 2, new Update().inc("n", 1))).isFalse();
        assertThat(updates.applyIfNewer("320902", "carrier-2", 4, new Update().inc("n", 1))).isTrue();
        assertThat(updates.applyIfNewer("320902", "carrier-3", 1, new Update().inc("n", 1))).isTrue();

        assertThat(mongo.findById("320902", Document.class, "counts")).containsEntry("n", 3);
        assertThat(updates.appliedVersion("320902", "carrier-2")).isEqualTo(4);
    }

    @Test
    void appliedVersionsInMemorySkipWhatIsNotNewer() {
        AppliedVersions versions = new AppliedVersions();

        assertThat(versions.advance("a", 1)).isTrue();
        assertThat(versions.advance("a", 1)).isFalse();
        assertThat(versions.advance("a", 3)).isTrue();
        assertThat(versions.advance("a", 2)).isFalse();
        assertThat(versions.advance("b", 1)).isTrue();
        assertThat(versions.lastApplied("a")).isEqualTo(3);
    }
}
