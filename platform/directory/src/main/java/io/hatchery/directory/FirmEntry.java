package io.hatchery.directory;

/**
 * What a service knows of a registry firm, from the registry's events.
 *
 * @param carrierId the carrier incubating it now, or null
 */
public record FirmEntry(String id, String uscc, String name, String industry, String region, String carrierId,
        boolean highTech, boolean techSme, boolean graduationEligible) {
}
