package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.statistics.projection.domain.FirmFacts.Incubation;
import io.hatchery.statistics.projection.domain.FirmProfile.CarrierRating;
import io.hatchery.statistics.projection.domain.FirmProfile.QualificationHeld;
import io.hatchery.statistics.projection.domain.FirmProfile.Stay;
import io.hatchery.statistics.projection.domain.FirmRecord.Financing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The read side of firms: a firm's profile, a region's incubation chain, and finding firms by USCC or name. A view
 * of the projection's live state: the caller guards reads against its writes.
 */
public final class FirmReadModel {

    private final FirmRecords records;
    private final Map<String, FirmFacts> firms;
    private final Map<String, CarrierFacts> carriers;
    private final Map<String, EvaluationFacts> evaluations;
    private final Map<String, Set<String>> evaluationsByCarrier;
    private final Map<String, Set<String>> firmsByCarrier;
    private final Map<String, TalentFacts> talents;
    private final Map<String, Set<String>> serviceSourcesByCarrier;
    private final Function<String, List<String>> selfAndAncestors;

    /** The projection's facts, read live; {@code serviceSourcesByCarrier} names a carrier's mentors "talent:…". */
    record Sources(FirmRecords records, Map<String, FirmFacts> firms, Map<String, CarrierFacts> carriers,
            Map<String, EvaluationFacts> evaluations, Map<String, Set<String>> evaluationsByCarrier,
            Map<String, Set<String>> firmsByCarrier, Map<String, TalentFacts> talents,
            Map<String, Set<String>> serviceSourcesByCarrier) {
    }

    FirmReadModel(Sources sources, Function<String, List<String>> selfAndAncestors) {
        this.records = sources.records();
        this.firms = sources.firms();
        this.carriers = sources.carriers();
        this.evaluations = sources.evaluations();
        this.evaluationsByCarrier = sources.evaluationsByCarrier();
        this.firmsByCarrier = sources.firmsByCarrier();
        this.talents = sources.talents();
        this.serviceSourcesByCarrier = sources.serviceSourcesByCarrier();
        this.selfAndAncestors = selfAndAncestors;
    }

    /** The carrier as far as the events tell, if its registration has been seen. */
    public Optional<CarrierRecord> carrier(String carrierId) {
        CarrierFacts carrier = carriers.get(carrierId);
        if (carrier == null || carrier.kind() == null) {
            return Optional.empty();
        }
        List<CarrierRecord.Rating> ratings = new ArrayList<>();
        for (String evaluationId : evaluationsByCarrier.getOrDefault(carrierId, Set.of())) {
            EvaluationFacts evaluation = evaluations.get(evaluationId);
            ratings.add(new CarrierRecord.Rating(evaluationId, evaluation.rating(), evaluation.date()));
        }
        ratings.sort(Comparator.comparing(CarrierRecord.Rating::date).reversed());
        List<CarrierRecord.MentorEngagement> mentors = new ArrayList<>();
        for (String source : serviceSourcesByCarrier.getOrDefault(carrierId, Set.of())) {
            if (source.startsWith("talent:")) {
                TalentFacts talent = talents.get(source.substring("talent:".length()));
                for (TalentFacts.Period engagement : talent.engagements()) {
                    if (engagement.key().equals(carrierId)) {
                        mentors.add(new CarrierRecord.MentorEngagement(talent.id(), engagement.from(),
                                engagement.until()));
                    }
                }
            }
        }
        mentors.sort(Comparator.comparing(CarrierRecord.MentorEngagement::from)
                .thenComparing(CarrierRecord.MentorEngagement::talentId));
        long incubating = 0;
        long graduated = 0;
        long exited = 0;
        for (String firmId : firmsByCarrier.getOrDefault(carrierId, Set.of())) {
            for (Incubation stay : firms.get(firmId).incubations()) {
                if (stay.carrierId().equals(carrierId)) {
                    if (stay.ended() == null) {
                        incubating++;
                    } else if (stay.graduated()) {
                        graduated++;
                    } else {
                        exited++;
                    }
                }
            }
        }
        return Optional.of(new CarrierRecord(carrierId, records.carrierName(carrierId), carrier.kind().name(),
                carrier.region(), ratings, mentors, incubating, graduated, exited));
    }

    /** A firm named by a match: enough to list it and to decide whether the caller may see it. */
    public record FirmSummary(String id, String uscc, String name, String region, Set<String> stayRegions,
            Set<String> carrierIds) {
    }

    /** The firm as far as the events tell, if any event named it. */
    public Optional<FirmProfile> profile(String firmId) {
        FirmRecord record = records.get(firmId);
        FirmFacts facts = firms.get(firmId);
        if (record == null && facts == null) {
            return Optional.empty();
        }
        record = record != null ? record : FirmRecord.unknown(firmId);
        facts = facts != null ? facts : FirmFacts.unknown(firmId);
        List<Stay> chain = new ArrayList<>();
        Set<String> carrierIds = new LinkedHashSet<>();
        for (Incubation stay : stays(facts)) {
            CarrierKind kind = kindOf(stay.carrierId());
            carrierIds.add(stay.carrierId());
            chain.add(new Stay(stay.carrierId(), records.carrierName(stay.carrierId()), kind == null ? null
                    : kind.name(), kind == null ? null : ChainStage.of(kind), stay.carrierRegion(), stay.admitted(),
                    stay.ended(), stay.ended() == null ? "INCUBATING" : stay.graduated() ? "GRADUATED" : "EXITED"));
        }
        List<QualificationHeld> qualifications = facts.qualifications().stream()
                .map(held -> new QualificationHeld(held.type().name(), held.number(), held.from(), held.until()))
                .toList();
        List<CarrierRating> ratings = new ArrayList<>();
        for (String carrierId : carrierIds) {
            for (String evaluationId : evaluationsByCarrier.getOrDefault(carrierId, Set.of())) {
                EvaluationFacts evaluation = evaluations.get(evaluationId);
                ratings.add(new CarrierRating(carrierId, records.carrierName(carrierId), evaluation.rating(),
                        evaluation.date()));
            }
        }
        ratings.sort(Comparator.comparing(CarrierRating::date).reversed());
        List<Financing> financing = record.financing().stream()
                .sorted(Comparator.comparing(Financing::date)).toList();
        long invested = financing.stream().filter(f -> f.kind().equals("INVESTMENT"))
                .mapToLong(Financing::amount).sum();
        long borrowed = financing.stream().filter(f -> f.kind().equals("LOAN")).mapToLong(Financing::amount).sum();
        return Optional.of(new FirmProfile(firmId, record.uscc(), record.name(), record.foundedOn(),
                record.industry(), record.region() != null ? record.region() : facts.region(), record.registeredOn(),
                chain, qualifications, financing, invested, borrowed, record.mentoring(), ratings,
                record.eligibility(), record.history().stream()
                        .sorted(Comparator.comparing(FirmRecord.Milestone::date)).toList()));
    }

