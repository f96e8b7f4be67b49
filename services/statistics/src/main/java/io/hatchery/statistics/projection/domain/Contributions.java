package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.Qualification;
import io.hatchery.statistics.projection.domain.CarrierFacts.AreaEntry;
import io.hatchery.statistics.projection.domain.CarrierFacts.DesignationEntry;
import io.hatchery.statistics.projection.domain.CarrierFacts.LevelEntry;
import io.hatchery.statistics.projection.domain.FirmFacts.Incubation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What each entity adds to the cube, as a pure function of its facts. The cube always equals the sum of all
 * entities' contributions: when an entity's facts change, its old contribution is taken out and the new one put
 * in, so back-dated and out-of-order events land exactly where they belong.
 */
public final class Contributions {

    private static final Dims FUNDED_MATCH = new Dims(null, 0, 0, Figures.FUNDED);

    private Contributions() {
    }

    public static List<Delta> ofCarrier(CarrierFacts carrier) {
        if (carrier.kind() == null) {
            return List.of();
        }
        List<Delta> deltas = new ArrayList<>();
        LocalDate start = carrier.registeredOn();
        LocalDate end = carrier.delistedOn();
        existence(carrier, start, end, deltas);
        upgrades(carrier, deltas);
        designations(carrier, start, end, deltas);
        areas(carrier, start, end, deltas);
        return deltas;
    }

    /** +1 in the cell of the level in force, from registration to delisting, moving cells at level changes. */
    private static void existence(CarrierFacts carrier, LocalDate start, LocalDate end, List<Delta> deltas) {
        if (end != null && !end.isAfter(start)) {
            return;
        }
        List<LocalDate> boundaries = new ArrayList<>();
        boundaries.add(start);
        for (LevelEntry entry : carrier.levels()) {
            if (entry.date().isAfter(start) && (end == null || entry.date().isBefore(end))
                    && !boundaries.contains(entry.date())) {
                boundaries.add(entry.date());
            }
        }
        for (int i = 0; i < boundaries.size(); i++) {
            LocalDate from = boundaries.get(i);
            LocalDate to = i + 1 < boundaries.size() ? boundaries.get(i + 1) : end;
            Dims dims = new Dims(carrier.kind(), rankAt(carrier, from), 0, null);
            deltas.add(new Delta(Series.CARRIERS, dims, carrier.region(), from, 1));
            if (to != null) {
                deltas.add(new Delta(Series.CARRIERS, dims, carrier.region(), to, -1));
            }
        }
    }

    static int rankAt(CarrierFacts carrier, LocalDate date) {
        int rank = 0;
        for (LevelEntry entry : carrier.levels()) {
            if (entry.date().isAfter(date)) {
                break;
            }
            rank = entry.rank();
        }
        return rank;
    }

    /** Each certification that raises the level, with the level before and after. */
    private static void upgrades(CarrierFacts carrier, List<Delta> deltas) {
        int previous = 0;
        for (LevelEntry entry : carrier.levels()) {
            if (entry.certification() && entry.rank() > previous) {
                deltas.add(new Delta(Series.CARRIER_UPGRADES, new Dims(carrier.kind(), entry.rank(), previous, null),
                        carrier.region(), entry.date(), 1));
            }
            previous = entry.rank();
        }
    }

    private static void designations(CarrierFacts carrier, LocalDate start, LocalDate end, List<Delta> deltas) {
        Map<String, LocalDate> heldSince = new TreeMap<>();
        for (DesignationEntry entry : carrier.designations()) {
            if (entry.granted()) {
                heldSince.putIfAbsent(entry.designation(), entry.date());
            } else {
                LocalDate since = heldSince.remove(entry.designation());
                if (since != null) {
                    held(carrier, entry.designation(), since, entry.date(), start, end, deltas);
                }
            }
        }
        heldSince.forEach((designation, since) -> held(carrier, designation, since, null, start, end, deltas));
    }

    private static void held(CarrierFacts carrier, String designation, LocalDate since, LocalDate until,
            LocalDate start, LocalDate end, List<Delta> deltas) {
        LocalDate from = later(since, start);
        LocalDate to = earlier(until, end);
        if (to != null && !to.isAfter(from)) {
            return;
        }
        Dims dims = new Dims(carrier.kind(), 0, 0, designation);
        deltas.add(new Delta(Series.CARRIER_DESIGNATIONS, dims, carrier.region(), from, 1));
        if (to != null) {
            deltas.add(new Delta(Series.CARRIER_DESIGNATIONS, dims, carrier.region(), to, -1));
        }
    }

