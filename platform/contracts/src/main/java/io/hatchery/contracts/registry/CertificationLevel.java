package io.hatchery.contracts.registry;

/**
 * Certification levels. Since 2025 national certification has two tiers; both count as {@link #NATIONAL} or
 * better when a target asks for "national level at least".
 */
public enum CertificationLevel {
    MUNICIPAL(1),
    PROVINCIAL(2),
    NATIONAL(3),
    NATIONAL_STANDARD(3),
    NATIONAL_EXCELLENCE(4);

    private final int rank;

    CertificationLevel(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean isAtLeast(CertificationLevel other) {
        return rank >= other.rank;
    }
}
