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
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * This service's own read model of the registry and funding events: carriers (kind, region, areas, level) and
 * firms' stays in carriers, their investments and loans, and the funds linked to carriers. Every write is idempotent by aggregate version. The platform-computed
 * evaluation indicators of a carrier and year are answered from it.
 */
@Component
public class ActivityStore {

    static final String CARRIERS = "activity_carriers";
    static final String FIRMS = "activity_firms";
    static final String FUNDS = "activity_funds";
    /** A carrier's talent records, one document each: a staff record, a mentor's engagement, an activity, etc. */
    static final String CARRIER_RECORDS = "activity_carrier_records";
    private static final Set<String> SEED_KINDS = Set.of("ANGEL", "SEED");

    private final MongoTemplate mongo;
    private final VersionedUpdates carrierUpdates;
    private final VersionedUpdates firmUpdates;
    private final VersionedUpdates fundUpdates;
    private final VersionedUpdates recordUpdates;

    public ActivityStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.carrierUpdates = new VersionedUpdates(mongo, CARRIERS);
        this.firmUpdates = new VersionedUpdates(mongo, FIRMS);
        this.fundUpdates = new VersionedUpdates(mongo, FUNDS);
        this.recordUpdates = new VersionedUpdates(mongo, CARRIER_RECORDS);
        mongo.indexOps(CARRIERS).createIndex(new Index().on("region", Sort.Direction.ASC).named("region"));
        mongo.indexOps(FIRMS).createIndex(new Index().on("stays.carrierId", Sort.Direction.ASC)
                .named("stays_carrier"));
        mongo.indexOps(FUNDS).createIndex(new Index().on("carrierId", Sort.Direction.ASC).named("carrier"));
        mongo.indexOps(CARRIER_RECORDS).createIndex(new Index().on("carrierId", Sort.Direction.ASC)
                .on("type", Sort.Direction.ASC).named("carrier_type"));
    }

    /** What the evaluation knows of a carrier. */
    public record CarrierActivity(String id, String kind, String region, LocalDate establishedOn,
            BigDecimal totalArea, BigDecimal incubationArea, String level, boolean delisted) {
    }

    /** A carrier's registration: its fields set once, when the carrier is first seen. */
    public boolean registerCarrier(String carrierId, long version, Map<String, Object> fields) {
        return carrierUpdates.applyFirst(carrierId, carrierId, version, fields);
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

    public boolean addInvestment(String firmId, String investmentId, String fundId, long version, LocalDate date,
            BigDecimal amount) {
        return firmUpdates.applyIfNewer(firmId, investmentId, version, new Update().push("investments",
                new Document("id", investmentId).append("fundId", fundId).append("date", date.toString())
                        .append("amount", amount)));
    }

    /** A loan is financing of the firm (not investment): it counts among the firms financed, not the invested sum. */
    public boolean addLoan(String firmId, String loanId, long version, LocalDate date, BigDecimal amount) {
        return firmUpdates.applyIfNewer(firmId, loanId, version, new Update().push("loans",
                new Document("id", loanId).append("date", date.toString()).append("amount", amount)));
    }

    public boolean updateFund(String fundId, long version, Update update) {
        return fundUpdates.applyIfNewer(fundId, fundId, version, update);
    }

    /**
     * A talent record of a carrier, as the talent service publishes it: {@code type} is staff, mentor, activity,
     * platform or team; {@code documentId} identifies the record, {@code aggregateId} the aggregate whose version
     * guards it.
     */
    public boolean updateCarrierRecord(String documentId, String aggregateId, long version, String carrierId,
            String type, Update update) {
        return recordUpdates.applyIfNewer(documentId, aggregateId, version, update.set("carrierId", carrierId)
                .set("type", type));
    }

    /** Ends a carrier's record known by its own id (a platform closes; its event does not name the carrier). */
    public boolean closeCarrierRecord(String documentId, long version, LocalDate on) {
        return recordUpdates.applyIfNewer(documentId, documentId, version, new Update().set("until", on.toString()));
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
        Map<String, BigDecimal> metrics = new LinkedHashMap<>();
        Set<String> carrierFunds = fundsOf(carrierId, last, metrics);
        long fundUses = 0;
        Set<String> financed = new HashSet<>();
        BigDecimal invested = BigDecimal.ZERO;
        BigDecimal lent = BigDecimal.ZERO;
        for (Document firm : mongo.find(Query.query(Criteria.where("stays.carrierId").is(carrierId)), Document.class,
                FIRMS)) {
            for (Document investment : firm.getList("investments", Document.class, List.of())) {
                if (carrierFunds.contains(investment.getString("fundId"))
                        && !LocalDate.parse(investment.getString("date")).isAfter(last)) {
                    fundUses++;
                }
            }
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
                    if (during(investment, first, last, in, out)) {
                        financed.add(firm.getString("_id"));
                        invested = invested.add(new BigDecimal(investment.get("amount").toString()));
                    }
                }
                for (Document loan : firm.getList("loans", Document.class, List.of())) {
                    if (during(loan, first, last, in, out)) {
                        financed.add(firm.getString("_id"));
                        lent = lent.add(new BigDecimal(loan.get("amount").toString()));
                    }
                }
            }
        }
        long incubatingAtYearEnd = incubating;
        metrics.put("firms_incubating", BigDecimal.valueOf(incubating));
        metrics.put("firms_count", BigDecimal.valueOf(incubating));
        metrics.put("firms_admitted", BigDecimal.valueOf(admitted));
        metrics.put("firms_graduated", BigDecimal.valueOf(graduated));
        metrics.put("graduates_cumulative", BigDecimal.valueOf(graduatedEver));
        metrics.put("firms_financed", BigDecimal.valueOf(financed.size()));
        metrics.put("investment_amount", invested);
        metrics.put("loan_amount", lent);
        metrics.put("fund_uses", BigDecimal.valueOf(fundUses));
        talentOf(carrierId, first, last, metrics);
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

    private static boolean during(Document financing, LocalDate first, LocalDate last, LocalDate in, LocalDate out) {
        LocalDate date = LocalDate.parse(financing.getString("date"));
        boolean inYear = !date.isBefore(first) && !date.isAfter(last);
        boolean inCarrier = !date.isBefore(in) && (out == null || date.isBefore(out));
        return inYear && inCarrier;
    }

    /**
     * The incubation funds of a carrier at the year's end: the funds inside it or co-founded with its operator,
     * established by then and not closed. Sizes in thousands of RMB, as the rule sets count them.
     */
    private Set<String> fundsOf(String carrierId, LocalDate last, Map<String, BigDecimal> metrics) {
        Set<String> funds = new HashSet<>();
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal seed = BigDecimal.ZERO;
        long inside = 0;
        for (Document fund : mongo.find(Query.query(Criteria.where("carrierId").is(carrierId)), Document.class,
                FUNDS)) {
            LocalDate established = LocalDate.parse(fund.getString("establishedOn"));
            String closed = fund.getString("closedOn");
            if (established.isAfter(last) || closed != null && !LocalDate.parse(closed).isAfter(last)) {
                continue;
            }
            funds.add(fund.getString("_id"));
            BigDecimal size = new BigDecimal(fund.get("committedRmb").toString());
            committed = committed.add(size);
            if (SEED_KINDS.contains(fund.getString("kind"))) {
                seed = seed.add(size);
            }
            if ("INSIDE".equals(fund.getString("link"))) {
                inside++;
            }
        }
        metrics.put("incubation_fund", thousands(committed));
        metrics.put("seed_funds", thousands(seed));
        metrics.put("funds_inside", BigDecimal.valueOf(inside));
        return funds;
    }

    /**
     * A carrier's talent figures for the year: service staff at its end (full-time, all, trained), mentors engaged
     * then, activities held in the year, public technical platforms and operating teams running at its end.
     */
    private void talentOf(String carrierId, LocalDate first, LocalDate last, Map<String, BigDecimal> metrics) {
        long mentors = 0;
        long events = 0;
        long platforms = 0;
        long teams = 0;
        Document staff = null;
        for (Document record : mongo.find(Query.query(Criteria.where("carrierId").is(carrierId)), Document.class,
                CARRIER_RECORDS)) {
            switch (String.valueOf(record.getString("type"))) {
                case "staff" -> staff = record;
                case "mentor" -> mentors += runningOn(record, last) ? 1 : 0;
                case "activity" -> events += within(record.getString("from"), first, last) ? 1 : 0;
                case "platform" -> platforms += runningOn(record, last)
                        && "PUBLIC_TECHNICAL_PLATFORM".equals(record.getString("kind")) ? 1 : 0;
                case "team" -> teams += runningOn(record, last) ? 1 : 0;
                default -> { }
            }
        }
        metrics.put("mentors", BigDecimal.valueOf(mentors));
        metrics.put("events", BigDecimal.valueOf(events));
        metrics.put("public_platforms", BigDecimal.valueOf(platforms));
        metrics.put("operating_team", BigDecimal.valueOf(teams));
        if (staff != null) {
            Document inForce = null;
            for (Document report : staff.getList("reports", Document.class, List.of())) {
                if (!LocalDate.parse(report.getString("asOf")).isAfter(last) && (inForce == null
                        || report.getString("asOf").compareTo(inForce.getString("asOf")) > 0)) {
                    inForce = report;
                }
            }
            if (inForce != null) {
                metrics.put("staff_service", BigDecimal.valueOf(inForce.getInteger("fullTime")));
                metrics.put("staff_service_all", BigDecimal.valueOf(inForce.getInteger("fullTime")
                        + inForce.getInteger("partTime")));
                metrics.put("staff_trained", BigDecimal.valueOf(inForce.getInteger("trained")));
            }
        }
    }

    private static boolean runningOn(Document record, LocalDate date) {
        String until = record.getString("until");
        return !LocalDate.parse(record.getString("from")).isAfter(date)
                && (until == null || LocalDate.parse(until).isAfter(date));
    }

    private static boolean within(String date, LocalDate first, LocalDate last) {
        LocalDate on = LocalDate.parse(date);
        return !on.isBefore(first) && !on.isAfter(last);
    }

    private static BigDecimal thousands(BigDecimal rmb) {
        return rmb.divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP);
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
