package io.hatchery.fundmatching.fund.store;

import io.hatchery.fundmatching.fund.domain.Investment;
import io.hatchery.persistence.Listing;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Investments in the database: by fund (for its position), by firm, and by the firm's region for lists. */
public final class InvestmentListing {

    static final String FUND = "fundId";
    static final String FIRM = "firmId";
    static final String REGION = "region";
    static final String LOCAL = "local";
    static final String INDUSTRY = "industry";
    static final String AMOUNT = "amountFen";
    static final String SORT_KEY = "sortKey";

    public static final Listing<Investment> LISTING = new Listing<>(1, InvestmentListing::fields, List.of(
            new Index().on(Listing.path(FUND), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.DESC)
                    .named("list_fund_sortKey"),
            new Index().on(Listing.path(FIRM), Sort.Direction.ASC).named("list_firm"),
            new Index().on(Listing.path(REGION), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.DESC)
                    .named("list_region_sortKey")));

    private InvestmentListing() {
    }

    static Document fields(Investment investment) {
        return new Document(FUND, investment.fundId())
                .append(FIRM, investment.firmId())
                .append(REGION, investment.firmRegion())
                .append(LOCAL, investment.inFundRegion())
                .append(INDUSTRY, investment.firmIndustry())
                .append(AMOUNT, FundListing.fen(investment.amountRmb(), 0L))
                .append(SORT_KEY, Listing.sortKey(investment.investedOn().toString(), investment.id()));
    }

    /** A fund's investments, or those into firms of a region subtree, newest first. */
    public static Query page(String fundId, List<String> regions, String firmId, int page, int size) {
        Criteria criteria = fundId != null ? Criteria.where(Listing.path(FUND)).is(fundId)
                : Criteria.where(Listing.path(REGION)).in(regions);
        if (fundId != null && regions != null) {
            criteria = criteria.and(Listing.path(REGION)).in(regions);
        }
        if (firmId != null) {
            criteria = criteria.and(Listing.path(FIRM)).is(firmId);
        }
        return Query.query(criteria).with(Sort.by(Sort.Direction.DESC, Listing.path(SORT_KEY)))
                .skip((long) page * size).limit(size);
    }
}
