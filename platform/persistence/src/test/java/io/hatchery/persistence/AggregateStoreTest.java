package io.hatchery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.hatchery.contracts.ContractJson;
import io.hatchery.contracts.registry.CarrierDesignated;
import io.hatchery.contracts.registry.CarrierUndesignated;
import io.hatchery.contracts.registry.Designation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class AggregateStoreTest {

    record Thing(String name, String region, BigDecimal area, List<Designation> designations, LocalDate since) {
    }

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;

    private final String collection = "things_" + UUID.randomUUID().toString().substring(0, 8);
    private final AggregateStore<Thing> store = new AggregateStore<>(mongo, collection, "thing", Thing.class,
            Thing::region, Clock.systemUTC());
    private final OutboxStore outbox = new OutboxStore(mongo, collection);
    private final EventContext context = new EventContext("officer-1", null);

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        mongo = new MongoTemplate(client, "persistence-test");
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    private static Thing thing(String name) {
        return new Thing(name, "330483", new BigDecimal("12500.50"), List.of(Designation.BENCHMARK),
                LocalDate.of(2020, 5, 1));
    }

    private static CarrierDesignated designated(String id) {
        return new CarrierDesignated(id, Designation.BENCHMARK, "authority", LocalDate.of(2024, 1, 1));
    }

    @Test
    void createStoresStateAndOneOutboxEntryPerEventWithIncreasingVersions() {
        Aggregate<Thing> created = store.create("t1", thing("first"),
                List.of(designated("t1"), new CarrierUndesignated("t1", Designation.BENCHMARK, null,
                        LocalDate.of(2024, 2, 1))), context, null);

        assertThat(created.version()).isEqualTo(2);
        Aggregate<Thing> loaded = store.require("t1");
        assertThat(loaded.state()).isEqualTo(thing("first"));
        assertThat(loaded.version()).isEqualTo(2);

        List<OutboxEntry> pending = outbox.pendingEvents("t1");
        assertThat(pending).extracting(OutboxEntry::aggregateVersion).containsExactly(1L, 2L);
        assertThat(pending).extracting(OutboxEntry::type).containsExactly(
                "hatchery.registry.carrier.designated.v1", "hatchery.registry.carrier.undesignated.v1");
        OutboxEntry first = pending.get(0);
        assertThat(first.topic()).isEqualTo("hatchery.registry.carriers");
        assertThat(first.region()).isEqualTo("330483");
        assertThat(first.actor()).isEqualTo("officer-1");
        assertThat(first.subject()).isEqualTo("t1");
        assertThat(ContractJson.mapper().readValue(first.data(), CarrierDesignated.class)).isEqualTo(designated("t1"));
    }

    @Test
    void updateAppendsEventsAndMovesTheVersion() {
        Aggregate<Thing> created = store.create("t2", thing("before"), List.of(designated("t2")), context, null);

        Aggregate<Thing> updated = store.update(created, thing("after"), List.of(designated("t2")), context);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(store.require("t2").state().name()).isEqualTo("after");
        assertThat(outbox.pendingEvents("t2")).extracting(OutboxEntry::aggregateVersion).containsExactly(1L, 2L);
    }

    @Test
    void staleVersionIsRefusedAndWritesNothing() {
        Aggregate<Thing> read = store.create("t3", thing("original"), List.of(designated("t3")), context, null);
        store.update(read, thing("winner"), List.of(designated("t3")), context);

        assertThatThrownBy(() -> store.update(read, thing("loser"), List.of(designated("t3")), context))
                .isInstanceOf(StaleAggregateVersionException.class)
                .hasMessageContaining("t3");
        assertThat(store.require("t3").state().name()).isEqualTo("winner");
        assertThat(outbox.pendingEvents("t3")).hasSize(2);
    }

    @Test
    void concurrentCommandsOnTheSameVersionLetExactlyOneWin() throws Exception {
        Aggregate<Thing> read = store.create("t4", thing("original"), List.of(designated("t4")), context, null);
        int contenders = 8;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            String name = "contender-" + i;
            runs.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                    store.update(read, thing(name), List.of(designated("t4")), context);
                    wins.incrementAndGet();
                } catch (StaleAggregateVersionException e) {
                    conflicts.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        start.countDown();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

        assertThat(wins).hasValue(1);
        assertThat(conflicts).hasValue(contenders - 1);
        assertThat(store.require("t4").version()).isEqualTo(2);
    }

    @Test
    void duplicateIdIsRefused() {
        store.create("t5", thing("one"), List.of(designated("t5")), context, "fingerprint-a");

        assertThatThrownBy(() -> store.create("t5", thing("two"), List.of(designated("t5")), context, null))
                .isInstanceOf(AggregateAlreadyExistsException.class);
        assertThat(store.require("t5").requestFingerprint()).isEqualTo("fingerprint-a");
        assertThat(store.require("t5").state().name()).isEqualTo("one");
    }

    @Test
    void missingAggregateIsNotFound() {
        assertThatThrownBy(() -> store.require("nope")).isInstanceOf(AggregateNotFoundException.class);
        Aggregate<Thing> ghost = new Aggregate<>("ghost", 1, thing("x"), null, null, null);
        assertThatThrownBy(() -> store.update(ghost, thing("y"), List.of(designated("ghost")), context))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void commandWithoutEventsWritesNothing() {
        Aggregate<Thing> read = store.create("t6", thing("same"), List.of(designated("t6")), context, null);

        assertThat(store.update(read, thing("changed"), List.of(), context)).isSameAs(read);
        assertThat(store.require("t6").state().name()).isEqualTo("same");
    }

    @Test
    void markingPublishedRemovesOnlyThoseEntries() {
        store.create("t7", thing("a"), List.of(designated("t7"), designated("t7")), context, null);
        store.create("t8", thing("b"), List.of(designated("t8")), context, null);
        List<OutboxEntry> pending = outbox.pendingEvents("t7");

        outbox.markPublished("t7", List.of(pending.get(0).eventId()));

        assertThat(outbox.pendingEvents("t7")).extracting(OutboxEntry::aggregateVersion).containsExactly(2L);
        assertThat(outbox.aggregatesWithPendingEvents(10)).containsExactlyInAnyOrder("t7", "t8");
        outbox.markPublished("t7", List.of(pending.get(1).eventId()));
        assertThat(outbox.aggregatesWithPendingEvents(10)).containsExactly("t8");
    }

    @Test
    void severalAggregatesAreReadAndMarkedInOneGo() {
        store.create("t10", thing("a"), List.of(designated("t10"), designated("t10")), context, null);
        store.create("t11", thing("b"), List.of(designated("t11")), context, null);
        store.create("t12", thing("c"), List.of(designated("t12")), context, null);

        Map<String, List<OutboxEntry>> pending = outbox.pendingEvents(List.of("t10", "t11", "t13"));

        assertThat(pending).containsOnlyKeys("t10", "t11");
        assertThat(pending.get("t10")).extracting(OutboxEntry::aggregateVersion).containsExactly(1L, 2L);
        outbox.markPublished(Map.of("t10", List.of(pending.get("t10").get(0).eventId()),
                "t11", pending.get("t11").stream().map(OutboxEntry::eventId).toList()));
        assertThat(outbox.pendingEvents("t10")).extracting(OutboxEntry::aggregateVersion).containsExactly(2L);
        assertThat(outbox.pendingEvents("t11")).isEmpty();
        assertThat(outbox.pendingEvents("t12")).hasSize(1);
    }

    @Test
    void historyKeepsEveryEventAfterTheOutboxIsPublished() {
        Aggregate<Thing> created = store.create("t9", thing("a"), List.of(designated("t9")), context, null);
        store.update(created, thing("b"), List.of(new CarrierUndesignated("t9", Designation.BENCHMARK, "revoked",
                LocalDate.of(2025, 1, 1))), new EventContext("auditor-2", null));
        outbox.markPublished("t9", outbox.pendingEvents("t9").stream().map(OutboxEntry::eventId).toList());

        List<OutboxEntry> history = store.history("t9");

        assertThat(outbox.pendingEvents("t9")).isEmpty();
        assertThat(history).extracting(OutboxEntry::aggregateVersion).containsExactly(1L, 2L);
        assertThat(history).extracting(OutboxEntry::actor).containsExactly("officer-1", "auditor-2");
        assertThat(history.get(1).type()).isEqualTo("hatchery.registry.carrier.undesignated.v1");
        assertThatThrownBy(() -> store.history("missing")).isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void signalHearsAboutEveryWrite() {
        List<String> heard = new ArrayList<>();
        store.onEventsPending((coll, id) -> heard.add(coll + "/" + id));

        Aggregate<Thing> created = store.create("t9", thing("a"), List.of(designated("t9")), context, null);
        store.update(created, thing("b"), List.of(designated("t9")), context);

        assertThat(heard).containsExactly(collection + "/t9", collection + "/t9");
    }

    @Test
    void queriesSeeStateFields() {
        store.create("q1", thing("alpha"), List.of(designated("q1")), context, null);
        store.create("q2", thing("beta"), List.of(designated("q2")), context, null);

        Query byName = Query.query(Criteria.where("state.name").is("beta"));
        assertThat(store.find(byName)).extracting(Aggregate::id).containsExactly("q2");
        assertThat(store.count(new Query())).isEqualTo(2);
    }

    private static final Listing<Thing> BY_NAME = new Listing<>(2, thing -> new Document("name", thing.name())
            .append("region", thing.region()), List.of(new Index().on("list.name", Sort.Direction.ASC)
            .named("list_name")));

    @Test
    void theListingIsWrittenWithTheStateAndListsFilterSortAndPageOnIt() {
        AggregateStore<Thing> listed = new AggregateStore<>(mongo, collection, "thing", Thing.class, Thing::region,
                BY_NAME, Clock.systemUTC());
        listed.create("t1", thing("charlie"), List.of(designated("t1")), context, null);
        listed.create("t2", thing("alpha"), List.of(designated("t2")), context, null);
        Aggregate<Thing> renamed = listed.create("t3", thing("delta"), List.of(designated("t3")), context, null);
        listed.update(renamed, thing("bravo"), List.of(designated("t3")), context);

        Query page = Query.query(Criteria.where("list.region").is("330483")).with(Sort.by("list.name")).limit(2);
        assertThat(listed.find(page)).extracting(Aggregate::id).containsExactly("t2", "t3");
        assertThat(listed.find(page.skip(2))).extracting(Aggregate::id).containsExactly("t1");
        assertThat(listed.count(page)).isEqualTo(3);
        assertThat(listed.count(new Query())).isEqualTo(3);
        Document stored = mongo.findById("t3", Document.class, collection);
        assertThat(stored.get("list", Document.class).getString("name")).isEqualTo("bravo");
        assertThat(stored.getInteger("listVersion")).isEqualTo(2);
    }

    @Test
    void preparingAListingCreatesItsIndexesAndListsWhatWasWrittenBeforeIt() {
        store.create("old-1", thing("written before"), List.of(designated("old-1")), context, null);
        store.create("old-2", thing("also before"), List.of(designated("old-2")), context, null);
        AggregateStore<Thing> listed = new AggregateStore<>(mongo, collection, "thing", Thing.class, Thing::region,
                BY_NAME, Clock.systemUTC());
        listed.create("new-1", thing("written after"), List.of(designated("new-1")), context, null);

        assertThat(listed.prepareListing(1)).isEqualTo(2);
        assertThat(listed.prepareListing(1)).isZero();

        assertThat(mongo.findById("old-1", Document.class, collection).get("list", Document.class)
                .getString("name")).isEqualTo("written before");
        assertThat(mongo.findById("old-2", Document.class, collection).getLong("version")).isEqualTo(1);
        assertThat(mongo.indexOps(collection).getIndexInfo()).extracting(IndexInfo::getName).contains("list_name");
        assertThat(listed.find(Query.query(Criteria.where("list.name").regex("before")).with(Sort.by("list.name"))))
                .extracting(Aggregate::id).containsExactly("old-2", "old-1");
    }
}
