package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.InvestorKind;
import io.hatchery.contracts.talent.ActivityKind;
import io.hatchery.contracts.talent.PlatformKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The projection's read side: indicators of a region at a date or over a window, computed from the cube, and the
 * plans whose progress is measured against them. A view of its projection's live state, not a copy: the caller
 * guards reads against the projection's writes.
 */
public final class Figures {

    /** The tag of an accepted match whose fund or bank funded its request. */
    static final String FUNDED = "FUNDED";
    /** The tag of a carrier offering any of the services. */
    static final String ANY_SERVICE = "ANY";

    private final Cube cube;
    private final Map<String, PlanFacts> plans;
    private final FirmReadModel firms;

    Figures(Cube cube, Map<String, PlanFacts> plans, FirmReadModel firms) {
        this.cube = cube;
        this.plans = plans;
        this.firms = firms;
    }

    /** Firms' profiles and the regions' incubation chains. */
    public FirmReadModel firms() {
        return firms;
    }

    /** A stock or ratio indicator at the end of a date. Null for a ratio over nothing. */
    public BigDecimal valueAt(String region, Indicator indicator, Filter filter, LocalDate date) {
        return switch (indicator.measure()) {
            case STOCK -> BigDecimal.valueOf(cube.stock(region, stockSeries(indicator, filter),
                    cells(indicator, filter), date));
            case RATIO -> switch (indicator) {
                case EVALUATIONS_GOOD_RATE -> goodRate(region, filter, date);
                case MATCHES_CONVERSION -> conversion(region, filter, date);
                case CARRIERS_SHARE_WITH_SERVICE -> serviceShare(region, filter, date);
                default -> ratio(region, filter, date);
            };
            case NEW -> throw new UnsupportedFilterException("at", indicator.key()
                    + " counts what happened in a window: give from and to");
        };
    }

    /**
     * What happened from {@code from} to {@code to}, both inclusive: the sum of a "new" indicator, or the net change
     * of a stock (新增: the stock at the end less the stock the day before the start).
     */
    public BigDecimal valueBetween(String region, Indicator indicator, Filter filter, LocalDate from, LocalDate to) {
        if (indicator.measure() == Measure.STOCK) {
            return valueAt(region, indicator, filter, to).subtract(valueAt(region, indicator, filter,
                    from.minusDays(1)));
        }
        if (indicator.measure() == Measure.RATIO) {
            throw new UnsupportedFilterException("from", indicator.key() + " is a share at a date: give at");
        }
        return BigDecimal.valueOf(cube.flow(region, stockSeries(indicator, filter), cells(indicator, filter), from,
                to));
    }

