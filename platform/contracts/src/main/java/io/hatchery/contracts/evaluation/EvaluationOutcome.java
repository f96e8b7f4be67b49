package io.hatchery.contracts.evaluation;

/** What an evaluation decided for the carrier beyond its rating. */
public enum EvaluationOutcome {
    /** Nothing changes. */
    NONE,
    /** Publicly commended (typically EXCELLENT). */
    COMMEND,
    /** Ordered to fix shortcomings by a deadline (限期整改). */
    RECTIFY,
    /** Certification level lowered by one step (降等). */
    DOWNGRADE,
    /** Certification revoked (摘牌). */
    DELIST
}
