package io.hatchery.talent.person.store;

import io.hatchery.persistence.Listing;
import io.hatchery.talent.person.domain.Talent;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The talent register in the database: by region, programme and workplace, in registration order (ADR 9). Nothing
 * personal is listed: the sort key is the registration date and the id, never a name; a person is found by their
 * document's blind index, which is unique.
 */
public final class TalentListing {

    static final String REGION = "region";
    static final String DOCUMENT = "documentIndex";
    static final String PROGRAMMES = "programmes";
    static final String FIRM = "firmId";
    static final String CARRIER = "carrierId";
    static final String MENTOR_OF = "mentorOf";
    static final String SORT_KEY = "sortKey";

    public static final Listing<Talent> LISTING = new Listing<>(2, TalentListing::fields, List.of(
            new Index().on(Listing.path(DOCUMENT), Sort.Direction.ASC).unique().named("list_documentIndex"),
            new Index().on(Listing.path(REGION), Sort.Direction.ASC).on(Listing.path(SORT_KEY), Sort.Direction.ASC)
                    .named("list_region_sortKey"),
            new Index().on(Listing.path(PROGRAMMES), Sort.Direction.ASC).on(Listing.path(SORT_KEY),
                    Sort.Direction.ASC).named("list_programmes_sortKey"),
            new Index().on(Listing.path(MENTOR_OF), Sort.Direction.ASC).on(Listing.path(SORT_KEY),
                    Sort.Direction.ASC).named("list_mentorOf_sortKey")));

    private TalentListing() {
    }

    static Document fields(Talent talent) {
        Document fields = new Document(REGION, talent.region()).append(DOCUMENT, talent.documentIndex())
                .append(PROGRAMMES, talent.recognitions().stream().filter(r -> r.until() == null)
                        .map(Talent.Recognition::programme).toList())
                .append(MENTOR_OF, talent.engagements().stream().filter(e -> e.until() == null)
                        .map(Talent.Engagement::carrierId).toList())
                .append(SORT_KEY, sortKey(talent));
        if (talent.affiliation() != null) {
            fields.append(FIRM, talent.affiliation().firmId()).append(CARRIER, talent.affiliation().carrierId());
        }
        return fields;
    }

    /** The person holding the identity document with this blind index. */
    public static Query byDocument(String documentIndex) {
        return Query.query(Criteria.where(Listing.path(DOCUMENT)).is(documentIndex));
    }

    /**
     * The next people of the regions in registration order after the one with {@code afterSortKey} (from the
     * first if null): an export walks the register this way, each step an index range, however far it has got.
     */
    public static Query after(List<String> regions, String programme, String afterSortKey, int size) {
        Criteria criteria = Criteria.where(Listing.path(REGION)).in(regions);
        if (programme != null) {
            criteria = criteria.and(Listing.path(PROGRAMMES)).is(programme);
        }
        if (afterSortKey != null) {
            criteria = criteria.and(Listing.path(SORT_KEY)).gt(afterSortKey);
        }
        return Query.query(criteria).with(Sort.by(Listing.path(SORT_KEY))).limit(size);
    }

    /** Where a person stands in registration order. */
    public static String sortKey(Talent talent) {
        return Listing.sortKey(talent.registeredOn().toString(), talent.id());
    }

    /** People of the regions, recognised by a programme now if given, a page in registration order. */
    public static Query page(List<String> regions, String programme, int page, int size) {
        Criteria criteria = Criteria.where(Listing.path(REGION)).in(regions);
        if (programme != null) {
            criteria = criteria.and(Listing.path(PROGRAMMES)).is(programme);
        }
        return Query.query(criteria).with(Sort.by(Listing.path(SORT_KEY))).skip((long) page * size).limit(size);
    }

    /** The mentors a carrier engages now, a page in registration order. */
    public static Query mentorsOf(String carrierId, int page, int size) {
        return Query.query(Criteria.where(Listing.path(MENTOR_OF)).is(carrierId))
                .with(Sort.by(Listing.path(SORT_KEY))).skip((long) page * size).limit(size);
    }
}
