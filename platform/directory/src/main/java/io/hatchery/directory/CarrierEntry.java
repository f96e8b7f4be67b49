package io.hatchery.directory;

/** What a service knows of a registry carrier, from the registry's events. */
public record CarrierEntry(String id, String name, String region, String operatorUscc, boolean delisted) {
}
