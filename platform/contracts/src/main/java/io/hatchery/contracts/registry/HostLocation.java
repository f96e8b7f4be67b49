package io.hatchery.contracts.registry;

/**
 * Where an offsite enclave physically is. It counts for its home region; this records the host.
 *
 * @param regionCode division code of the host city when it is in China and known, else null
 * @param place      the host as written (city name, district, or country abroad)
 * @param abroad     true for enclaves outside mainland China
 */
public record HostLocation(String regionCode, String place, boolean abroad) {
}
