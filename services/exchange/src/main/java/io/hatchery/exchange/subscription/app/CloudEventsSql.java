package io.hatchery.exchange.subscription.app;

import io.cloudevents.sql.EvaluationRuntime;
import io.cloudevents.sql.Expression;
import io.cloudevents.sql.ParseException;
import io.cloudevents.sql.Parser;
import io.cloudevents.sql.Result;
import io.hatchery.exchange.subscription.domain.Filter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * CloudEvents SQL through the CloudEvents SDK ({@code cloudevents-sql}): expressions are checked when a subscription
 * is created and compiled once. An expression that fails on an event (a missing attribute, a type mismatch) does
 * not select it.
 */
@Component
public class CloudEventsSql {

    private final Map<String, Expression> compiled = new ConcurrentHashMap<>();

    /** Why the expression cannot be used, if it cannot. */
    public Optional<String> problem(String expression) {
        try {
            compile(expression);
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of("is not valid CloudEvents SQL: " + e.getMessage());
        }
    }

    /** The SQL dialect evaluated against one event. */
    public Filter.SqlExpressions against(OutboundEvent event) {
        return expression -> {
            try {
                Result result = compile(expression).evaluate(EvaluationRuntime.getDefault(), event.asCloudEvent());
                return !result.isFailed() && Boolean.TRUE.equals(result.value());
            } catch (ParseException e) {
                return false;
            }
        };
    }

    private Expression compile(String expression) throws ParseException {
        Expression known = compiled.get(expression);
        if (known != null) {
            return known;
        }
        Expression parsed = Parser.parseDefault(expression);
        compiled.put(expression, parsed);
        return parsed;
    }
}
