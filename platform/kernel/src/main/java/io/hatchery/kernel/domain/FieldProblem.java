package io.hatchery.kernel.domain;

/** Something wrong with one field of a command, found by a domain rule. */
public record FieldProblem(String field, String message) {
}
