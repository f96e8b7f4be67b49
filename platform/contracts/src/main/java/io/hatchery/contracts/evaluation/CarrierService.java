package io.hatchery.contracts.evaluation;

/**
 * A service a carrier offers its firms, as the plans count shares of carriers offering it (Shaoxing: 40 % of maker
 * spaces with a professional service team, 50 % offering financing, 60 % mentoring or training).
 */
public enum CarrierService {
    /** A professional operating team (专业运营机构) under contract. */
    PROFESSIONAL_TEAM,
    /** A fund inside the carrier or co-founded with its operator. */
    FINANCING,
    /** A mentor engaged, or a training held in the year up to the date. */
    MENTORING
}
