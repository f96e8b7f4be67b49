package io.hatchery.exchange.subscription.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A subscription filter in the dialects of the CloudEvents Subscriptions API. {@code exact}, {@code prefix} and
 * {@code suffix} compare context attributes (and extensions, such as {@code region}) by name; {@code all},
 * {@code any} and {@code not} combine filters; {@code sql} is a CloudEvents SQL expression, evaluated by the
 * CloudEvents SDK ({@link SqlExpressions}). An attribute the event lacks never matches.
 */
public sealed interface Filter {

    /** Whether the event, seen through its attributes, passes. */
    boolean matches(Function<String, String> attributes, SqlExpressions sql);

    /** Every attribute equals its value. */
    record Exact(Map<String, String> attributes) implements Filter {
        @Override
        public boolean matches(Function<String, String> event, SqlExpressions sql) {
            return compare(attributes, event, String::equals);
        }
    }

    /** Every attribute starts with its value. */
    record Prefix(Map<String, String> attributes) implements Filter {
        @Override
        public boolean matches(Function<String, String> event, SqlExpressions sql) {
            return compare(attributes, event, String::startsWith);
        }
    }

    /** Every attribute ends with its value. */
    record Suffix(Map<String, String> attributes) implements Filter {
        @Override
        public boolean matches(Function<String, String> event, SqlExpressions sql) {
            return compare(attributes, event, String::endsWith);
        }
    }

    /** Every nested filter passes. */
    record All(List<Filter> filters) implements Filter {
        @Override
        public boolean matches(Function<String, String> event, SqlExpressions sql) {
            return filters.stream().allMatch(filter -> filter.matches(event, sql));
        }
    }

    /** At least one nested filter passes. */
    record Any(List<Filter> filters) implements Filter {
        @Override
        public boolean matches(Function<String, String> event, SqlExpressions sql) {
            return filters.stream().anyMatch(filter -> filter.matches(event, sql));
        }
    }

    /** The nested filter does not pass. */
    record Not(Filter filter) implements Filter {
        @Override
        public boolean matches(Function<String, String> event, SqlExpressions sql) {
            return !filter.matches(event, sql);
        }
    }

    /** A CloudEvents SQL expression that evaluates to true. */
    record Sql(String expression) implements Filter {
        @Override
        public boolean matches(Function<String, String> event, SqlExpressions sql) {
            return sql.test(expression);
        }
    }

    /** Evaluates CloudEvents SQL against the event being filtered. */
    interface SqlExpressions extends Predicate<String> {
    }

    private static boolean compare(Map<String, String> expected, Function<String, String> event,
            BiPredicate<String, String> test) {
        return expected.entrySet().stream().allMatch(attribute -> {
            String actual = event.apply(attribute.getKey().toLowerCase(Locale.ROOT));
            return actual != null && test.test(actual, attribute.getValue());
        });
    }
}
