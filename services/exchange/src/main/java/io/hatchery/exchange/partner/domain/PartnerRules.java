package io.hatchery.exchange.partner.domain;

import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.exchange.ExchangeEvents;
import io.hatchery.kernel.domain.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What makes a partner registrable: a code usable as a token claim, and entitlements naming real types. */
public final class PartnerRules {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

    private PartnerRules() {
    }

    /** The event types a partner may be entitled to receive: every type the platform publishes. */
    public static Set<String> outboundTypes() {
        return EventCatalog.all().stream().filter(type -> !ExchangeEvents.ADMINISTRATION.contains(type))
                .map(EventType::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The types a partner may be entitled to send in. */
    public static Set<String> inboundTypes() {
        return ExchangeEvents.ALL.stream().map(EventType::name).collect(Collectors.toCollection(TreeSet::new));
    }

    public static List<FieldProblem> problems(Partner partner) {
        List<FieldProblem> problems = new ArrayList<>();
        if (partner.id() == null || !CODE.matcher(partner.id()).matches()) {
            problems.add(new FieldProblem("code", "must be 3 to 64 lower-case letters, digits or '-', starting with"
                    + " a letter or digit (it is the partner claim of its client's tokens)"));
        }
        Set<String> outbound = outboundTypes();
        partner.entitlements().eventTypes().stream().filter(type -> !outbound.contains(type)).sorted()
                .forEach(type -> problems.add(new FieldProblem("entitlements.eventTypes", "unknown event type "
                        + type + "; the catalogue lists them")));
        Set<String> inbound = inboundTypes();
        partner.entitlements().inboundTypes().stream().filter(type -> !inbound.contains(type)).sorted()
                .forEach(type -> problems.add(new FieldProblem("entitlements.inboundTypes", "unknown inbound type "
                        + type + "; the catalogue lists them")));
        return problems;
    }

    /** The topics a set of event types travels on (what a subscription to them must read). */
    public static Set<String> topicsOf(Set<String> eventTypes) {
        return eventTypes.stream().map(EventCatalog::find).flatMap(Optional::stream)
                .map(type -> type.topic().name()).filter(topic -> Topics.byName(topic).isPresent())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
