package io.hatchery.registry.firm.store;

import io.hatchery.persistence.Listing;
import io.hatchery.registry.firm.domain.Firm;
import io.hatchery.registry.firm.domain.FirmQuery;
import io.hatchery.registry.firm.domain.Incubation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The firm list in the database: what a firm is listed by, the indexes, and the query of a {@link FirmQuery}.
 * Firms are listed by name, then id; a page is cut by the database.
 *
 * <p>Indexes follow equality, sort, range: an officer's list is an {@code $in} on the regions the firm is counted
 * in, merged in name order from {@code (regions, sortKey)}; an operator's list is its carrier's firms in
 * {@code (carrier, sortKey)}; a province-wide list walks {@code sortKey}. Status, overdue and eligibility narrow
 * what those scans return.
 */
public final class FirmListing {

    static final String REGIONS = "regions";
    static final String CARRIER = "carrier";
    static final String STATUS = "status";
    static final String DEADLINE = "deadline";
    static final String ELIGIBLE = "eligible";
    static final String SORT_KEY = "sortKey";

    public static final Listing<Firm> LISTING = new Listing<>(1, FirmListing::fields, List.of(
            new Index().on(Listing.path(REGIONS), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.ASC)
                    .named("list_regions_sortKey"),
            new Index().on(Listing.path(CARRIER), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.ASC)
                    .named("list_carrier_sortKey"),
            new Index().on(Listing.path(SORT_KEY), Sort.Direction.ASC).named("list_sortKey")));

    private FirmListing() {
    }

    static Document fields(Firm firm) {
        Set<String> regions = new LinkedHashSet<>();
        regions.add(firm.region());
        firm.incubations().forEach(incubation -> regions.add(incubation.carrierRegion()));
        Incubation current = firm.current();
        return new Document(REGIONS, new ArrayList<>(regions))
                .append(CARRIER, current == null ? null : current.carrierId())
                .append(STATUS, firm.status().name())
                .append(DEADLINE, current == null ? null : current.deadline().toString())
                .append(ELIGIBLE, firm.eligibleForGraduation())
                .append(SORT_KEY, Listing.sortKey(firm.name(), firm.id()));
    }

    /**
     * The query of one page of firms.
     *
     * @param regions  the region codes of the subtree asked for, or null for every region
     * @param carrier  only firms now in this carrier, or null
     * @param firmId   only this firm, or null
     * @param today    the date "overdue" is judged on
     */
    public static Query page(List<String> regions, String carrier, String firmId, FirmQuery query, LocalDate today) {
        List<Criteria> all = new ArrayList<>();
        if (regions != null) {
            all.add(Criteria.where(Listing.path(REGIONS)).in(regions));
        }
        if (carrier != null) {
            all.add(Criteria.where(Listing.path(CARRIER)).is(carrier));
        }
        if (firmId != null) {
            all.add(Criteria.where("_id").is(firmId));
        }
        if (query.status() != null) {
            all.add(Criteria.where(Listing.path(STATUS)).is(query.status().name()));
        }
        if (query.eligibleForGraduation() != null) {
            all.add(Criteria.where(Listing.path(ELIGIBLE)).is(query.eligibleForGraduation()));
        }
        if (query.overdue() != null) {
            String deadline = Listing.path(DEADLINE);
            // Overdue: the open stay's last day is before today (no open stay: not overdue).
            all.add(query.overdue() ? Criteria.where(deadline).lt(today.toString())
                    : new Criteria().orOperator(Criteria.where(deadline).is(null),
                            Criteria.where(deadline).gte(today.toString())));
        }
        Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new));
        return Query.query(criteria).with(Sort.by(Listing.path(SORT_KEY)))
                .skip((long) query.page() * query.size()).limit(query.size());
    }
}
