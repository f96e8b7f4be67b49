package io.hatchery.fundmatching.fund.store;

import io.hatchery.fundmatching.fund.domain.Fund;
import io.hatchery.persistence.Listing;
import java.math.BigDecimal;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Funds in the database (ADR 9, 11): listed by region, then name and id; a ranking's candidates are the open funds
 * whose stages and ticket range admit the request, found on {@code (open, stages, ticketMinFen)}. Amounts are kept
 * in fen (integers), which every MongoDB compares and sums exactly.
 */
public final class FundListing {

    static final String REGION = "region";
    static final String KIND = "kind";
    static final String OPEN = "open";
    static final String MANAGER = "managerId";
    static final String CARRIER = "carrierId";
    static final String STAGES = "stages";
    static final String TICKET_MIN = "ticketMinFen";
    static final String TICKET_MAX = "ticketMaxFen";
    static final String SORT_KEY = "sortKey";
    /** Stands for "any stage" in the stages of a fund that names none, so that one equality finds it. */
    static final String ANY_STAGE = "ANY";

    public static final Listing<Fund> LISTING = new Listing<>(1, FundListing::fields, List.of(
            new Index().on(Listing.path(REGION), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.ASC)
                    .named("list_region_sortKey"),
            new Index().on(Listing.path(MANAGER), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.ASC)
                    .named("list_manager_sortKey"),
            new Index().on(Listing.path(OPEN), Sort.Direction.ASC).on(Listing.path(STAGES), Sort.Direction.ASC)
                    .on(Listing.path(TICKET_MIN), Sort.Direction.ASC).named("list_open_stages_ticketMin")));

    private FundListing() {
    }

    static Document fields(Fund fund) {
        return new Document(REGION, fund.region())
                .append(KIND, fund.kind().name())
                .append(OPEN, fund.isOpen())
                .append(MANAGER, fund.managerId())
                .append(CARRIER, fund.carrierId())
                .append(STAGES, fund.stages().isEmpty() ? List.of(ANY_STAGE)
                        : fund.stages().stream().map(Enum::name).toList())
                .append(TICKET_MIN, fen(fund.ticketMinRmb(), 0L))
                .append(TICKET_MAX, fen(fund.ticketMaxRmb(), Long.MAX_VALUE))
                .append(SORT_KEY, Listing.sortKey(fund.name(), fund.id()));
    }

    /** An amount in fen; {@code absent} stands for no amount. */
    public static long fen(BigDecimal rmb, long absent) {
        return rmb == null ? absent : rmb.movePointRight(2).longValueExact();
    }

    /**
     * Funds of a region subtree, or managed by an investor, of a kind and status if given, a page in name order.
     *
     * @param regions the subtree's codes, or null for a manager's funds wherever they are
     * @param manager the managing investor, or null
     */
    public static Query page(List<String> regions, String manager, String kind, Boolean open, int page, int size) {
        Criteria criteria = manager != null ? Criteria.where(Listing.path(MANAGER)).is(manager)
                : Criteria.where(Listing.path(REGION)).in(regions);
        if (manager != null && regions != null) {
            criteria = criteria.and(Listing.path(REGION)).in(regions);
        }
        if (kind != null) {
            criteria = criteria.and(Listing.path(KIND)).is(kind);
        }
        if (open != null) {
            criteria = criteria.and(Listing.path(OPEN)).is(open);
        }
        return Query.query(criteria).with(Sort.by(Listing.path(SORT_KEY))).skip((long) page * size).limit(size);
    }

    /** Open funds whose stages include the stage (or that name none) and whose ticket range admits the amount. */
    public static Query candidates(String stage, BigDecimal amountRmb, int limit) {
        long amount = fen(amountRmb, 0L);
        return Query.query(Criteria.where(Listing.path(OPEN)).is(true)
                        .and(Listing.path(STAGES)).in(stage, ANY_STAGE)
                        .and(Listing.path(TICKET_MIN)).lte(amount)
                        .and(Listing.path(TICKET_MAX)).gte(amount))
                .limit(limit);
    }
}
