package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.evaluation.EvaluationCompleted;
import io.hatchery.contracts.evaluation.Rating;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.registry.CarrierCertified;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierDesignated;
import io.hatchery.contracts.registry.CarrierDowngraded;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfileChanged;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.CarrierUndesignated;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmExited;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.contracts.registry.FirmQualificationLapsed;
import io.hatchery.contracts.registry.FirmQualified;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.Qualification;
import io.hatchery.statistics.projection.domain.HistoryGenerator.Delivery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Indicators computed straight from their definitions over the raw event histories, entity by entity and date by
 * date, with none of the projection's machinery: the reference the projection must match.
 */
final class BruteForce {

    private record Dated(LocalDate date, long version, DomainEvent event) {
    }

    private record Stay(String carrier, String region, LocalDate admitted, LocalDate ended, boolean graduated) {
    }

    private record Held(Qualification type, String number, LocalDate from, LocalDate until) {
    }

    private final Map<String, List<Delivery>> histories;
    private final Function<String, List<String>> selfAndAncestors;

    BruteForce(Map<String, List<Delivery>> histories, Function<String, List<String>> selfAndAncestors) {
        this.histories = histories;
        this.selfAndAncestors = selfAndAncestors;
    }

    private boolean within(String region, String ancestor) {
        return region != null && selfAndAncestors.apply(region).contains(ancestor);
    }

    private List<List<Delivery>> carriers() {
        return histories.values().stream().filter(h -> h.get(0).event() instanceof CarrierRegistered).toList();
    }

    private List<List<Delivery>> firms() {
        return histories.values().stream().filter(h -> h.get(0).stream().equals(Topics.Names.REGISTRY_FIRMS)).toList();
    }

    private static List<Dated> sortedByDate(List<Delivery> history, Class<?>... types) {
        List<Dated> dated = new ArrayList<>();
        for (Delivery delivery : history) {
            for (Class<?> type : types) {
                if (type.isInstance(delivery.event())) {
                    dated.add(new Dated(delivery.event().effectiveDate(), delivery.version(), delivery.event()));
                }
            }
        }
        dated.sort(Comparator.comparing(Dated::date).thenComparingLong(Dated::version));
        return dated;
    }

    private static CarrierRegistered registration(List<Delivery> carrier) {
        return (CarrierRegistered) carrier.get(0).event();
    }

    private static LocalDate delisting(List<Delivery> carrier) {
        return carrier.stream().filter(d -> d.event() instanceof CarrierDelisted).findFirst()
                .map(d -> d.event().effectiveDate()).orElse(null);
    }

    private static boolean exists(List<Delivery> carrier, LocalDate date) {
        LocalDate end = delisting(carrier);
        return !registration(carrier).effectiveDate().isAfter(date) && (end == null || date.isBefore(end));
    }

    private static int rankOf(DomainEvent event) {
        if (event instanceof CarrierCertified certified) {
            return certified.level().rank();
        }
        CarrierDowngraded downgraded = (CarrierDowngraded) event;
        return downgraded.toLevel() == null ? 0 : downgraded.toLevel().rank();
    }

    private static int rankAt(List<Delivery> carrier, LocalDate date) {
        int rank = 0;
        for (Dated change : sortedByDate(carrier, CarrierCertified.class, CarrierDowngraded.class)) {
            if (!change.date().isAfter(date)) {
                rank = rankOf(change.event());
            }
        }
        return rank;
    }

    private static boolean kindMatches(Filter filter, CarrierKind kind) {
        return filter.kinds() == null || (kind != null && filter.kinds().contains(kind));
    }

    long carriersCount(String region, Filter filter, LocalDate date) {
        long count = 0;
        for (List<Delivery> carrier : carriers()) {
            CarrierRegistered registered = registration(carrier);
            if (!within(registered.region(), region) || !kindMatches(filter, registered.kind())
                    || !exists(carrier, date)) {
                continue;
            }
            if (filter.designation() != null) {
                Boolean held = null;
                for (Dated change : sortedByDate(carrier, CarrierDesignated.class, CarrierUndesignated.class)) {
                    boolean same = change.event() instanceof CarrierDesignated designated
                            ? designated.designation() == filter.designation()
                            : ((CarrierUndesignated) change.event()).designation() == filter.designation();
                    if (same && !change.date().isAfter(date)) {
                        held = change.event() instanceof CarrierDesignated;
                    }
                }
                if (Boolean.TRUE.equals(held)) {
                    count++;
                }
            } else if (filter.levelAtLeast() == null || rankAt(carrier, date) >= filter.levelAtLeast().rank()) {
                count++;
            }
        }
        return count;
    }

