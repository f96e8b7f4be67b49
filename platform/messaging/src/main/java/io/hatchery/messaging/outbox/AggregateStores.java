package io.hatchery.messaging.outbox;

import io.hatchery.persistence.AggregateStore;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Makes the aggregate stores of a service, each wired to the service's outbox relay, so that a service declares
 * a store in one line and its events get published without further setup.
 */
public class AggregateStores {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final OutboxRelay relay;

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
        AggregateStore<S> store = new AggregateStore<>(mongo, collection, kind, stateClass, regionOf, clock);
        if (relay != null) {
            relay.register(store);
        }
        return store;
    }
}
