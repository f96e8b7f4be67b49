package io.hatchery.registry.carrier.store;

import io.hatchery.persistence.Listing;
import io.hatchery.registry.carrier.domain.Carrier;
import io.hatchery.registry.carrier.domain.CarrierQuery;
import io.hatchery.registry.carrier.domain.LevelChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The carrier list in the database: what a carrier is listed by, the indexes, and the query of a
 * {@link CarrierQuery}. Carriers are listed by region, then name, then id.
 *
 * <p>The certification history becomes periods {@code {level, rank, from, until}} (until exclusive, dates as ISO
 * strings), so "the level in force on a date" is one {@code $elemMatch}. Indexes: a region subtree is an
 * {@code $in} merged in list order from {@code (region, sortKey)}; a province-wide list walks {@code sortKey}.
 */
public final class CarrierListing {

    static final String REGION = "region";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String DESIGNATIONS = "designations";
    static final String NAME = "name";
    static final String LEVELS = "levels";
    static final String SORT_KEY = "sortKey";
    private static final String OPEN_END = "9999-12-31";

    public static final Listing<Carrier> LISTING = new Listing<>(1, CarrierListing::fields, List.of(
            new Index().on(Listing.path(REGION), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.ASC)
                    .named("list_region_sortKey"),
            new Index().on(Listing.path(SORT_KEY), Sort.Direction.ASC).named("list_sortKey")));

    private CarrierListing() {
    }

    static Document fields(Carrier carrier) {
        return new Document(REGION, carrier.region())
                .append(KIND, carrier.kind().name())
                .append(STATUS, carrier.status().name())
                .append(DESIGNATIONS, carrier.designations().stream()
                        .map(grant -> grant.designation().name()).toList())
                .append(NAME, carrier.profile().name())
                .append(LEVELS, levelPeriods(carrier.levelHistory()))
                .append(SORT_KEY, Listing.sortKey(carrier.region(), carrier.profile().name(), carrier.id()));
    }

    /** The periods in which a level was in force; a later entry of the same day supersedes an earlier one. */
    private static List<Document> levelPeriods(List<LevelChange> history) {
        List<Document> periods = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            LevelChange change = history.get(i);
            String from = change.effectiveDate().toString();
            String until = i + 1 < history.size() ? history.get(i + 1).effectiveDate().toString() : OPEN_END;
            if (change.level() != null && from.compareTo(until) < 0) {
                periods.add(new Document("level", change.level().name()).append("rank", change.level().rank())
                        .append("from", from).append("until", until));
            }
        }
        return periods;
    }

    /**
     * The query of one page of carriers.
     *
     * @param regions the region codes of the subtree asked for, or null for every region
     * @param at      the date the level filters refer to
     */
    public static Query page(List<String> regions, CarrierQuery query, LocalDate at) {
        List<Criteria> all = new ArrayList<>();
        if (regions != null) {
            all.add(Criteria.where(Listing.path(REGION)).in(regions));
        }
        if (query.kind() != null) {
            all.add(Criteria.where(Listing.path(KIND)).is(query.kind().name()));
        }
        if (query.status() != null) {
            all.add(Criteria.where(Listing.path(STATUS)).is(query.status().name()));
        }
        if (query.designation() != null) {
            all.add(Criteria.where(Listing.path(DESIGNATIONS)).is(query.designation().name()));
        }
        if (query.name() != null) {
            all.add(Criteria.where(Listing.path(NAME)).regex(Pattern.quote(query.name())));
        }
        if (query.level() != null || query.levelAtLeast() != null) {
            Criteria inForce = Criteria.where("from").lte(at.toString()).and("until").gt(at.toString());
            if (query.level() != null) {
                inForce = inForce.and("level").is(query.level().name());
            }
            if (query.levelAtLeast() != null) {
                inForce = inForce.and("rank").gte(query.levelAtLeast().rank());
            }
            all.add(Criteria.where(Listing.path(LEVELS)).elemMatch(inForce));
        }
        Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new));
        return Query.query(criteria).with(Sort.by(Listing.path(SORT_KEY)))
                .skip((long) query.page() * query.size()).limit(query.size());
    }

    /** Carriers of a region subtree with exactly this name (spreadsheet rows name carriers so). */
    public static Query named(List<String> regions, String name) {
        return Query.query(Criteria.where(Listing.path(REGION)).in(regions).and(Listing.path(NAME)).is(name));
    }
}