    private static void areas(CarrierFacts carrier, LocalDate start, LocalDate end, List<Delta> deltas) {
        Dims dims = Dims.of(carrier.kind());
        long total = 0;
        long incubation = 0;
        boolean first = true;
        for (AreaEntry entry : carrier.areas()) {
            LocalDate date = later(entry.date(), start);
            if (end != null && !date.isBefore(end)) {
                break;
            }
            deltas.add(new Delta(Series.CARRIER_AREA, dims, carrier.region(), date, entry.total() - total));
            deltas.add(new Delta(Series.CARRIER_INCUBATION_AREA, dims, carrier.region(), date,
                    entry.incubation() - incubation));
            long added = first ? entry.total() : Math.max(0, entry.total() - total);
            if (added > 0) {
                deltas.add(new Delta(Series.CARRIER_AREA_ADDED, dims, carrier.region(), date, added));
            }
            total = entry.total();
            incubation = entry.incubation();
            first = false;
        }
        if (end != null) {
            deltas.add(new Delta(Series.CARRIER_AREA, dims, carrier.region(), end, -total));
            deltas.add(new Delta(Series.CARRIER_INCUBATION_AREA, dims, carrier.region(), end, -incubation));
        }
    }

    /**
     * A firm's admissions, graduations, exits and incubation; its qualifications while incubated (and, for the
     * ever-incubated scope, from its first admission on, counted where it was first admitted); its investments,
     * and loans, where it was incubated on the day (else where it is registered).
     */
    public static List<Delta> ofFirm(FirmFacts firm, List<InvestmentFacts> investments, List<LoanFacts> loans,
            Function<String, CarrierKind> kindOfCarrier) {
        List<Delta> deltas = new ArrayList<>();
        for (Incubation incubation : firm.incubations()) {
            Dims dims = Dims.of(kindOfCarrier.apply(incubation.carrierId()));
            String region = incubation.carrierRegion();
            deltas.add(new Delta(Series.FIRMS_ADMITTED, dims, region, incubation.admitted(), 1));
            deltas.add(new Delta(Series.FIRMS_INCUBATING, dims, region, incubation.admitted(), 1));
            if (incubation.ended() != null) {
                deltas.add(new Delta(Series.FIRMS_INCUBATING, dims, region, incubation.ended(), -1));
                deltas.add(new Delta(incubation.graduated() ? Series.FIRMS_GRADUATED : Series.FIRMS_EXITED, dims,
                        region, incubation.ended(), 1));
            }
        }
        qualified(firm, Qualification.TECH_SME, Series.FIRMS_TECH_SME, Series.FIRMS_EVER_TECH_SME, kindOfCarrier,
                deltas);
        qualified(firm, Qualification.HIGH_TECH, Series.FIRMS_HIGH_TECH, Series.FIRMS_EVER_HIGH_TECH,
                kindOfCarrier, deltas);
        for (InvestmentFacts investment : investments) {
            Incubation where = incubatedOn(firm, investment.date());
            String region = where != null ? where.carrierRegion() : firm.region();
            if (region == null) {
                continue;
            }
            Dims dims = Dims.of(where != null ? kindOfCarrier.apply(where.carrierId()) : null);
            deltas.add(new Delta(Series.INVESTMENTS_COUNT, dims, region, investment.date(), 1));
            deltas.add(new Delta(Series.INVESTMENTS_AMOUNT, dims, region, investment.date(), investment.amount()));
        }
        for (LoanFacts loan : loans) {
            Incubation where = incubatedOn(firm, loan.date());
            String region = where != null ? where.carrierRegion() : firm.region();
            if (region == null) {
                continue;
            }
            Dims dims = Dims.of(where != null ? kindOfCarrier.apply(where.carrierId()) : null);
            deltas.add(new Delta(Series.LOANS_COUNT, dims, region, loan.date(), 1));
            deltas.add(new Delta(Series.LOANS_AMOUNT, dims, region, loan.date(), loan.amount()));
        }
        return deltas;
    }

