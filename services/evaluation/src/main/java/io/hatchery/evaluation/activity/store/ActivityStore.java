package io.hatchery.evaluation.activity.store;

import io.hatchery.messaging.consumer.VersionedUpdates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * This service's own read model of the registry and funding events: carriers (kind, region, areas, level) and
 * firms' stays in carriers and investments. Every write is idempotent by aggregate version. The platform-computed
 * evaluation indicators of a carrier and year are answered from it.
 */
@Component
public class ActivityStore {

    static final String CARRIERS = "activity_carriers";
    static final String FIRMS = "activity_firms";

    private final MongoTemplate mongo;
    private final VersionedUpdates carrierUpdates;
    private final VersionedUpdates firmUpdates;

    public ActivityStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.carrierUpdates = new VersionedUpdates(mongo, CARRIERS);
        this.firmUpdates = new VersionedUpdates(mongo, FIRMS);
    }

    /** What the evaluation knows of a carrier. */
    public record CarrierActivity(String id, String kind, String region, LocalDate establishedOn,
            BigDecimal totalArea, BigDecimal incubationArea, String level, boolean delisted) {
    }

    public boolean updateCarrier(String carrierId, long version, Update update) {
        return carrierUpdates.applyIfNewer(carrierId, carrierId, version, update);
    }

    /** Applies a change to a firm's stays: read, change, write guarded by the firm's version. */
    public boolean updateStays(String firmId, long version, UnaryOperator<List<Document>> change) {
        if (firmUpdates.appliedVersion(firmId, firmId) >= version) {
            return false;
        }
        Document firm = mongo.findById(firmId, Document.class, FIRMS);
        List<Document> stays = firm == null ? new ArrayList<>()
                : new ArrayList<>(firm.getList("stays", Document.class, List.of()));
        return firmUpdates.applyIfNewer(firmId, firmId, version, new Update().set("stays", change.apply(stays)));
    }

    public boolean addInvestment(String firmId, String investmentId, long version, LocalDate date,
            BigDecimal amount) {
        return firmUpdates.applyIfNewer(firmId, investmentId, version, new Update().push("investments",
                new Document("id", investmentId).append("date", date.toString()).append("amount", amount)));
    }

    public Optional<CarrierActivity> carrier(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, CARRIERS)).map(ActivityStore::carrier);
    }

    /** Carriers whose region is one of the given codes. */
    public List<CarrierActivity> carriersIn(List<String> regions) {
        return mongo.find(Query.query(Criteria.where("region").in(regions)), Document.class, CARRIERS).stream()
                .map(ActivityStore::carrier).toList();
    }

    /**
     * The platform's own figures of a carrier for a year: firms incubated at the year's end, admitted, graduated
     * (in the year and ever), financed in the year and how much; its areas and years of operation.
     */
    public Map<String, BigDecimal> metrics(String carrierId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long incubating = 0;
        long admitted = 0;
        long graduated = 0;
        long graduatedEver = 0;
        Set<String> financed = new HashSet<>();
        BigDecimal invested = BigDecimal.ZERO;
        for (Document firm : mongo.find(Query.query(Criteria.where("stays.carrierId").is(carrierId)), Document.class,
                FIRMS)) {
            List<Document> stays = firm.getList("stays", Document.class, List.of()).stream()
                    .filter(stay -> carrierId.equals(stay.getString("carrierId"))).toList();
            for (Document stay : stays) {
                LocalDate in = LocalDate.parse(stay.getString("admitted"));
                LocalDate out = stay.getString("ended") == null ? null : LocalDate.parse(stay.getString("ended"));
                boolean graduation = Boolean.TRUE.equals(stay.getBoolean("graduated"));
                if (!in.isAfter(last) && (out == null || out.isAfter(last))) {
                    incubating++;
                }
                if (!in.isBefore(first) && !in.isAfter(last)) {
                    admitted++;
                }
                if (graduation && out != null && !out.isAfter(last)) {
                    graduatedEver++;
                    if (!out.isBefore(first)) {
                        graduated++;
                    }
                }
                for (Document investment : firm.getList("investments", Document.class, List.of())) {
                    LocalDate date = LocalDate.parse(investment.getString("date"));
                    boolean inYear = !date.isBefore(first) && !date.isAfter(last);
                    boolean inCarrier = !date.isBefore(in) && (out == null || date.isBefore(out));
                    if (inYear && inCarrier) {
                        financed.add(firm.getString("_id"));
                        invested = invested.add(new BigDecimal(investment.get("amount").toString()));
                    }
                }
            }
        }
        Map<String, BigDecimal> metrics = new LinkedHashMap<>();
        long incubatingAtYearEnd = incubating;
        metrics.put("firms_incubating", BigDecimal.valueOf(incubating));
        metrics.put("firms_admitted", BigDecimal.valueOf(admitted));
        metrics.put("firms_graduated", BigDecimal.valueOf(graduated));
        metrics.put("graduates_cumulative", BigDecimal.valueOf(graduatedEver));
        metrics.put("firms_financed", BigDecimal.valueOf(financed.size()));
        metrics.put("investment_amount", invested);
        carrier(carrierId).ifPresent(carrier -> {
            if (carrier.incubationArea() != null) {
                metrics.put("incubation_area", carrier.incubationArea());
                metrics.put("total_area", carrier.totalArea());
                if (carrier.totalArea() != null && carrier.totalArea().signum() > 0) {
                    metrics.put("firms_per_1000m2", BigDecimal.valueOf(incubatingAtYearEnd * 1000L).divide(carrier.totalArea(),
                            2, RoundingMode.HALF_UP));
                }
            }
            if (carrier.establishedOn() != null) {
                metrics.put("operating_years", BigDecimal.valueOf(ChronoUnit.MONTHS.between(
                        carrier.establishedOn(), last) / 12.0).setScale(1, RoundingMode.DOWN));
            }
        });
        return metrics;
    }

    private static CarrierActivity carrier(Document document) {
        return new CarrierActivity(document.getString("_id"), document.getString("kind"),
                document.getString("region"), document.getString("establishedOn") == null ? null
                        : LocalDate.parse(document.getString("establishedOn")),
                decimal(document.get("totalArea")), decimal(document.get("incubationArea")),
                document.getString("level"), Boolean.TRUE.equals(document.getBoolean("delisted")));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
