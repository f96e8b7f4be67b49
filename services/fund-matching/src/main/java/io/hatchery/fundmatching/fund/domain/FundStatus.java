package io.hatchery.fundmatching.fund.domain;

/** Whether a fund still invests. */
public enum FundStatus {
    OPEN,
    CLOSED
}
