package io.hatchery.talent.activity.store;

import io.hatchery.persistence.Listing;
import io.hatchery.talent.activity.domain.Activity;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Activities in the database: by region or carrier, newest first (ADR 9). */
public final class ActivityListing {

    static final String REGION = "region";
    static final String CARRIER = "carrierId";
    static final String SORT_KEY = "sortKey";

    public static final Listing<Activity> LISTING = new Listing<>(1, ActivityListing::fields, List.of(
            new Index().on(Listing.path(REGION), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.DESC)
                    .named("list_region_sortKey"),
            new Index().on(Listing.path(CARRIER), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.DESC)
                    .named("list_carrier_sortKey")));

    private ActivityListing() {
    }

    static Document fields(Activity activity) {
        return new Document(REGION, activity.region()).append(CARRIER, activity.carrierId())
                .append(SORT_KEY, Listing.sortKey(activity.heldOn().toString(), activity.id()));
    }

    /** Activities of the regions (or of one carrier), newest first. */
    public static Query page(List<String> regions, String carrierId, int page, int size) {
        Criteria criteria = carrierId != null ? Criteria.where(Listing.path(CARRIER)).is(carrierId)
                : Criteria.where(Listing.path(REGION)).in(regions);
        return Query.query(criteria).with(Sort.by(Sort.Direction.DESC, Listing.path(SORT_KEY)))
                .skip((long) page * size).limit(size);
    }
}
