package io.hatchery.exchange.subscription.domain;

import io.hatchery.exchange.partner.domain.Partner;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A partner's subscription, shaped after the CloudEvents Subscriptions API: the event types it wants (none: every
 * type its partner is entitled to), filters that must all pass, and a sink to deliver to (none: the partner pulls).
 *
 * @param jurisdiction its partner's jurisdiction, for lists by region
 * @param secret       the key its webhook deliveries are signed with, sealed (shown in the clear once, when the
 *                     subscription is created)
 * @param startFrom events published from this instant on are delivered; a rewind moves it back
 * @param rewinds   how often it was rewound, so that a running delivery notices and starts over from there
 */
public record Subscription(
        String id,
        String partnerId,
        String jurisdiction,
        Set<String> types,
        List<Filter> filters,
        String sink,
        Delivery delivery,
        SubscriptionStatus status,
        Validation validation,
        String secret,
        Instant startFrom,
        int rewinds) {

    public Subscription {
        types = types == null ? Set.of() : Set.copyOf(types);
        filters = filters == null ? List.of() : List.copyOf(filters);
        delivery = delivery == null ? Delivery.DEFAULT : delivery;
    }

    public boolean isPull() {
        return sink == null;
    }

    /**
     * Whether an event goes to this subscription. Confinement comes first and no filter can widen it: the partner
     * must be entitled to the type, and the event's region must lie in its jurisdiction (an event without a region
     * never does). Then the subscription's own types and filters.
     *
     * @param inJurisdiction whether a region code lies in the partner's jurisdiction
     * @param attributes     the event's context attributes and extensions, by lower-case name
     */
    public boolean selects(Partner partner, String type, String region, Predicate<String> inJurisdiction,
            Function<String, String> attributes, Filter.SqlExpressions sql) {
        if (!partner.id().equals(partnerId) || !partner.entitlements().mayReceive(type)) {
            return false;
        }
        if (region == null || !inJurisdiction.test(region)) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(type)) {
            return false;
        }
        return filters.stream().allMatch(filter -> filter.matches(attributes, sql));
    }

    public Subscription withStatus(SubscriptionStatus changed) {
        return new Subscription(id, partnerId, jurisdiction, types, filters, sink, delivery, changed, validation,
                secret, startFrom, rewinds);
    }

    public Subscription withValidation(Validation changed) {
        return new Subscription(id, partnerId, jurisdiction, types, filters, sink, delivery, status, changed,
                secret, startFrom, rewinds);
    }

    public Subscription rewoundTo(Instant time) {
        return new Subscription(id, partnerId, jurisdiction, types, filters, sink, delivery, status, validation,
                secret, time, rewinds + 1);
    }
}
