package io.hatchery.messaging.outbox;

import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.Listing;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Makes the aggregate stores of a service, each wired to the service's outbox relay, so that a service declares
 * a store in one line and its events get published without further setup. Once the service runs, it prepares the
 * stores' listings (indexes, and listings of documents written before them) in the background, retrying while
 * Mongo is away.
 */
public class AggregateStores implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AggregateStores.class);
    private static final int LISTING_BATCH = 500;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final OutboxRelay relay;
    private final List<AggregateStore<?>> listed = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private Thread preparer;

    public AggregateStores(MongoTemplate mongo, Clock clock, OutboxRelay relay) {
        this.mongo = mongo;
        this.clock = clock;
        this.relay = relay;
    }

    /**
     * @param collection Mongo collection of the aggregate kind
     * @param kind       the aggregate's name in messages, e.g. {@code carrier}
     * @param regionOf   statistical region of a state, published with each event
     */
    public <S> AggregateStore<S> create(String collection, String kind, Class<S> stateClass,
            Function<S, String> regionOf) {
        return create(collection, kind, stateClass, regionOf, null);
    }

    /** A store whose lists query a {@link Listing} of the state. */
    public <S> AggregateStore<S> create(String collection, String kind, Class<S> stateClass,
            Function<S, String> regionOf, Listing<S> listing) {
        AggregateStore<S> store = new AggregateStore<>(mongo, collection, kind, stateClass, regionOf, listing,
                clock);
        if (relay != null) {
            relay.register(store);
        }
        if (listing != null) {
            listed.add(store);
        }
        return store;
    }

    @Override
    public void start() {
        running = true;
        if (listed.isEmpty()) {
            return;
        }
        preparer = new Thread(this::prepareListings, "listing-preparation");
        preparer.setDaemon(true);
        preparer.start();
    }

    @Override
    public void stop() {
        running = false;
        if (preparer != null) {
            preparer.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void prepareListings() {
        for (AggregateStore<?> store : listed) {
            Duration pause = Duration.ofSeconds(1);
            while (running) {
                try {
                    long updated = store.prepareListing(LISTING_BATCH);
                    if (updated > 0) {
                        log.info("Listed {} {} documents written before their listing", updated, store.kind());
                    }
                    break;
                } catch (RuntimeException e) {
                    log.warn("Listing of {} not prepared yet ({}); retrying in {} s", store.collection(),
                            e.getMessage(), pause.toSeconds());
                    try {
                        Thread.sleep(pause.toMillis());
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                    pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                            : pause.multipliedBy(2);
                }
            }
        }
    }
}