    long carriersCertified(String region, Filter filter, LocalDate from, LocalDate to) {
        int threshold = Math.max(1, filter.levelAtLeast() == null ? 0 : filter.levelAtLeast().rank());
        long count = 0;
        for (List<Delivery> carrier : carriers()) {
            CarrierRegistered registered = registration(carrier);
            if (!within(registered.region(), region) || !kindMatches(filter, registered.kind())) {
                continue;
            }
            int previous = 0;
            for (Dated change : sortedByDate(carrier, CarrierCertified.class, CarrierDowngraded.class)) {
                int rank = rankOf(change.event());
                if (change.event() instanceof CarrierCertified && previous < threshold && rank >= threshold
                        && !change.date().isBefore(from) && !change.date().isAfter(to)) {
                    count++;
                }
                previous = rank;
            }
        }
        return count;
    }

    /** Total (or incubation) area of the carriers that exist on the date, each as its latest profile says. */
    long area(String region, Filter filter, LocalDate date, boolean incubation) {
        long sum = 0;
        for (List<Delivery> carrier : carriers()) {
            CarrierRegistered registered = registration(carrier);
            if (!within(registered.region(), region) || !kindMatches(filter, registered.kind())
                    || !exists(carrier, date)) {
                continue;
            }
            BigDecimal area = null;
            for (Dated change : sortedByDate(carrier, CarrierRegistered.class, CarrierProfileChanged.class)) {
                if (!change.date().isAfter(date)) {
                    var profile = change.event() instanceof CarrierRegistered r ? r.profile()
                            : ((CarrierProfileChanged) change.event()).profile();
                    area = incubation ? profile.incubationArea() : profile.totalArea();
                }
            }
            sum += area.setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        return sum;
    }

    long areaAdded(String region, Filter filter, LocalDate from, LocalDate to) {
        long sum = 0;
        for (List<Delivery> carrier : carriers()) {
            CarrierRegistered registered = registration(carrier);
            if (!within(registered.region(), region) || !kindMatches(filter, registered.kind())) {
                continue;
            }
            LocalDate start = registered.effectiveDate();
            LocalDate end = delisting(carrier);
            long previous = 0;
            boolean first = true;
            for (Dated change : sortedByDate(carrier, CarrierRegistered.class, CarrierProfileChanged.class)) {
                LocalDate when = change.date().isBefore(start) ? start : change.date();
                if (end != null && !when.isBefore(end)) {
                    break;
                }
                var profile = change.event() instanceof CarrierRegistered r ? r.profile()
                        : ((CarrierProfileChanged) change.event()).profile();
                long total = profile.totalArea().longValueExact();
                long added = first ? total : Math.max(0, total - previous);
                if (!when.isBefore(from) && !when.isAfter(to)) {
                    sum += added;
                }
                previous = total;
                first = false;
            }
        }
        return sum;
    }

    private CarrierKind kindOfCarrier(String carrierId) {
        List<Delivery> carrier = histories.get(carrierId);
        return carrier == null ? null : registration(carrier).kind();
    }

    private static List<Stay> stays(List<Delivery> firm) {
        List<Stay> stays = new ArrayList<>();
        for (Delivery delivery : firm) {
            if (delivery.event() instanceof FirmAdmitted admitted) {
                stays.add(new Stay(admitted.carrierId(), admitted.carrierRegion(), admitted.effectiveDate(), null,
                        false));
            } else if (delivery.event() instanceof FirmGraduated || delivery.event() instanceof FirmExited) {
                Stay open = stays.get(stays.size() - 1);
                stays.set(stays.size() - 1, new Stay(open.carrier(), open.region(), open.admitted(),
                        delivery.event().effectiveDate(), delivery.event() instanceof FirmGraduated));
            }
        }
        return stays;
    }

    private static List<Held> holdings(List<Delivery> firm) {
        List<Held> held = new ArrayList<>();
        for (Delivery delivery : firm) {
            if (delivery.event() instanceof FirmQualified qualified) {
                held.add(new Held(qualified.qualification(), qualified.certificateNumber(),
                        qualified.effectiveDate(), qualified.validUntil() == null ? null
                                : qualified.validUntil().plusDays(1)));
            } else if (delivery.event() instanceof FirmQualificationLapsed lapsed) {
                for (int i = held.size() - 1; i >= 0; i--) {
                    Held entry = held.get(i);
                    if (entry.type() == lapsed.qualification() && entry.number().equals(lapsed.certificateNumber())) {
                        LocalDate until = entry.until() == null || lapsed.effectiveDate().isBefore(entry.until())
                                ? lapsed.effectiveDate() : entry.until();
                        held.set(i, new Held(entry.type(), entry.number(), entry.from(), until));
                        break;
                    }
                }
            }
        }
        return held;
    }

    private static boolean incubatedOn(Stay stay, LocalDate date) {
        return !date.isBefore(stay.admitted()) && (stay.ended() == null || date.isBefore(stay.ended()));
    }

    private static boolean holdsOn(List<Held> held, Qualification type, LocalDate date) {
        return held.stream().anyMatch(entry -> entry.type() == type && !date.isBefore(entry.from())
                && (entry.until() == null || date.isBefore(entry.until())));
    }

    long incubating(String region, Filter filter, LocalDate date) {
        long count = 0;
        for (List<Delivery> firm : firms()) {
            for (Stay stay : stays(firm)) {
                if (within(stay.region(), region) && kindMatches(filter, kindOfCarrier(stay.carrier()))
                        && incubatedOn(stay, date)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Admissions ({@code which} = null), graduations (true) or exits (false) in the window. */
    long movements(String region, Filter filter, LocalDate from, LocalDate to, Boolean which) {
        long count = 0;
        for (List<Delivery> firm : firms()) {
            for (Stay stay : stays(firm)) {
                if (!within(stay.region(), region) || !kindMatches(filter, kindOfCarrier(stay.carrier()))) {
                    continue;
                }
                LocalDate when = which == null ? stay.admitted() : stay.ended();
                boolean kind = which == null || (stay.ended() != null && stay.graduated() == which);
                if (kind && when != null && !when.isBefore(from) && !when.isAfter(to)) {
                    count++;
                }
            }
        }
        return count;
    }

    long qualified(String region, Filter filter, LocalDate date, Qualification type) {
        long count = 0;
        for (List<Delivery> firm : firms()) {
            List<Stay> stays = stays(firm);
            List<Held> held = holdings(firm);
            if (stays.isEmpty() || !holdsOn(held, type, date)) {
                continue;
            }
            if (filter.scope() == Scope.EVER_INCUBATED) {
                Stay first = stays.stream().min(Comparator.comparing(Stay::admitted)).orElseThrow();
                if (within(first.region(), region) && kindMatches(filter, kindOfCarrier(first.carrier()))
                        && !date.isBefore(first.admitted())) {
                    count++;
                }
            } else {
                for (Stay stay : stays) {
                    if (within(stay.region(), region) && kindMatches(filter, kindOfCarrier(stay.carrier()))
                            && incubatedOn(stay, date)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    BigDecimal techSmeShare(String region, Filter filter, LocalDate date) {
        Filter incubating = new Filter(filter.kinds(), null, null, null);
        long all = incubating(region, incubating, date);
        if (all == 0) {
            return null;
        }
        return BigDecimal.valueOf(qualified(region, incubating, date, Qualification.TECH_SME))
                .divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP);
    }

    /** Evaluations in the window ({@code good}: only EXCELLENT and GOOD), where their carrier is. */
    long evaluations(String region, Filter filter, LocalDate from, LocalDate to, boolean good) {
        long count = 0;
        for (List<Delivery> history : histories.values()) {
            if (!(history.get(0).event() instanceof EvaluationCompleted evaluation)) {
                continue;
            }
            List<Delivery> carrier = histories.get(evaluation.carrierId());
            if (carrier == null || evaluation.effectiveDate().isBefore(from) || evaluation.effectiveDate().isAfter(to)) {
                continue;
            }
            CarrierRegistered registered = registration(carrier);
            boolean rated = !good || evaluation.rating() == Rating.EXCELLENT || evaluation.rating() == Rating.GOOD;
            if (rated && within(registered.region(), region) && kindMatches(filter, registered.kind())) {
                count++;
            }
        }
        return count;
    }

    BigDecimal goodRate(String region, Filter filter, LocalDate date) {
        long all = evaluations(region, filter, date.withDayOfYear(1), date, false);
        if (all == 0) {
            return null;
        }
        return BigDecimal.valueOf(evaluations(region, filter, date.withDayOfYear(1), date, true))
                .divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP);
    }

    long investments(String region, Filter filter, LocalDate from, LocalDate to, boolean amount) {
        long sum = 0;
        for (List<Delivery> history : histories.values()) {
            if (!(history.get(0).event() instanceof InvestmentMade made)) {
                continue;
            }
            List<Delivery> firm = histories.get(made.firmId());
            if (firm == null || made.effectiveDate().isBefore(from) || made.effectiveDate().isAfter(to)) {
                continue;
            }
            Stay where = stays(firm).stream().filter(stay -> incubatedOn(stay, made.effectiveDate())).findFirst()
                    .orElse(null);
            String at = where != null ? where.region() : firm.stream().filter(d -> d.event() instanceof FirmRegistered)
                    .map(d -> ((FirmRegistered) d.event()).region()).findFirst().orElse(null);
            CarrierKind kind = where != null ? kindOfCarrier(where.carrier()) : null;
            if (at != null && within(at, region) && kindMatches(filter, kind)) {
                sum += amount ? made.amountRmb().longValueExact() : 1;
            }
        }
        return sum;
    }
}
