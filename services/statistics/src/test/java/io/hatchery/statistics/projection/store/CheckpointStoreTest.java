package io.hatchery.statistics.projection.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.statistics.projection.domain.CarrierFacts;
import io.hatchery.statistics.projection.domain.Snapshot;
import io.hatchery.testing.TestInfrastructure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A checkpoint is in force only once its pointer flipped; half-written ones are never read and get cleaned. */
class CheckpointStoreTest {

    private MongoClient client;
    private MongoTemplate mongo;
    private CheckpointStore store;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoConnectionString());
        mongo = new MongoTemplate(client, "checkpoints-" + UUID.randomUUID());
        store = new CheckpointStore(mongo, "replica-a");
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    private static Snapshot snapshot(int carriers) {
        List<CarrierFacts> facts = new ArrayList<>();
        for (int i = 0; i < carriers; i++) {
            facts.add(new CarrierFacts("c" + i, CarrierKind.INCUBATOR, "320902", LocalDate.of(2020, 1, 1), null,
                    List.of(new CarrierFacts.LevelEntry(LocalDate.of(2021, 1, 1), 2, 2, true)), List.of(), List.of()));
        }
        return new Snapshot(facts, List.of(), List.of(), List.of(), List.of(), Map.of("hatchery.registry.carriers/c0", 2L), 7,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void aSavedCheckpointLoadsWithItsOffsets() {
        store.save(snapshot(3), Map.of("hatchery.registry.carriers:0", 42L));

        var loaded = store.load().orElseThrow();

        assertThat(loaded.snapshot()).isEqualTo(snapshot(3));
        assertThat(loaded.offsets()).containsEntry("hatchery.registry.carriers:0", 42L);
    }

    @Test
    void chunksOfACheckpointWhosePointerNeverFlippedAreIgnoredAndRemovedByTheNextSave() {
        String first = store.save(snapshot(2), Map.of("hatchery.registry.carriers:0", 10L));
        mongo.insert(new Document("_id", "crashed:0").append("checkpoint", "crashed").append("n", 0)
                .append("data", new Binary(new byte[] {1, 2, 3})), CheckpointStore.CHUNKS);

        var loaded = store.load().orElseThrow();
        assertThat(loaded.id()).isEqualTo(first);
        assertThat(loaded.offsets()).containsEntry("hatchery.registry.carriers:0", 10L);

        String second = store.save(snapshot(4000), Map.of("hatchery.registry.carriers:0", 20L));
        assertThat(mongo.getCollection(CheckpointStore.CHUNKS).distinct("checkpoint", String.class)
                .into(new ArrayList<>())).containsExactly(second);
        assertThat(store.load().orElseThrow().snapshot().carriers()).hasSize(4000);
    }

    @Test
    void replicasKeepTheirOwnCheckpointsAndAStartLoadsTheNewest() {
        CheckpointStore other = new CheckpointStore(mongo, "replica-b");
        String mine = store.save(snapshot(2), Map.of("hatchery.registry.carriers:0", 10L));
        String theirs = other.save(snapshot(3), Map.of("hatchery.registry.carriers:0", 12L));
        String mineAgain = store.save(snapshot(4), Map.of("hatchery.registry.carriers:0", 15L));

        assertThat(mongo.getCollection(CheckpointStore.POINTER).distinct("_id", String.class)
                .into(new ArrayList<>())).containsExactlyInAnyOrder("replica-a", "replica-b");
        assertThat(mongo.getCollection(CheckpointStore.CHUNKS).distinct("checkpoint", String.class)
                .into(new ArrayList<>())).as("each replica's current one; mine superseded")
                .containsExactlyInAnyOrder(mineAgain, theirs).doesNotContain(mine);
        var newest = other.load().orElseThrow();
        assertThat(newest.id()).isEqualTo(mineAgain);
        assertThat(newest.replica()).isEqualTo("replica-a");
        assertThat(newest.offsets()).containsEntry("hatchery.registry.carriers:0", 15L);

        other.save(snapshot(5), Map.of("hatchery.registry.carriers:0", 16L));
        assertThat(store.load().orElseThrow().snapshot().carriers()).hasSize(5);
        assertThat(mongo.getCollection(CheckpointStore.CHUNKS).distinct("checkpoint", String.class)
                .into(new ArrayList<>())).as("b removed only its own superseded checkpoint").contains(mineAgain)
                .doesNotContain(theirs);
    }

    @Test
    void aCheckpointOfAnEarlierModelIsPassedOverSoThatTheProjectionReplays() {
        store.save(snapshot(2), Map.of("hatchery.registry.carriers:0", 10L));
        mongo.getCollection(CheckpointStore.POINTER).updateOne(new Document("_id", "replica-a"),
                new Document("$set", new Document("model", Snapshot.MODEL - 1)));

        assertThat(store.load()).isEmpty();
    }

    @Test
    void noCheckpointMeansStartFromTheBeginning() {
        assertThat(store.load()).isEmpty();
    }
}
