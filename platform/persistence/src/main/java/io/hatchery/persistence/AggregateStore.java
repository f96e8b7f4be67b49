package io.hatchery.persistence;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.identity.RandomUuids;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stores one kind of aggregate, one document each: {@code {_id, version, state, outbox[], createdAt, updatedAt}}.
 * Every command is a single atomic write of the new state together with its events, guarded by the version the
 * command read; events wait in the document's {@code outbox} until the relay has published them. This needs no
 * multi-document transaction, so it works on a single Mongo node and on the embedded server alike.
 *
 * <p>The version counts events: a command that produces n events moves the version from v to v + n, and its
 * events carry versions v + 1 … v + n, which lets consumers skip what they have applied already.
 */
public class AggregateStore<S> {

    static final String VERSION = "version";
    static final String STATE = "state";
    static final String OUTBOX = "outbox";
    /** Every event the aggregate ever recorded, oldest first: its history, kept after the outbox is published. */
    static final String JOURNAL = "journal";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    static final String REQUEST_FINGERPRINT = "requestFingerprint";

    private final MongoTemplate mongo;
    private final String collection;
    private final String kind;
    private final Class<S> stateClass;
    private final Function<S, String> regionOf;
    private final Listing<S> listing;
    private final Clock clock;
    private volatile OutboxSignal signal = OutboxSignal.NONE;

    /**
     * @param collection Mongo collection of this aggregate kind
     * @param kind       what the aggregate is called in messages, e.g. {@code carrier}
     * @param regionOf   the statistical region of a state, published as the events' {@code region}
     */
    public AggregateStore(MongoTemplate mongo, String collection, String kind, Class<S> stateClass,
            Function<S, String> regionOf, Clock clock) {
        this(mongo, collection, kind, stateClass, regionOf, null, clock);
    }

    /** @param listing what lists of this kind query, or null when it has no lists */
    public AggregateStore(MongoTemplate mongo, String collection, String kind, Class<S> stateClass,
            Function<S, String> regionOf, Listing<S> listing, Clock clock) {
        this.mongo = mongo;
        this.collection = collection;
        this.kind = kind;
        this.stateClass = stateClass;
        this.regionOf = regionOf;
        this.listing = listing;
        this.clock = clock;
    }

    public String collection() {
        return collection;
    }

    public String kind() {
        return kind;
    }

    /** Lets a relay in this process hear about new outbox entries without waiting for its next poll. */
    public void onEventsPending(OutboxSignal signal) {
        this.signal = Objects.requireNonNull(signal);
    }

