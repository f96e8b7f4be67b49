package io.hatchery.statistics.query.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.evaluation.CarrierService;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.statistics.projection.app.ProjectionEngine;
import io.hatchery.statistics.projection.domain.Figures;
import io.hatchery.statistics.projection.domain.Filter;
import io.hatchery.statistics.projection.domain.Indicator;
import io.hatchery.statistics.projection.domain.Measure;
import io.hatchery.statistics.projection.domain.Scope;
import io.hatchery.statistics.projection.domain.UnsupportedFilterException;
import io.hatchery.web.problem.Problems;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures of a region, answered from memory: one indicator, all of them, the same figure per child region, and
 * time series. Stocks and ratios take {@code at} (default today), "new" indicators {@code from} and {@code to}
 * (default this year so far); a stock with {@code from} and {@code to} gives its net change in that window. Filters: {@code kind} (repeatable), {@code levelAtLeast}, {@code designation},
 * {@code scope}. Tables come as CSV or .xlsx with {@code format=csv|xlsx} or the matching Accept header.
 */
@RestController
@RequestMapping("/api/statistics/regions/{code}")
public class FigureController {

    private final ProjectionEngine engine;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final Clock clock;

    public FigureController(ProjectionEngine engine, RegionCatalog regions, RegionScope scope, Clock clock) {
        this.engine = engine;
        this.regions = regions;
        this.scope = scope;
        this.clock = clock;
    }

    /** One figure; {@code at} for stocks and ratios, {@code from}/{@code to} for "new" indicators. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FigureView(String region, String indicator, LocalDate at, LocalDate from, LocalDate to,
            Map<String, Object> filters, BigDecimal value) {
    }

    /** A figure per child region, and the region's own. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChildrenView(String region, String indicator, LocalDate at, LocalDate from, LocalDate to,
            Map<String, Object> filters, BigDecimal value, List<ChildRow> children) {
    }

    public record ChildRow(String region, String name, BigDecimal value) {
    }

    public record SeriesView(String region, String indicator, String granularity, Map<String, Object> filters,
            List<Point> points) {
    }

    /** One period of a series: a stock at the period's end, or what happened in it. */
    public record Point(String period, LocalDate from, LocalDate to, BigDecimal value) {
    }

