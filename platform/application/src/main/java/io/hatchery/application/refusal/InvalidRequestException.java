package io.hatchery.application.refusal;

import java.util.List;

/** A request that is well-formed JSON but whose content is invalid (HTTP 400), naming the fields at fault. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request"));
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