    private BigDecimal ratio(String region, Filter filter, LocalDate date) {
        cells(Indicator.FIRMS_TECH_SME_SHARE, filter);
        Filter incubating = new Filter(filter.kinds(), null, null, null);
        long all = cube.stock(region, Series.FIRMS_INCUBATING, cells(Indicator.FIRMS_INCUBATING, incubating), date);
        if (all == 0) {
            return null;
        }
        long smes = cube.stock(region, Series.FIRMS_TECH_SME, cells(Indicator.FIRMS_TECH_SME, incubating), date);
        return BigDecimal.valueOf(smes).divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP);
    }

    /** Of the carriers (of the kinds asked) existing at the date, those offering the service (or any). */
    private BigDecimal serviceShare(String region, Filter filter, LocalDate date) {
        Predicate<Dims> offering = cells(Indicator.CARRIERS_SHARE_WITH_SERVICE, filter);
        long all = cube.stock(region, Series.CARRIERS, dims -> filter.kindMatches(dims.kind()), date);
        if (all == 0) {
            return null;
        }
        long with = cube.stock(region, Series.CARRIER_SERVICES, offering, date);
        return BigDecimal.valueOf(with).divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP);
    }

    /** EXCELLENT and GOOD among the evaluations from the first of the date's year to the date. */
    private BigDecimal goodRate(String region, Filter filter, LocalDate date) {
        Predicate<Dims> cells = cells(Indicator.EVALUATIONS_GOOD_RATE, filter);
        LocalDate from = date.withDayOfYear(1);
        long all = cube.flow(region, Series.EVALUATIONS, cells, from, date);
        if (all == 0) {
            return null;
        }
        long good = cube.flow(region, Series.EVALUATIONS, cells.and(dims -> "EXCELLENT".equals(dims.tag())
                || "GOOD".equals(dims.tag())), from, date);
        return BigDecimal.valueOf(good).divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP);
    }

    /** Of the matches accepted from the first of the date's year to the date, those that funded their request. */
    private BigDecimal conversion(String region, Filter filter, LocalDate date) {
        Predicate<Dims> cells = cells(Indicator.MATCHES_CONVERSION, filter);
        LocalDate from = date.withDayOfYear(1);
        long accepted = cube.flow(region, Series.MATCHES_ACCEPTED, cells, from, date);
        if (accepted == 0) {
            return null;
        }
        long funded = cube.flow(region, Series.MATCHES_ACCEPTED, cells.and(dims -> FUNDED.equals(dims.tag())), from,
                date);
        return BigDecimal.valueOf(funded).divide(BigDecimal.valueOf(accepted), 4, RoundingMode.HALF_UP);
    }

    private static Series stockSeries(Indicator indicator, Filter filter) {
        boolean ever = filter.scope() == Scope.EVER_INCUBATED;
        return switch (indicator) {
            case CARRIERS_COUNT -> filter.designation() != null ? Series.CARRIER_DESIGNATIONS : Series.CARRIERS;
            case CARRIERS_CERTIFIED -> Series.CARRIER_UPGRADES;
            case CARRIERS_AREA -> Series.CARRIER_AREA;
            case CARRIERS_AREA_INCUBATION -> Series.CARRIER_INCUBATION_AREA;
            case CARRIERS_AREA_ADDED -> Series.CARRIER_AREA_ADDED;
            case CARRIERS_SHARE_WITH_SERVICE -> Series.CARRIER_SERVICES;
            case FIRMS_INCUBATING -> Series.FIRMS_INCUBATING;
            case FIRMS_ADMITTED -> Series.FIRMS_ADMITTED;
            case FIRMS_GRADUATED -> Series.FIRMS_GRADUATED;
            case FIRMS_EXITED -> Series.FIRMS_EXITED;
            case FIRMS_TECH_SME -> ever ? Series.FIRMS_EVER_TECH_SME : Series.FIRMS_TECH_SME;
            case FIRMS_HIGH_TECH -> ever ? Series.FIRMS_EVER_HIGH_TECH : Series.FIRMS_HIGH_TECH;
            case FIRMS_TECH_SME_SHARE -> Series.FIRMS_TECH_SME;
            case INVESTMENTS_COUNT -> Series.INVESTMENTS_COUNT;
            case INVESTMENTS_AMOUNT -> Series.INVESTMENTS_AMOUNT;
            case EVALUATIONS_COUNT, EVALUATIONS_GOOD_RATE -> Series.EVALUATIONS;
            case INVESTORS_COUNT -> Series.INVESTORS;
            case FUNDS_COUNT -> Series.FUNDS;
            case FUNDS_SIZE -> Series.FUNDS_SIZE;
            case FUNDS_ESTABLISHED -> Series.FUNDS_ESTABLISHED;
            case LOANS_COUNT -> Series.LOANS_COUNT;
            case LOANS_AMOUNT -> Series.LOANS_AMOUNT;
            case REQUESTS_OPEN -> Series.REQUESTS_OPEN;
            case MATCHES_PROPOSED -> Series.MATCHES_PROPOSED;
            case MATCHES_ACCEPTED, MATCHES_CONVERSION -> Series.MATCHES_ACCEPTED;
            case TALENTS_COUNT -> filter.program() != null ? Series.TALENT_RECOGNITIONS : Series.TALENTS;
            case MENTORS_COUNT -> Series.MENTORS;
            case OPERATING_TEAMS_CONTRACTED -> Series.OPERATING_TEAMS_CONTRACTED;
            case PLATFORMS_COUNT -> Series.PLATFORMS;
            case ACTIVITIES_COUNT -> Series.ACTIVITIES;
        };
    }

    /** Which cells of the indicator's series the filter selects; refuses filters the indicator cannot apply. */
    private static Predicate<Dims> cells(Indicator indicator, Filter filter) {
        if (filter.program() != null && indicator != Indicator.TALENTS_COUNT) {
            throw new UnsupportedFilterException("program", "program applies to talents.count");
        }
        if (filter.service() != null && indicator != Indicator.CARRIERS_SHARE_WITH_SERVICE) {
            throw new UnsupportedFilterException("service", "service applies to carriers.share_with_service");
        }
        Predicate<Dims> talent = talentCells(indicator, filter);
        if (talent != null) {
            return talent;
        }
        Predicate<Dims> funding = fundingCells(indicator, filter);
        if (funding != null) {
            return funding;
        }
        if (filter.type() != null) {
            throw new UnsupportedFilterException("type", "type applies to investors.count and funds.*");
        }
        if (filter.carrierLink() != null) {
            throw new UnsupportedFilterException("carrierLink", "carrierLink applies to funds.*");
        }
        boolean carrierIndicator = indicator.key().startsWith("carriers.");
        if (!carrierIndicator && filter.levelAtLeast() != null) {
            throw new UnsupportedFilterException("levelAtLeast", indicator.key() + " cannot be filtered by level");
        }
        if (!carrierIndicator && filter.designation() != null) {
            throw new UnsupportedFilterException("designation", indicator.key()
                    + " cannot be filtered by designation");
        }
        if (filter.scope() != null && indicator != Indicator.FIRMS_TECH_SME && indicator != Indicator.FIRMS_HIGH_TECH
                && !(indicator == Indicator.FIRMS_TECH_SME_SHARE && filter.scope() == Scope.INCUBATING)) {
            throw new UnsupportedFilterException("scope", "scope applies to firms.tech_sme and firms.high_tech");
        }
        if (indicator == Indicator.CARRIERS_COUNT && filter.designation() != null) {
            if (filter.levelAtLeast() != null) {
                throw new UnsupportedFilterException("levelAtLeast",
                        "carriers.count by designation cannot also be filtered by level");
            }
            String tag = filter.designation().name();
            return dims -> filter.kindMatches(dims.kind()) && tag.equals(dims.tag());
        }
        if (indicator == Indicator.CARRIERS_CERTIFIED) {
            if (filter.designation() != null) {
                throw new UnsupportedFilterException("designation", "carriers.certified cannot be filtered by "
                        + "designation");
            }
            int threshold = Math.max(1, filter.minimumRank());
            return dims -> filter.kindMatches(dims.kind()) && dims.fromLevel() < threshold
                    && dims.level() >= threshold;
        }
        if (carrierIndicator && filter.designation() != null) {
            throw new UnsupportedFilterException("designation", indicator.key()
                    + " cannot be filtered by designation");
        }
        if (indicator == Indicator.CARRIERS_SHARE_WITH_SERVICE) {
            if (filter.levelAtLeast() != null) {
                throw new UnsupportedFilterException("levelAtLeast", indicator.key() + " cannot be filtered by level");
            }
            String service = filter.service() == null ? ANY_SERVICE : filter.service().name();
            return dims -> filter.kindMatches(dims.kind()) && service.equals(dims.tag());
        }
        if (indicator == Indicator.CARRIERS_COUNT) {
            int minimum = filter.minimumRank();
            return dims -> filter.kindMatches(dims.kind()) && dims.level() >= minimum;
        }
        if (carrierIndicator && filter.levelAtLeast() != null) {
            throw new UnsupportedFilterException("levelAtLeast", indicator.key() + " cannot be filtered by level");
        }
        return dims -> filter.kindMatches(dims.kind());
    }

    /**
     * The cells of the indicators of investors, funds, requests and matches, which are not split by carrier kind;
     * null for any other indicator.
     */
    private static Predicate<Dims> fundingCells(Indicator indicator, Filter filter) {
        boolean investors = indicator == Indicator.INVESTORS_COUNT;
        boolean funds = indicator.key().startsWith("funds.");
        if (!investors && !funds && !indicator.key().startsWith("requests.")
                && !indicator.key().startsWith("matches.")) {
            return null;
        }
        String refused = filter.kinds() != null ? "kind" : filter.levelAtLeast() != null ? "levelAtLeast"
                : filter.designation() != null ? "designation" : filter.scope() != null ? "scope"
                : filter.type() != null && !investors && !funds ? "type"
                : filter.carrierLink() != null && !funds ? "carrierLink" : null;
        if (refused != null) {
            throw new UnsupportedFilterException(refused, indicator.key() + " cannot be filtered by " + refused);
        }
        String type = filter.type();
        if (type != null) {
            List<String> known = Arrays.stream(investors ? InvestorKind.values() : FundKind.values())
                    .map(Enum::name).toList();
            if (!known.contains(type)) {
                throw new UnsupportedFilterException("type", "'" + type + "' is not " + (investors
                        ? "an investor kind" : "a fund kind") + "; known: " + known);
            }
        }
        int link = filter.carrierLink() == null ? -1 : filter.carrierLink() == CarrierLink.INSIDE ? 1 : 2;
        return dims -> (type == null || type.equals(dims.tag())) && (link < 0 || dims.level() == link);
    }

    /** The cells of the talent service's indicators, which are split by a tag only; null for any other indicator. */
    private static Predicate<Dims> talentCells(Indicator indicator, Filter filter) {
        List<String> kinds = switch (indicator) {
            case PLATFORMS_COUNT -> Arrays.stream(PlatformKind.values()).map(Enum::name).toList();
            case ACTIVITIES_COUNT -> Arrays.stream(ActivityKind.values()).map(Enum::name).toList();
            case TALENTS_COUNT, MENTORS_COUNT, OPERATING_TEAMS_CONTRACTED -> List.of();
            default -> null;
        };
        if (kinds == null) {
            return null;
        }
        String refused = filter.kinds() != null ? "kind" : filter.levelAtLeast() != null ? "levelAtLeast"
                : filter.designation() != null ? "designation" : filter.scope() != null ? "scope"
                : filter.carrierLink() != null ? "carrierLink" : filter.type() != null && kinds.isEmpty() ? "type"
                : null;
        if (refused != null) {
            throw new UnsupportedFilterException(refused, indicator.key() + " cannot be filtered by " + refused);
        }
        String tag = filter.program() != null ? filter.program() : filter.type();
        if (filter.type() != null && !kinds.contains(filter.type())) {
            throw new UnsupportedFilterException("type", "'" + filter.type() + "' is not a kind of "
                    + indicator.key() + "; known: " + kinds);
        }
        return dims -> tag == null || tag.equals(dims.tag());
    }

    public Collection<PlanFacts> plans() {
        return List.copyOf(plans.values());
    }

    public PlanFacts plan(String planId) {
        return plans.get(planId);
    }
}
