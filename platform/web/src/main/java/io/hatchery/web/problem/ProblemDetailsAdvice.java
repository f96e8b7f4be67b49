package io.hatchery.web.problem;

import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.refusal.BusinessRuleViolation;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.refusal.TemporarilyUnavailableException;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.persistence.StaleAggregateVersionException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as RFC 9457 problem details ({@code application/problem+json}) with the request id and, for bad
 * input, the offending fields: validation 400, unknown ids 404, version conflicts 409, rule refusals 422,
 * storage unavailable 503. Bad input never produces a 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return respond(Problems.invalid(e.errors()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(StaleAggregateVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleAggregateVersionException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "version-conflict", "Changed by someone else",
                e.getMessage() + "; read it again and retry");
        problem.setProperty("expectedVersion", e.expectedVersion());
        return respond(problem);
    }

    @ExceptionHandler(AggregateAlreadyExistsException.class)
    ResponseEntity<ProblemDetail> exists(AggregateAlreadyExistsException e) {
        return respond(Problems.of(HttpStatus.CONFLICT, "already-exists", "Already exists", e.getMessage()));
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<ProblemDetail> refused(BusinessRuleViolation e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "Refused by a rule",
                e.getMessage());
        problem.setProperty("rule", e.rule());
        return respond(problem);
    }

    @ExceptionHandler(RegionAccessDeniedException.class)
    ResponseEntity<ProblemDetail> outOfScope(RegionAccessDeniedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "out-of-scope", "Outside your jurisdiction",
                e.getMessage());
        problem.setProperty("region", e.region());
        return respond(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "your roles do not allow this operation"));
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> storageDown(DataAccessResourceFailureException e) {
        log.warn("Storage unavailable: {}", e.getMessage());
        return respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "Storage unavailable",
                "the database cannot be reached right now; nothing was saved, retry later"));
    }

    /**
     * A constraint on a request parameter of a {@code @Validated} controller, checked by the method-validation
     * proxy rather than by Spring MVC: 400 naming the parameter (the last node of {@code method.parameter}).
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolated(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        e.getConstraintViolations().forEach(violation -> {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            errors.add(new FieldError(field == null ? "request" : field, violation.getMessage()));
        });
        return respond(Problems.invalid(errors));
    }

    @ExceptionHandler(TemporarilyUnavailableException.class)
    ResponseEntity<ProblemDetail> notYet(TemporarilyUnavailableException e) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.code(), "Not available yet",
                e.getMessage());
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem);
    }

    /** A multipart Content-Type the server cannot read, e.g. one without a boundary: the client's fault. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        return respond(Problems.invalid(List.of(new FieldError("Content-Type", "the multipart body cannot be read"
                + " (a multipart/form-data Content-Type needs a boundary; JSON commands take application/json)"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "something went wrong on our side; quote the request id when reporting it"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(),
                error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(new FieldError(error.getObjectName(),
                error.getDefaultMessage())));
        return body(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldError(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return body(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return body(Problems.invalid(List.of(describe(e))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "a valid value" : expectedValue(e.getRequiredType());
        return body(Problems.invalid(List.of(new FieldError(name, "must be " + expected + ", was '"
                + e.getValue() + "'"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return body(Problems.invalid(List.of(new FieldError(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            ProblemDetail withId = Problems.of(HttpStatus.valueOf(status.value()), "http-" + status.value(),
                    problem.getTitle(), problem.getDetail());
            return super.createResponseEntity(withId, headers, status, request);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** The field and the reason of unreadable JSON, as precisely as the parser can tell. */
    static FieldError describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(field(unknown), "is not a known field");
        }
        if (cause instanceof InvalidFormatException format) {
            return new FieldError(field(format), "must be " + expectedValue(format.getTargetType()) + ", was "
                    + quote(format.getValue()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return new FieldError(field(mismatch), "must be "
                    + (mismatch.getTargetType() == null ? "a valid value" : expectedValue(mismatch.getTargetType())));
        }
        if (cause instanceof JacksonException json) {
            return new FieldError(field(json), "is not valid JSON: " + json.getOriginalMessage());
        }
        return new FieldError("body", "is missing or not readable as JSON");
    }

    /** The JSON path of the value at fault; {@code body} when it is the whole document. */
    private static String field(JacksonException e) {
        String path = path(e);
        return path.isEmpty() ? "body" : path;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectedValue(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object constant : constants) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + names;
        }
        String name = type.getSimpleName();
        return switch (name) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "BigDecimal", "Double", "double", "Float", "float" -> "a number";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            case "List", "Set", "Collection" -> "a list";
            default -> "an object of type " + name;
        };
    }

    private static String quote(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
