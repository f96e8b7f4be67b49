package io.hatchery.fundmatching.fund.store;

import io.hatchery.fundmatching.fund.domain.FundPosition;
import io.hatchery.persistence.Listing;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * What funds have invested, summed by the database from their investments (on the index by fund): totals, the
 * local part and the count per industry. Strongly consistent with the investments: they live in the same database.
 */
@Component
public class FundPositions {

    static final String INVESTMENTS = "investments";

    private final MongoTemplate mongo;

    public FundPositions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public FundPosition of(String fundId) {
        return of(List.of(fundId)).getOrDefault(fundId, FundPosition.NOTHING);
    }

    /** The positions of these funds; a fund without investments is absent (its position is nothing). */
    public Map<String, FundPosition> of(Collection<String> fundIds) {
        Aggregation sums = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(Listing.path(InvestmentListing.FUND)).in(fundIds)),
                Aggregation.group(Fields.from(
                                Fields.field(InvestmentListing.FUND, Listing.path(InvestmentListing.FUND)),
                                Fields.field(InvestmentListing.LOCAL, Listing.path(InvestmentListing.LOCAL)),
                                Fields.field(InvestmentListing.INDUSTRY, Listing.path(InvestmentListing.INDUSTRY))))
                        .sum(Listing.path(InvestmentListing.AMOUNT)).as("fen")
                        .count().as("count"));
        Map<String, long[]> totals = new HashMap<>();
        Map<String, Map<String, Integer>> byIndustry = new HashMap<>();
        for (Document row : mongo.aggregate(sums, INVESTMENTS, Document.class).getMappedResults()) {
            Document key = row.get("_id", Document.class);
            String fund = key.getString(InvestmentListing.FUND);
            long fen = ((Number) row.get("fen")).longValue();
            int count = ((Number) row.get("count")).intValue();
            long[] total = totals.computeIfAbsent(fund, ignored -> new long[3]);
            total[0] += fen;
            total[2] += count;
            if (Boolean.TRUE.equals(key.getBoolean(InvestmentListing.LOCAL))) {
                total[1] += fen;
            }
            String industry = key.getString(InvestmentListing.INDUSTRY);
            if (industry != null) {
                byIndustry.computeIfAbsent(fund, ignored -> new HashMap<>()).merge(industry, count, Integer::sum);
            }
        }
        Map<String, FundPosition> positions = new HashMap<>();
        totals.forEach((fund, total) -> positions.put(fund, new FundPosition(BigDecimal.valueOf(total[0], 2),
                BigDecimal.valueOf(total[1], 2), (int) total[2], byIndustry.getOrDefault(fund, Map.of()))));
        return positions;
    }
}
