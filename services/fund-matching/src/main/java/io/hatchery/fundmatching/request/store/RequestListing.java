package io.hatchery.fundmatching.request.store;

import io.hatchery.fundmatching.request.domain.FinancingRequest;
import io.hatchery.fundmatching.request.domain.ProposedMatch;
import io.hatchery.persistence.Listing;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Financing requests in the database (ADR 9, 11): by status and region for lists and deal flows, by carrier for
 * operators, by firm and by matched fund for linking an investment to the request it funds.
 */
public final class RequestListing {

    static final String STATUS = "status";
    static final String REGION = "region";
    static final String CARRIER = "carrierId";
    static final String FIRM = "firmId";
    static final String FUNDS = "funds";
    static final String SORT_KEY = "sortKey";

    public static final Listing<FinancingRequest> LISTING = new Listing<>(1, RequestListing::fields, List.of(
            new Index().on(Listing.path(STATUS), Sort.Direction.ASC).on(Listing.path(REGION), Sort.Direction.ASC)
                    .on(Listing.path(SORT_KEY), Sort.Direction.DESC).named("list_status_region_sortKey"),
            new Index().on(Listing.path(REGION), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.DESC)
                    .named("list_region_sortKey"),
            new Index().on(Listing.path(CARRIER), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.DESC)
                    .named("list_carrier_sortKey"),
            new Index().on(Listing.path(FIRM), Sort.Direction.ASC).named("list_firm")));

    private RequestListing() {
    }

    static Document fields(FinancingRequest request) {
        return new Document(STATUS, request.status().name()).append(REGION, request.region())
                .append(CARRIER, request.carrierId()).append(FIRM, request.firmId())
                .append(FUNDS, request.matches().stream().map(ProposedMatch::fundId).toList())
                .append(SORT_KEY, Listing.sortKey(request.requestedOn().toString(), request.id()));
    }

    /** Requests of a region subtree, of one carrier if given, in a status if given, newest first. */
    public static Query page(List<String> regions, String carrierId, String status, int page, int size) {
        Criteria criteria = carrierId != null ? Criteria.where(Listing.path(CARRIER)).is(carrierId)
                .and(Listing.path(REGION)).in(regions) : Criteria.where(Listing.path(REGION)).in(regions);
        if (status != null) {
            criteria = criteria.and(Listing.path(STATUS)).is(status);
        }
        return Query.query(criteria).with(Sort.by(Sort.Direction.DESC, Listing.path(SORT_KEY)))
                .skip((long) page * size).limit(size);
    }

    /**
     * Open and matched requests of a region subtree, newest first: a fund's deal flow before its own conditions.
     * Where a region holds more than {@code limit}, the newest are ranked, not whichever the database met first.
     */
    public static Query undecided(List<String> regions, int limit) {
        return Query.query(Criteria.where(Listing.path(STATUS)).in("OPEN", "MATCHED")
                .and(Listing.path(REGION)).in(regions)).with(Sort.by(Sort.Direction.DESC, Listing.path(SORT_KEY)))
                .limit(limit);
    }

    /** The firm's open or matched requests that proposed this fund or bank. */
    public static Query awaiting(String firmId, String fundId) {
        return Query.query(Criteria.where(Listing.path(FIRM)).is(firmId).and(Listing.path(STATUS)).is("MATCHED")
                .and(Listing.path(FUNDS)).is(fundId));
    }
}
