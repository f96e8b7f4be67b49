package io.hatchery.fundmatching.loan.store;

import io.hatchery.fundmatching.loan.domain.Loan;
import io.hatchery.persistence.Listing;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Loans in the database: by the firm's region, newest first, or by bank. */
public final class LoanListing {

    static final String REGION = "region";
    static final String BANK = "bankId";
    static final String SORT_KEY = "sortKey";

    public static final Listing<Loan> LISTING = new Listing<>(1, LoanListing::fields, List.of(
            new Index().on(Listing.path(REGION), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.DESC)
                    .named("list_region_sortKey"),
            new Index().on(Listing.path(BANK), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.DESC)
                    .named("list_bank_sortKey")));

    private LoanListing() {
    }

    static Document fields(Loan loan) {
        return new Document(REGION, loan.region()).append(BANK, loan.bankId())
                .append(SORT_KEY, Listing.sortKey(loan.grantedOn().toString(), loan.id()));
    }

    /** Loans to firms of a region subtree, or of one bank, newest first. */
    public static Query page(List<String> regions, String bankId, int page, int size) {
        Criteria criteria = bankId != null ? Criteria.where(Listing.path(BANK)).is(bankId)
                : Criteria.where(Listing.path(REGION)).in(regions);
        if (bankId != null && regions != null) {
            criteria = criteria.and(Listing.path(REGION)).in(regions);
        }
        return Query.query(criteria).with(Sort.by(Sort.Direction.DESC, Listing.path(SORT_KEY)))
                .skip((long) page * size).limit(size);
    }
}