    public Optional<Aggregate<S>> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, collection)).map(this::toAggregate);
    }

    public Aggregate<S> require(String id) {
        return find(id).orElseThrow(() -> new AggregateNotFoundException(kind, id));
    }

    /** Every event the aggregate recorded, oldest first, with who recorded it and when. */
    public List<OutboxEntry> history(String id) {
        Query query = Query.query(Criteria.where("_id").is(id));
        query.fields().include(JOURNAL);
        Document document = mongo.findOne(query, Document.class, collection);
        if (document == null) {
            throw new AggregateNotFoundException(kind, id);
        }
        return document.getList(JOURNAL, Document.class, List.of()).stream().map(OutboxDocuments::fromDocument)
                .toList();
    }

    /** Aggregates matching a query whose criteria name state fields as {@code state.<field>}. */
    public List<Aggregate<S>> find(Query query) {
        Query withoutEvents = Query.of(query);
        withoutEvents.fields().exclude(JOURNAL).exclude(OUTBOX).exclude(Listing.FIELD);
        return mongo.find(withoutEvents, Document.class, collection).stream().map(this::toAggregate).toList();
    }

    /** How many aggregates match; the collection's count when the query has no criteria (no scan). */
    public long count(Query query) {
        if (query.getQueryObject().isEmpty()) {
            return mongo.estimatedCount(collection);
        }
        return mongo.count(Query.of(query).limit(0).skip(0), collection);
    }

    /**
     * Creates the listing's indexes and recomputes the listing of documents that lack it or hold an older version,
     * a batch at a time. Run once when the service starts; harmless to run again.
     *
     * @return how many documents got a new listing
     */
    public long prepareListing(int batchSize) {
        if (listing == null) {
            return 0;
        }
        listing.indexes().forEach(index -> mongo.indexOps(collection).createIndex(index));
        long updated = 0;
        Query stale = Query.query(Criteria.where(Listing.VERSION).ne(listing.version())).limit(batchSize);
        stale.fields().include(STATE).include(VERSION);
        while (true) {
            List<Document> batch = mongo.find(stale, Document.class, collection);
            if (batch.isEmpty()) {
                return updated;
            }
            long before = updated;
            for (Document document : batch) {
                S state = mongo.getConverter().read(stateClass, document.get(STATE, Document.class));
                Query unchanged = Query.query(Criteria.where("_id").is(document.get("_id"))
                        .and(VERSION).is(document.get(VERSION)));
                Update update = new Update().set(Listing.FIELD, listing.fields().apply(state))
                        .set(Listing.VERSION, listing.version());
                // A command that wrote meanwhile wrote a current listing itself.
                updated += mongo.updateFirst(unchanged, update, collection).getModifiedCount();
            }
            if (batch.size() < batchSize || updated == before) {
                return updated;
            }
        }
    }

    /**
     * Creates an aggregate with its first events.
     *
     * @param requestFingerprint what identifies the creating request when it came with an idempotency key, else null
     * @throws AggregateAlreadyExistsException when the id is taken
     */
    public Aggregate<S> create(String id, S state, List<? extends DomainEvent> events, EventContext context,
            String requestFingerprint) {
        requireEvents(events);
        Instant now = clock.instant();
        List<Document> outbox = outboxEntries(id, regionOf.apply(state), 0, events, context, now);
        Document document = new Document("_id", id)
                .append(VERSION, (long) events.size())
                .append(STATE, toDocument(state))
                .append(OUTBOX, outbox)
                .append(JOURNAL, outbox)
                .append(CREATED_AT, Date.from(now))
                .append(UPDATED_AT, Date.from(now));
        if (requestFingerprint != null) {
            document.append(REQUEST_FINGERPRINT, requestFingerprint);
        }
        if (listing != null) {
            document.append(Listing.FIELD, listing.fields().apply(state)).append(Listing.VERSION, listing.version());
        }
        try {
            mongo.insert(document, collection);
        } catch (DuplicateKeyException e) {
            throw new AggregateAlreadyExistsException(kind, id);
        }
        signal.eventsPending(collection, id);
        return new Aggregate<>(id, events.size(), state, now, now, requestFingerprint);
    }

    /**
     * Writes the new state and the command's events in one step, if nobody changed the aggregate since it was read.
     * A command that decided nothing (no events) writes nothing.
     *
     * @throws StaleAggregateVersionException when the stored version is no longer the one read
     */
    public Aggregate<S> update(Aggregate<S> read, S newState, List<? extends DomainEvent> events,
            EventContext context) {
        if (events.isEmpty()) {
            return read;
        }
        Instant now = clock.instant();
        long newVersion = read.version() + events.size();
        List<Document> outbox = outboxEntries(read.id(), regionOf.apply(newState), read.version(), events, context,
                now);
        Query guard = Query.query(Criteria.where("_id").is(read.id()).and(VERSION).is(read.version()));
        Update update = new Update()
                .set(STATE, toDocument(newState))
                .set(VERSION, newVersion)
                .set(UPDATED_AT, Date.from(now))
                .push(OUTBOX).each(outbox.toArray())
                .push(JOURNAL).each(outbox.toArray());
        if (listing != null) {
            update.set(Listing.FIELD, listing.fields().apply(newState)).set(Listing.VERSION, listing.version());
        }
        Document written = mongo.findAndModify(guard, update, FindAndModifyOptions.options().returnNew(true),
                Document.class, collection);
        if (written == null) {
            if (!mongo.exists(Query.query(Criteria.where("_id").is(read.id())), collection)) {
                throw new AggregateNotFoundException(kind, read.id());
            }
            throw new StaleAggregateVersionException(kind, read.id(), read.version());
        }
        signal.eventsPending(collection, read.id());
        return new Aggregate<>(read.id(), newVersion, newState, read.createdAt(), now, read.requestFingerprint());
    }

    private List<Document> outboxEntries(String id, String region, long baseVersion,
            List<? extends DomainEvent> events, EventContext context, Instant now) {
        List<Document> entries = new ArrayList<>(events.size());
        long version = baseVersion;
        for (DomainEvent event : events) {
            EventType<?> type = EventCatalog.typeOf(event);
            version++;
            entries.add(OutboxDocuments.toDocument(new OutboxEntry(RandomUuids.next(), type.name(),
                    type.topic().name(), id, now, type.dataschema(), region, version, context.actor(),
                    context.traceparent(), new String(EventCatalog.encode(event), StandardCharsets.UTF_8))));
        }
        return entries;
    }

    private static void requireEvents(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a new aggregate must come with at least one event");
        }
    }

    private Document toDocument(S state) {
        Document document = new Document();
        mongo.getConverter().write(state, document);
        document.remove("_class");
        return document;
    }

    private Aggregate<S> toAggregate(Document document) {
        S state = mongo.getConverter().read(stateClass, document.get(STATE, Document.class));
        return new Aggregate<>(document.getString("_id"), ((Number) document.get(VERSION)).longValue(), state,
                document.getDate(CREATED_AT).toInstant(), document.getDate(UPDATED_AT).toInstant(),
                document.getString(REQUEST_FINGERPRINT));
    }
}
