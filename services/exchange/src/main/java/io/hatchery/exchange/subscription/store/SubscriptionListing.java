package io.hatchery.exchange.subscription.store;

import io.hatchery.exchange.subscription.domain.Subscription;
import io.hatchery.exchange.subscription.domain.SubscriptionStatus;
import io.hatchery.persistence.Listing;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Subscriptions in the database: by partner, or by the partners' jurisdictions, in id order (ADR 9). */
public final class SubscriptionListing {

    static final String PARTNER = "partner";
    static final String JURISDICTION = "jurisdiction";
    static final String SORT_KEY = "sortKey";
    static final String DELETED = "deleted";

    public static final Listing<Subscription> LISTING = new Listing<>(1, SubscriptionListing::fields, List.of(
            new Index().on(Listing.path(PARTNER), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.ASC)
                    .named("list_partner_sortKey"),
            new Index().on(Listing.path(JURISDICTION), Sort.Direction.ASC)
                    .on(Listing.path(SORT_KEY), Sort.Direction.ASC).named("list_jurisdiction_sortKey")));

    private SubscriptionListing() {
    }

    static Document fields(Subscription subscription) {
        return new Document(PARTNER, subscription.partnerId()).append(JURISDICTION, subscription.jurisdiction())
                .append(SORT_KEY, subscription.id())
                .append(DELETED, subscription.status() == SubscriptionStatus.DELETED);
    }

    public static Query ofPartner(String partnerId, int page, int size) {
        return Query.query(Criteria.where(Listing.path(PARTNER)).is(partnerId)
                .and(Listing.path(DELETED)).is(false))
                .with(Sort.by(Listing.path(SORT_KEY))).skip((long) page * size).limit(size);
    }

    public static Query inJurisdictions(List<String> jurisdictions, int page, int size) {
        return Query.query(Criteria.where(Listing.path(JURISDICTION)).in(jurisdictions)
                .and(Listing.path(DELETED)).is(false))
                .with(Sort.by(Listing.path(SORT_KEY))).skip((long) page * size).limit(size);
    }
}
