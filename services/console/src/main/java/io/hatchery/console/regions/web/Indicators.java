package io.hatchery.console.regions.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The indicators the console shows and how a value reads: amounts in 万元 (RMB 10 000), areas in m², shares in
 * per cent, counts as whole numbers.
 */
public final class Indicators {

    /** The overview's headline figures, in the order shown. */
    public static final List<String> HEADLINE = List.of("carriers.count", "firms.incubating", "firms.admitted",
            "firms.graduated", "investments.amount", "funds.size", "talents.count", "mentors.count",
            "carriers.area", "evaluations.good_rate");

    /** The indicators a drill-down or a series may show. */
    public static final List<String> DRILLABLE = List.of("carriers.count", "carriers.certified", "carriers.area",
            "firms.incubating", "firms.admitted", "firms.graduated", "firms.high_tech", "firms.tech_sme",
            "investments.count", "investments.amount", "loans.amount", "funds.count", "funds.size", "talents.count",
            "mentors.count", "platforms.count", "activities.count");

    /** Indicators that take the carrier filters (kind, level, designation). */
    public static final List<String> CARRIER_FILTERED = List.of("carriers.count", "carriers.certified",
            "carriers.area");

    /** Indicators that count what happened in a window ("new"): a page shows the year so far. */
    private static final List<String> NEW = List.of("carriers.certified", "carriers.area.added", "firms.admitted",
            "firms.graduated", "firms.exited", "investments.count", "investments.amount", "loans.count",
            "loans.amount", "evaluations.count", "funds.established", "matches.proposed", "matches.accepted",
            "operating_teams.contracted", "activities.count");

    private Indicators() {
    }

    public static boolean isNew(String indicator) {
        return NEW.contains(indicator);
    }

    public static boolean isAmount(String indicator) {
        return indicator.endsWith(".amount") || indicator.equals("funds.size");
    }

    public static boolean isShare(String indicator) {
        return indicator.endsWith("_rate") || indicator.endsWith("_share") || indicator.endsWith(".conversion");
    }

    /** The value as the page shows it; a dash where there is none. */
    public static String format(String indicator, Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        BigDecimal number = new BigDecimal(value.toString());
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (isShare(indicator)) {
            format.setMaximumFractionDigits(1);
            return format.format(number.movePointRight(2)) + " %";
        }
        if (isAmount(indicator)) {
            format.setMaximumFractionDigits(1);
            return format.format(number.divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP));
        }
        format.setMaximumFractionDigits(0);
        return format.format(number);
    }

    /** The value as a chart plots it: in the unit the page shows. */
    public static BigDecimal plotted(String indicator, Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal number = new BigDecimal(value.toString());
        if (isShare(indicator)) {
            return number.movePointRight(2);
        }
        return isAmount(indicator) ? number.divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP) : number;
    }
}
