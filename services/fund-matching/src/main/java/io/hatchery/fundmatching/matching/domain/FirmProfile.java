package io.hatchery.fundmatching.matching.domain;

import java.util.List;

/**
 * What the scoring knows of the firm that asks, from the registry's events.
 *
 * @param regionPath the firm's region and every region above it, province first, so that "inside a fund's region"
 *                   is one lookup
 * @param carrierId  the carrier incubating it now, or null
 */
public record FirmProfile(String firmId, String industry, List<String> regionPath, String carrierId,
        boolean highTech, boolean techSme, boolean graduationEligible) {

    public FirmProfile {
        regionPath = List.copyOf(regionPath);
    }

    public boolean liesIn(String region) {
        return regionPath.contains(region);
    }
}