    public static List<Delta> ofInvestor(InvestorFacts investor) {
        if (investor.region() == null || investor.registeredOn() == null) {
            return List.of();
        }
        return List.of(new Delta(Series.INVESTORS, new Dims(null, 0, 0, investor.kind()), investor.region(),
                investor.registeredOn(), 1));
    }

    /** A fund from its establishment to its closing, its committed size following its resizings. */
    public static List<Delta> ofFund(FundFacts fund) {
        LocalDate start = fund.establishedOn();
        LocalDate end = fund.closedOn();
        if (start == null || end != null && !end.isAfter(start)) {
            return List.of();
        }
        Dims dims = new Dims(null, fund.linkRank(), 0, fund.kind());
        List<Delta> deltas = new ArrayList<>();
        deltas.add(new Delta(Series.FUNDS_ESTABLISHED, dims, fund.region(), start, 1));
        interval(Series.FUNDS, dims, fund.region(), start, end, deltas);
        long committed = 0;
        for (FundFacts.SizeEntry size : fund.sizes()) {
            LocalDate date = later(size.date(), start);
            if (end != null && !date.isBefore(end)) {
                break;
            }
            if (size.rmb() != committed) {
                deltas.add(new Delta(Series.FUNDS_SIZE, dims, fund.region(), date, size.rmb() - committed));
            }
            committed = size.rmb();
        }
        if (end != null && committed != 0) {
            deltas.add(new Delta(Series.FUNDS_SIZE, dims, fund.region(), end, -committed));
        }
        return deltas;
    }

    /** A person from registration on; each recognition while it runs; as a mentor per region while engaged. */
    public static List<Delta> ofTalent(TalentFacts talent) {
        List<Delta> deltas = new ArrayList<>();
        if (talent.region() != null && talent.registeredOn() != null) {
            deltas.add(new Delta(Series.TALENTS, Dims.of(null), talent.region(), talent.registeredOn(), 1));
            for (TalentFacts.Period recognition : talent.recognitions()) {
                interval(Series.TALENT_RECOGNITIONS, new Dims(null, 0, 0, recognition.key()), talent.region(),
                        recognition.from(), recognition.until(), deltas);
            }
        }
        Map<String, List<LocalDate[]>> byRegion = new TreeMap<>();
        for (TalentFacts.Period engagement : talent.engagements()) {
            byRegion.computeIfAbsent(engagement.region(), region -> new ArrayList<>())
                    .add(new LocalDate[] {engagement.from(), engagement.until()});
        }
        byRegion.forEach((region, engagements) -> {
            for (LocalDate[] held : union(engagements)) {
                interval(Series.MENTORS, Dims.of(null), region, held[0], held[1], deltas);
            }
        });
        return deltas;
    }

    /**
     * +1 while a carrier that exists offers a service (tag), by its kind, however many contracts, funds, mentors or
     * trainings give it; and, tagged {@link Figures#ANY_SERVICE}, while it offers any.
     */
    static List<Delta> ofCarrierServices(CarrierFacts carrier, List<ServiceSpan> spans) {
        if (carrier.kind() == null || carrier.registeredOn() == null) {
            return List.of();
        }
        Map<String, List<LocalDate[]>> byService = new TreeMap<>();
        for (ServiceSpan span : spans) {
            LocalDate[] period = {span.from(), span.until()};
            byService.computeIfAbsent(span.service().name(), service -> new ArrayList<>()).add(period);
            byService.computeIfAbsent(Figures.ANY_SERVICE, service -> new ArrayList<>()).add(period.clone());
        }
        List<Delta> deltas = new ArrayList<>();
        byService.forEach((service, periods) -> {
            Dims dims = new Dims(carrier.kind(), 0, 0, service);
            for (LocalDate[] offered : union(periods)) {
                LocalDate from = later(offered[0], carrier.registeredOn());
                LocalDate to = earlier(offered[1], carrier.delistedOn());
                interval(Series.CARRIER_SERVICES, dims, carrier.region(), from, to, deltas);
            }
        });
        return deltas;
    }

    /** A contract when it begins; a platform while it runs; an activity when held. */
    public static List<Delta> ofCarrierRecord(CarrierRecordFacts record) {
        List<Delta> deltas = new ArrayList<>();
        Dims dims = new Dims(null, 0, 0, record.kind());
        if (record.series() == Series.PLATFORMS) {
            interval(Series.PLATFORMS, dims, record.region(), record.from(), record.until(), deltas);
        } else {
            deltas.add(new Delta(record.series(), dims, record.region(), record.from(), 1));
        }
        return deltas;
    }

