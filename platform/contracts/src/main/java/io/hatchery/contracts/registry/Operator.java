package io.hatchery.contracts.registry;

/** The legal entity running a carrier, identified by its unified social credit code. */
public record Operator(String name, String uscc) {
}
