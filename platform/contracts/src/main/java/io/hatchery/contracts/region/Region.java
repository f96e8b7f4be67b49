package io.hatchery.contracts.region;

/**
 * One node of the region tree.
 *
 * @param code       six-digit division code, or a deployment zone id such as {@code 320900-yannan}
 * @param parentCode null for provinces
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {
}