    /** A request while open; its proposed matches and, at their dates, those accepted (FUNDED if they funded it). */
    public static List<Delta> ofRequest(RequestFacts request) {
        if (request.region() == null) {
            return List.of();
        }
        List<Delta> deltas = new ArrayList<>();
        if (request.requestedOn() != null) {
            interval(Series.REQUESTS_OPEN, Dims.of(null), request.region(), request.requestedOn(),
                    request.closedOn(), deltas);
        }
        for (RequestFacts.MatchEntry match : request.matches()) {
            deltas.add(new Delta(Series.MATCHES_PROPOSED, Dims.of(null), request.region(), match.proposedOn(), 1));
            if (match.acceptedOn() != null) {
                deltas.add(new Delta(Series.MATCHES_ACCEPTED, match.matchId().equals(request.fundedBy())
                        ? FUNDED_MATCH : Dims.of(null), request.region(), match.acceptedOn(), 1));
            }
        }
        return deltas;
    }

    /** An evaluation counts in its carrier's region, by its kind and the rating; nothing until the carrier is known. */
    public static List<Delta> ofEvaluation(EvaluationFacts evaluation, CarrierFacts carrier) {
        if (carrier == null || carrier.kind() == null) {
            return List.of();
        }
        return List.of(new Delta(Series.EVALUATIONS, new Dims(carrier.kind(), 0, 0, evaluation.rating()),
                carrier.region(), evaluation.date(), 1));
    }

    private static void qualified(FirmFacts firm, Qualification type, Series incubating, Series ever,
            Function<String, CarrierKind> kindOfCarrier, List<Delta> deltas) {
        if (firm.qualifications().isEmpty() || firm.incubations().isEmpty()) {
            return;
        }
        List<LocalDate[]> held = union(firm.qualifications().stream().filter(entry -> entry.type() == type)
                .map(entry -> new LocalDate[] {entry.from(), entry.until()}).toList());
        if (held.isEmpty()) {
            return;
        }
        for (Incubation incubation : firm.incubations()) {
            Dims dims = Dims.of(kindOfCarrier.apply(incubation.carrierId()));
            for (LocalDate[] interval : held) {
                interval(incubating, dims, incubation.carrierRegion(), later(interval[0], incubation.admitted()),
                        earlier(interval[1], incubation.ended()), deltas);
            }
        }
        Incubation first = firm.incubations().stream().min(Comparator.comparing(Incubation::admitted)).orElseThrow();
        Dims dims = Dims.of(kindOfCarrier.apply(first.carrierId()));
        for (LocalDate[] interval : held) {
            interval(ever, dims, first.carrierRegion(), later(interval[0], first.admitted()), interval[1], deltas);
        }
    }

    private static void interval(Series series, Dims dims, String region, LocalDate from, LocalDate to,
            List<Delta> deltas) {
        if (to != null && !to.isAfter(from)) {
            return;
        }
        deltas.add(new Delta(series, dims, region, from, 1));
        if (to != null) {
            deltas.add(new Delta(series, dims, region, to, -1));
        }
    }

    /** Overlapping or adjacent periods ([from, until), until null: open) merged, so renewals count once. */
    private static List<LocalDate[]> union(List<LocalDate[]> periods) {
        List<LocalDate[]> sorted = periods.stream()
                .filter(period -> period[1] == null || period[1].isAfter(period[0]))
                .sorted(Comparator.comparing((LocalDate[] period) -> period[0])).toList();
        List<LocalDate[]> merged = new ArrayList<>();
        for (LocalDate[] period : sorted) {
            LocalDate[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last[1] == null || !period[0].isAfter(last[1]))) {
                last[1] = last[1] == null || period[1] == null ? null : later(last[1], period[1]);
            } else {
                merged.add(new LocalDate[] {period[0], period[1]});
            }
        }
        return merged;
    }

    private static Incubation incubatedOn(FirmFacts firm, LocalDate date) {
        for (Incubation incubation : firm.incubations()) {
            if (!date.isBefore(incubation.admitted()) && (incubation.ended() == null
                    || date.isBefore(incubation.ended()))) {
                return incubation;
            }
        }
        return null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The earlier of two dates where null means "open-ended". */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