    @GetMapping("/indicators/{indicator}")
    public FigureView indicator(Actor actor, @PathVariable String code, @PathVariable String indicator,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<CarrierKind> kind,
            @RequestParam(required = false) CertificationLevel levelAtLeast,
            @RequestParam(required = false) Designation designation,
            @RequestParam(required = false) Scope scope,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) CarrierLink carrierLink,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) CarrierService service) {
        Indicator known = checked(actor, code, indicator);
        Filter filter = FigureQuery.filter(kind, levelAtLeast, designation, scope, type, carrierLink, program, service);
        Period period = period(known, at, from, to);
        return new FigureView(code, known.key(), period.at(), period.from(), period.to(), filter.describe(),
                engine.read(projection -> value(projection, code, known, filter, period)));
    }

    /** Every indicator of the region; "new" ones over this year so far (or the year of {@code at}). */
    @GetMapping("/indicators")
    public List<FigureView> all(Actor actor, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        checkRegion(actor, code);
        LocalDate date = at != null ? at : LocalDate.now(clock);
        return engine.read(projection -> {
            List<FigureView> figures = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                Period period = indicator.measure() == Measure.NEW
                        ? new Period(null, date.withDayOfYear(1), date) : new Period(date, null, null);
                figures.add(new FigureView(code, indicator.key(), period.at(), period.from(), period.to(), Map.of(),
                        value(projection, code, indicator, Filter.NONE, period)));
            }
            return figures;
        });
    }

    @GetMapping("/children")
    public ResponseEntity<?> children(Actor actor, @PathVariable String code, @RequestParam String indicator,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<CarrierKind> kind,
            @RequestParam(required = false) CertificationLevel levelAtLeast,
            @RequestParam(required = false) Designation designation,
            @RequestParam(required = false) Scope scope,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) CarrierLink carrierLink,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) CarrierService service,
            @RequestParam(required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        Indicator known = checked(actor, code, indicator);
        Filter filter = FigureQuery.filter(kind, levelAtLeast, designation, scope, type, carrierLink, program, service);
        Period period = period(known, at, from, to);
        ChildrenView view = engine.read(projection -> {
            List<ChildRow> rows = new ArrayList<>();
            for (Region child : regions.children(code)) {
                rows.add(new ChildRow(child.code(), child.name(), value(projection, child.code(), known, filter,
                        period)));
            }
            return new ChildrenView(code, known.key(), period.at(), period.from(), period.to(), filter.describe(),
                    value(projection, code, known, filter, period), rows);
        });
        MediaType table = Tables.requested(format, accept);
        if (table == null) {
            return ResponseEntity.ok(view);
        }
        List<List<Object>> rows = new ArrayList<>();
        view.children().forEach(row -> rows.add(List.of(row.region(), row.name(), nullable(row.value()))));
        rows.add(List.of(code, regions.find(code).map(Region::name).orElse(code), nullable(view.value())));
        return Tables.render(new Tables.Table(code + "-" + known.key(), List.of("region", "name", known.key()),
                rows), table);
    }

    @GetMapping("/indicators/{indicator}/series")
    public ResponseEntity<?> series(Actor actor, @PathVariable String code, @PathVariable String indicator,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "month") String granularity,
            @RequestParam(required = false) List<CarrierKind> kind,
            @RequestParam(required = false) CertificationLevel levelAtLeast,
            @RequestParam(required = false) Designation designation,
            @RequestParam(required = false) Scope scope,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) CarrierLink carrierLink,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) CarrierService service,
            @RequestParam(required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        Indicator known = checked(actor, code, indicator);
        Filter filter = FigureQuery.filter(kind, levelAtLeast, designation, scope, type, carrierLink, program, service);
        if (to.isBefore(from)) {
            throw InvalidRequestException.of("to", "is before from");
        }
        List<LocalDate[]> periods = periods(from, to, granularity);
        if (periods.size() > 1200) {
            throw InvalidRequestException.of("granularity", "gives " + periods.size()
                    + " periods; at most 1200, choose a coarser one");
        }
        SeriesView view = engine.read(projection -> {
            List<Point> points = new ArrayList<>();
            for (LocalDate[] bounds : periods) {
                Period period = known.measure() == Measure.NEW ? new Period(null, bounds[0], bounds[1])
                        : new Period(bounds[1], null, null);
                points.add(new Point(label(bounds[0], granularity), bounds[0], bounds[1],
                        value(projection, code, known, filter, period)));
            }
            return new SeriesView(code, known.key(), granularity, filter.describe(), points);
        });
        MediaType table = Tables.requested(format, accept);
        if (table == null) {
            return ResponseEntity.ok(view);
        }
        List<List<Object>> rows = new ArrayList<>();
        view.points().forEach(point -> rows.add(List.of(point.period(), point.from().toString(), point.to().toString(),
                nullable(point.value()))));
        return Tables.render(new Tables.Table(code + "-" + known.key() + "-" + granularity,
                List.of("period", "from", "to", known.key()), rows), table);
    }

    @ExceptionHandler(UnsupportedFilterException.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedFilterException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.invalid(List.of(new FieldError(e.parameter(), e.getMessage()))));
    }

    private record Period(LocalDate at, LocalDate from, LocalDate to) {
    }

    private Period period(Indicator indicator, LocalDate at, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        if (indicator.measure() == Measure.NEW) {
            if (at != null) {
                throw InvalidRequestException.of("at", indicator.key()
                        + " counts what happened in a window: give from and to");
            }
            LocalDate end = to != null ? to : today;
            LocalDate start = from != null ? from : end.withDayOfYear(1);
            if (end.isBefore(start)) {
                throw InvalidRequestException.of("to", "is before from");
            }
            return new Period(null, start, end);
        }
        if (from != null || to != null) {
            if (indicator.measure() == Measure.RATIO || at != null || from == null || to == null) {
                throw InvalidRequestException.of(from != null ? "to" : "from", indicator.key()
                        + (indicator.measure() == Measure.RATIO ? " is a share at a date: give at"
                        : ": give at for the stock, or both from and to for its net change"));
            }
            if (to.isBefore(from)) {
                throw InvalidRequestException.of("to", "is before from");
            }
            return new Period(null, from, to);
        }
        return new Period(at != null ? at : today, null, null);
    }

    private static BigDecimal value(Figures projection, String region, Indicator indicator, Filter filter,
            Period period) {
        return period.from() != null
                ? projection.valueBetween(region, indicator, filter, period.from(), period.to())
                : projection.valueAt(region, indicator, filter, period.at());
    }

    private Indicator checked(Actor actor, String code, String indicator) {
        checkRegion(actor, code);
        return Indicator.byKey(indicator).orElseThrow(() -> new AggregateNotFoundException("indicator", indicator));
    }

    private void checkRegion(Actor actor, String code) {
        if (!regions.contains(code)) {
            throw new AggregateNotFoundException("region", code);
        }
        scope.requireRead(actor, code);
    }

    private static List<LocalDate[]> periods(LocalDate from, LocalDate to, String granularity) {
        List<LocalDate[]> periods = new ArrayList<>();
        LocalDate start = switch (granularity) {
            case "month" -> from.withDayOfMonth(1);
            case "quarter" -> from.with(IsoFields.DAY_OF_QUARTER, 1);
            case "year" -> from.withDayOfYear(1);
            default -> throw InvalidRequestException.of("granularity", "must be month, quarter or year");
        };
        while (!start.isAfter(to)) {
            LocalDate next = switch (granularity) {
                case "month" -> start.plusMonths(1);
                case "quarter" -> start.plusMonths(3);
                default -> start.plusYears(1);
            };
            LocalDate end = next.minusDays(1).isAfter(to) ? to : next.minusDays(1);
            periods.add(new LocalDate[] {start.isBefore(from) ? from : start, end});
            start = next;
        }
        return periods;
    }

    private static String label(LocalDate start, String granularity) {
        return switch (granularity) {
            case "month" -> start.getYear() + "-" + String.format("%02d", start.getMonthValue());
            case "quarter" -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            default -> Integer.toString(start.getYear());
        };
    }

    private static Object nullable(BigDecimal value) {
        return value == null ? "" : value;
    }
}
