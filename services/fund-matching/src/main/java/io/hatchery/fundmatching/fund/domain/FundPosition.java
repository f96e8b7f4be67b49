package io.hatchery.fundmatching.fund.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What a fund has invested, summed from its investments.
 *
 * @param investedLocallyRmb    the part invested in firms inside the fund's region
 * @param investmentCount       how many investments it made
 * @param investmentsByIndustry its investments counted per industry of the firm invested in (where it is known)
 */
public record FundPosition(BigDecimal investedRmb, BigDecimal investedLocallyRmb, int investmentCount,
        Map<String, Integer> investmentsByIndustry) {

    public static final FundPosition NOTHING = new FundPosition(BigDecimal.ZERO, BigDecimal.ZERO, 0, Map.of());

    public FundPosition {
        investmentsByIndustry = Map.copyOf(investmentsByIndustry);
    }

    /** What the fund can still invest: committed less invested, never below zero. */
    public BigDecimal remainingRmb(Fund fund) {
        return fund.committedRmb().subtract(investedRmb).max(BigDecimal.ZERO);
    }

    /** Local investment so far against the fund's mandate, 0 to 1 (1 when met or when there is none). */
    public BigDecimal reinvestmentAchieved(Fund fund) {
        BigDecimal mandate = fund.reinvestmentMandateRmb();
        if (mandate.signum() == 0) {
            return BigDecimal.ONE;
        }
        return investedLocallyRmb.divide(mandate, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    }

    /** How far the fund is behind its mandate: 1 with nothing reinvested, 0 when met or without one. */
    public BigDecimal reinvestmentBehind(Fund fund) {
        return BigDecimal.ONE.subtract(reinvestmentAchieved(fund));
    }
}
