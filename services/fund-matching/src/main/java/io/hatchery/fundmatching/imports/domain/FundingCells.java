package io.hatchery.fundmatching.imports.domain;

import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import io.hatchery.spreadsheets.CellNames;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads fund-matching's values as people put them in cells: Chinese names of kinds, stages and links, shares. */
public final class FundingCells {

    private static final Map<String, FundKind> KINDS = Map.ofEntries(
            Map.entry("天使基金", FundKind.ANGEL), Map.entry("天使", FundKind.ANGEL),
            Map.entry("种子基金", FundKind.SEED), Map.entry("种子", FundKind.SEED),
            Map.entry("创投基金", FundKind.VENTURE), Map.entry("风险投资基金", FundKind.VENTURE),
            Map.entry("创业投资基金", FundKind.VENTURE),
            Map.entry("政府引导基金", FundKind.GOVERNMENT_GUIDANCE), Map.entry("引导基金", FundKind.GOVERNMENT_GUIDANCE),
            Map.entry("产业基金", FundKind.INDUSTRY), Map.entry("并购基金", FundKind.MERGER_ACQUISITION),
            Map.entry("母基金", FundKind.FUND_OF_FUNDS));

    private static final Map<String, FundingStage> STAGES = Map.of(
            "种子", FundingStage.SEED, "种子期", FundingStage.SEED, "天使", FundingStage.ANGEL,
            "天使轮", FundingStage.ANGEL, "A轮", FundingStage.SERIES_A, "B轮", FundingStage.SERIES_B,
            "成长期", FundingStage.GROWTH, "Pre-IPO", FundingStage.PRE_IPO);

    private static final Map<String, CarrierLink> LINKS = Map.of(
            "内设", CarrierLink.INSIDE, "孵化器内", CarrierLink.INSIDE, "载体内", CarrierLink.INSIDE,
            "共建", CarrierLink.CO_FOUNDED, "合作共建", CarrierLink.CO_FOUNDED);

    private static final Map<String, Instrument> INSTRUMENTS = Map.of(
            "股权", Instrument.EQUITY, "股权投资", Instrument.EQUITY, "可转债", Instrument.CONVERTIBLE);

    private FundingCells() {
    }

    public static FundKind kind(String value) {
        return CellNames.named(value, KINDS, FundKind.class);
    }

    public static FundingStage stage(String value) {
        return CellNames.named(value, STAGES, FundingStage.class);
    }

    public static CarrierLink link(String value) {
        return CellNames.named(value, LINKS, CarrierLink.class);
    }

    public static Instrument instrument(String value) {
        return CellNames.named(value, INSTRUMENTS, Instrument.class);
    }

    /** A list in one cell, split at commas, enumeration commas, semicolons or slashes. */
    public static List<String> list(String value) {
        return Arrays.stream(value.split("[,，、;；/]")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    /** A share from 0 to 1, written as such or as a percentage ("30%"). */
    public static BigDecimal share(String value) {
        String trimmed = value.trim();
        try {
            return trimmed.endsWith("%") || trimmed.endsWith("％")
                    ? new BigDecimal(trimmed.substring(0, trimmed.length() - 1).trim()).movePointLeft(2)
                    : new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a share (e.g. 0.3 or 30%)");
        }
    }
}
