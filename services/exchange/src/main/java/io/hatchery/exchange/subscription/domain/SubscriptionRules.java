package io.hatchery.exchange.subscription.domain;

import io.hatchery.exchange.partner.domain.Partner;
import io.hatchery.kernel.domain.FieldProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a subscription may ask for: entitled types, a usable sink, delivery settings within bounds. */
public final class SubscriptionRules {

    static final int MAX_FILTERS = 20;
    static final int MAX_FILTER_DEPTH = 5;

    private SubscriptionRules() {
    }

    public static List<FieldProblem> problems(Partner partner, Subscription subscription) {
        List<FieldProblem> problems = new ArrayList<>();
        subscription.types().stream().filter(type -> !partner.entitlements().mayReceive(type)).sorted()
                .forEach(type -> problems.add(new FieldProblem("types", "partner " + partner.id()
                        + " is not entitled to " + type)));
        if (subscription.types().isEmpty() && partner.entitlements().eventTypes().isEmpty()) {
            problems.add(new FieldProblem("types", "partner " + partner.id() + " is entitled to no event type"));
        }
        if (subscription.sink() != null) {
            sinkProblem(subscription.sink()).ifPresent(problem -> problems.add(new FieldProblem("sink", problem)));
        }
        if (subscription.filters().size() > MAX_FILTERS) {
            problems.add(new FieldProblem("filters", "at most " + MAX_FILTERS + " filters"));
        }
        for (int i = 0; i < subscription.filters().size(); i++) {
            if (depth(subscription.filters().get(i)) > MAX_FILTER_DEPTH) {
                problems.add(new FieldProblem("filters[" + i + "]", "nests deeper than " + MAX_FILTER_DEPTH
                        + " levels"));
            }
        }
        Delivery delivery = subscription.delivery();
        if (delivery.batchSize() < 1 || delivery.batchSize() > 100) {
            problems.add(new FieldProblem("delivery.batchSize", "must be between 1 and 100"));
        }
        if (delivery.maxAttempts() < 1 || delivery.maxAttempts() > 20) {
            problems.add(new FieldProblem("delivery.maxAttempts", "must be between 1 and 20"));
        }
        if (delivery.initialBackoffMs() < 10 || delivery.initialBackoffMs() > 600_000) {
            problems.add(new FieldProblem("delivery.initialBackoffMs", "must be between 10 and 600000"));
        }
        if (delivery.maxBackoffMs() < delivery.initialBackoffMs() || delivery.maxBackoffMs() > 3_600_000) {
            problems.add(new FieldProblem("delivery.maxBackoffMs", "must be at least initialBackoffMs and at most"
                    + " 3600000"));
        }
        return problems;
    }

    private static Optional<String> sinkProblem(String sink) {
        try {
            URI uri = new URI(sink);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.of("must be an absolute http or https URL");
            }
            if (sink.length() > 2000) {
                return Optional.of("must be at most 2000 characters");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL: " + e.getReason());
        }
    }

    private static int depth(Filter filter) {
        if (filter instanceof Filter.All all) {
            return 1 + all.filters().stream().mapToInt(SubscriptionRules::depth).max().orElse(0);
        }
        if (filter instanceof Filter.Any any) {
            return 1 + any.filters().stream().mapToInt(SubscriptionRules::depth).max().orElse(0);
        }
        if (filter instanceof Filter.Not not) {
            return 1 + depth(not.filter());
        }
        return 1;
    }
}
