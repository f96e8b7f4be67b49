package io.hatchery.exchange.partner.store;

import io.hatchery.exchange.partner.domain.Partner;
import io.hatchery.persistence.Listing;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The partner list in the database: by jurisdiction, then name and id (ADR 9). */
public final class PartnerListing {

    static final String JURISDICTION = "jurisdiction";
    static final String SORT_KEY = "sortKey";

    public static final Listing<Partner> LISTING = new Listing<>(1, PartnerListing::fields, List.of(
            new Index().on(Listing.path(JURISDICTION), Sort.Direction.ASC)
                    .on(Listing.path(SORT_KEY), Sort.Direction.ASC).named("list_jurisdiction_sortKey")));

    private PartnerListing() {
    }

    static Document fields(Partner partner) {
        return new Document(JURISDICTION, partner.jurisdiction())
                .append(SORT_KEY, Listing.sortKey(partner.name(), partner.id()));
    }

    /** Partners whose jurisdiction is one of these regions, a page in name order. */
    public static Query query(List<String> jurisdictions, int page, int size) {
        return Query.query(Criteria.where(Listing.path(JURISDICTION)).in(jurisdictions))
                .with(Sort.by(Listing.path(SORT_KEY))).skip((long) page * size).limit(size);
    }
}
