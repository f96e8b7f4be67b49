package io.hatchery.contracts.region;

/**
 * A statistical zone a deployment defines under a city, for areas plans name that have no national code.
 *
 * @param id     unique id, by convention {@code <city code>-<slug>}
 * @param parent the city it belongs to
 */
public record DeploymentZone(String id, String name, String parent) {
}
