package io.hatchery.exchange.inbound.domain;

import io.hatchery.contracts.exchange.InboundFact;
import io.hatchery.kernel.domain.Decision;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A firm as other departments reported on it: the aggregate the exchange publishes their facts under, keyed by the
 * firm, so that one firm's facts keep their order. It remembers every (source, id) it accepted, which makes a
 * repeated submission change nothing.
 *
 * @param region   the firm's region when the first fact arrived, published with its facts
 * @param received {@code source|id} of every accepted CloudEvent
 */
public record ReportedFirm(String firmId, String uscc, String region, Set<String> received) {

    public ReportedFirm {
        received = received == null ? Set.of() : Set.copyOf(received);
    }

    public static String receipt(String source, String id) {
        return source + "|" + id;
    }

    public boolean hasReceived(String source, String id) {
        return received.contains(receipt(source, id));
    }

    /** Accepts a fact once: a (source, id) seen before changes nothing. */
    public Decision<ReportedFirm> accept(String source, String id, InboundFact fact) {
        if (hasReceived(source, id)) {
            return Decision.unchanged(this);
        }
        Set<String> more = new HashSet<>(received);
        more.add(receipt(source, id));
        return new Decision<>(new ReportedFirm(firmId, uscc, region, more), List.of(fact));
    }
}