    /** The firm's stays in the order it began them. */
    static List<Incubation> stays(FirmFacts facts) {
        List<Incubation> stays = new ArrayList<>(facts.incubations());
        stays.sort(Comparator.comparing(Incubation::admitted));
        return stays;
    }

    /** The region's chain from {@code from} to {@code to}, both inclusive: visits only firms that stayed in it. */
    public ChainReport chain(String region, LocalDate from, LocalDate to) {
        Map<ChainStage, long[]> counts = new EnumMap<>(ChainStage.class);
        for (ChainStage stage : ChainStage.values()) {
            counts.put(stage, new long[7]);
        }
        for (String firmId : records.firmsWithStaysIn(region)) {
            FirmFacts facts = firms.get(firmId);
            if (facts == null) {
                continue;
            }
            List<Incubation> stays = stays(facts);
            for (int i = 0; i < stays.size(); i++) {
                Incubation stay = stays.get(i);
                CarrierKind kind = kindOf(stay.carrierId());
                if (kind == null || !within(stay.carrierRegion(), region)) {
                    continue;
                }
                ChainStage stage = ChainStage.of(kind);
                Incubation next = i + 1 < stays.size() ? stays.get(i + 1) : null;
                CarrierKind nextKind = next == null ? null : kindOf(next.carrierId());
                long[] flow = counts.get(stage);
                if (between(stay.admitted(), from, to)) {
                    flow[0]++;
                }
                if (!stay.admitted().isAfter(to) && (stay.ended() == null || stay.ended().isAfter(to))) {
                    flow[6]++;
                }
                if (stay.ended() == null || !between(stay.ended(), from, to)) {
                    continue;
                }
                if (nextKind != null && ChainStage.of(nextKind).compareTo(stage) > 0) {
                    flow[1]++;
                }
                if (stay.graduated()) {
                    flow[2]++;
                    if (nextKind != null && ChainStage.of(nextKind).keepsGraduates()
                            && within(next.carrierRegion(), region)) {
                        flow[3]++;
                    }
                } else {
                    flow[4]++;
                }
                if (next == null || !within(next.carrierRegion(), region)) {
                    flow[5]++;
                }
            }
        }
        List<ChainReport.StageFlow> stages = new ArrayList<>();
        counts.forEach((stage, flow) -> stages.add(new ChainReport.StageFlow(stage, stage.kinds(), flow[0], flow[1],
                flow[2], flow[3], flow[4], flow[5], flow[6])));
        return new ChainReport(region, from, to, stages);
    }

    /**
     * Firms whose USCC is the query or whose name contains it, that the caller may see, by name; at most
     * {@code limit}.
     */
    public List<FirmSummary> find(String query, Predicate<FirmSummary> visible, int limit) {
        String wanted = query.trim().toLowerCase(Locale.ROOT);
        List<FirmSummary> found = new ArrayList<>();
        for (FirmRecord record : records.all()) {
            boolean matches = record.name() != null && (wanted.equalsIgnoreCase(record.uscc())
                    || record.name().toLowerCase(Locale.ROOT).contains(wanted));
            if (matches) {
                FirmSummary summary = summary(record.id());
                if (visible.test(summary)) {
                    found.add(summary);
                }
            }
        }
        found.sort(Comparator.comparing(FirmSummary::name).thenComparing(FirmSummary::id));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /** Who may see the firm follows from where it is registered, where it stayed and in which carriers. */
    public FirmSummary summary(String firmId) {
        FirmRecord record = records.get(firmId);
        FirmFacts facts = firms.getOrDefault(firmId, FirmFacts.unknown(firmId));
        Set<String> stayRegions = new HashSet<>();
        Set<String> carrierIds = new HashSet<>();
        for (Incubation stay : facts.incubations()) {
            if (stay.carrierRegion() != null) {
                stayRegions.add(stay.carrierRegion());
            }
            carrierIds.add(stay.carrierId());
        }
        String region = record != null && record.region() != null ? record.region() : facts.region();
        return new FirmSummary(firmId, record == null ? null : record.uscc(), record == null ? null : record.name(),
                region, stayRegions, carrierIds);
    }

    private boolean within(String carrierRegion, String region) {
        return carrierRegion != null && selfAndAncestors.apply(carrierRegion).contains(region);
    }

    private static boolean between(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    private CarrierKind kindOf(String carrierId) {
        CarrierFacts carrier = carriers.get(carrierId);
        return carrier == null ? null : carrier.kind();
    }
}
