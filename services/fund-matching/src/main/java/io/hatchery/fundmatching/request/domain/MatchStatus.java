package io.hatchery.fundmatching.request.domain;

/** What the fund (or bank) proposed to a request made of the proposal. */
public enum MatchStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED
}
