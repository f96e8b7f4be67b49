package io.hatchery.application.command;

import io.hatchery.application.refusal.BusinessRuleViolation;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.InvalidCommand;
import io.hatchery.kernel.domain.RuleViolation;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.EventContext;
import io.hatchery.persistence.StaleAggregateVersionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a command against one aggregate: load, check access, decide, write state and events in one guarded step.
 * With an expected version (the caller's {@code If-Match}) a concurrent change is a 409; without one the command
 * is decided again on the fresh state, since deciding is a pure function of it.
 */
public final class Commands {

    private static final int ATTEMPTS = 5;

    private Commands() {
    }

    /**
     * @param access          throws when the caller may not act on the loaded state
     * @param expectedVersion the version the caller last saw, or null
     */
    public static <S> Aggregate<S> execute(AggregateStore<S> store, String id, Long expectedVersion,
            Consumer<S> access, Function<S, Decision<S>> command, EventContext context) {
        for (int attempt = 1; ; attempt++) {
            Aggregate<S> current = store.require(id);
            access.accept(current.state());
            if (expectedVersion != null && current.version() != expectedVersion) {
                throw new StaleAggregateVersionException(store.kind(), id, expectedVersion);
            }
            Decision<S> decision = decide(() -> command.apply(current.state()));
            if (!decision.changed()) {
                return current;
            }
            try {
                return store.update(current, decision.state(), decision.events(), context);
            } catch (StaleAggregateVersionException concurrent) {
                if (expectedVersion != null || attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    /**
     * Creates an aggregate under its natural id (a plan's, a cycle's). A retry of the same request under the same
     * {@code Idempotency-Key} gets the aggregate the first attempt created; without a key, or for a different
     * request, an existing id stays a 409.
     *
     * @param requestFingerprint {@link Idempotency#fingerprint} of the request, null without a key
     */
    public static <S> Aggregate<S> create(AggregateStore<S> store, String id, Decision<S> decision,
            EventContext context, String requestFingerprint) {
        try {
            return store.create(id, decision.state(), decision.events(), context, requestFingerprint);
        } catch (AggregateAlreadyExistsException exists) {
            if (requestFingerprint != null) {
                Aggregate<S> first = store.require(id);
                if (requestFingerprint.equals(first.requestFingerprint())) {
                    return first;
                }
            }
            throw exists;
        }
    }

    /**
     * As {@link #create(AggregateStore, String, Decision, EventContext, String)} for a decision that depends on
     * state that changes (a fund's remaining capacity): a retry finds the first attempt's aggregate before deciding
     * again, so it gets the first result rather than a refusal of what the first attempt used up.
     */
    public static <S> Aggregate<S> create(AggregateStore<S> store, String id, Supplier<Decision<S>> decision,
            EventContext context, String requestFingerprint) {
        if (requestFingerprint != null) {
            Aggregate<S> first = store.find(id).orElse(null);
            if (first != null && requestFingerprint.equals(first.requestFingerprint())) {
                return first;
            }
        }
        return create(store, id, decide(decision), context, requestFingerprint);
    }

    /** Runs domain logic, turning its refusals into the platform's problem responses (400 / 422). */
    public static <T> T decide(Supplier<T> decision) {
        try {
            return decision.get();
        } catch (InvalidCommand invalid) {
            throw new InvalidRequestException(invalid.problems().stream()
                    .map(problem -> new FieldError(problem.field(), problem.message())).toList());
        } catch (RuleViolation violation) {
            throw new BusinessRuleViolation(violation.rule(), violation.getMessage());
        }
    }
}
