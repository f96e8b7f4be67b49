package io.hatchery.application.refusal;

/**
 * One thing wrong with a request.
 *
 * @param field   JSON path of the offending field (e.g. {@code operator.uscc}) or the parameter name
 * @param message what is wrong, in words a user can act on
 */
public record FieldError(String field, String message) {
}
