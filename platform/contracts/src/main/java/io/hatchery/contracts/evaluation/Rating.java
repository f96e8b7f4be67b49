package io.hatchery.contracts.evaluation;

/** The yearly evaluation's rating of a carrier: 优秀 A, 良好 B, 合格 C, 不合格 D. */
public enum Rating {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}
