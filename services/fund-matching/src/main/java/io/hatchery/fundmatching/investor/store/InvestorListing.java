package io.hatchery.fundmatching.investor.store;

import io.hatchery.fundmatching.investor.domain.Investor;
import io.hatchery.persistence.Listing;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The investor list in the database: by region, then name and id (ADR 9). */
public final class InvestorListing {

    static final String REGION = "region";
    static final String KIND = "kind";
    static final String SORT_KEY = "sortKey";

    public static final Listing<Investor> LISTING = new Listing<>(1, InvestorListing::fields, List.of(
            new Index().on(Listing.path(REGION), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.ASC)
                    .named("list_region_sortKey")));

    private InvestorListing() {
    }

    static Document fields(Investor investor) {
        return new Document(REGION, investor.region()).append(KIND, investor.kind().name())
                .append(SORT_KEY, Listing.sortKey(investor.name(), investor.id()));
    }

    /**
     * Investors registered in any of the regions, of a kind if given, a page in name order.
     *
     * @param regions the subtree's codes
     */
    public static Query query(List<String> regions, String kind, int page, int size) {
        Criteria criteria = Criteria.where(Listing.path(REGION)).in(regions);
        if (kind != null) {
            criteria = criteria.and(Listing.path(KIND)).is(kind);
        }
        return Query.query(criteria).with(Sort.by(Listing.path(SORT_KEY))).skip((long) page * size).limit(size);
    }
}
