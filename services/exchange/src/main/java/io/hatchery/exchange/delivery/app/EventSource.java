package io.hatchery.exchange.delivery.app;

import io.hatchery.contracts.EventEnvelope;
import java.util.List;
import io.hatchery.exchange.partner.domain.Partner;
import io.hatchery.exchange.subscription.app.CloudEventsSql;
import io.hatchery.exchange.subscription.app.OutboundEvent;
import io.hatchery.exchange.subscription.domain.Subscription;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Reads the platform's topics for one subscription, from a position, in partition order. */
public interface EventSource extends AutoCloseable {

    /**
     * One record of an event type of the catalogue: its CloudEvents attributes, read from the headers (enough to
     * select it), and the event itself, decoded only when asked for (most records go to no subscription).
     */
    record Read(Map<String, String> attributes, Supplier<EventEnvelope<?>> event, String topic, int partition,
            long offset) {

        public String type() {
            return attributes.get("type");
        }

        public String region() {
            return attributes.get("region");
        }

        /**
         * The event as this subscription's partner receives it, when the subscription selects it: confined,
         * filtered on the attributes, then decoded and redacted (empty when the record breaks its contract).
         */
        public Optional<DeliveredEvent> deliverableTo(Subscription subscription, Partner partner,
                Set<String> jurisdiction, CloudEventsSql sql) {
            OutboundEvent outbound = new OutboundEvent(attributes);
            if (!subscription.selects(partner, type(), region(), jurisdiction::contains, outbound.attributes(),
                    sql.against(outbound))) {
                return Optional.empty();
            }
            return Optional.ofNullable(event.get())
                    .map(decoded -> DeliveredEvent.of(decoded, partner.entitlements().dataClasses()));
        }
    }

    /** The next events (possibly none), in each partition's order. */
    List<Read> poll(long timeoutMs);

    /** Where the reader stands now: the next offset of every assigned partition. */
    Position position();

    /** Events not yet read, up to the topics' ends. */
    long lag();

    /** Events after a position, up to the topics' ends. */
    long lag(Position from);

    @Override
    void close();
}
