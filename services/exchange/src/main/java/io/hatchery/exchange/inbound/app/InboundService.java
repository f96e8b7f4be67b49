package io.hatchery.exchange.inbound.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.command.Commands;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.ContractJson;
import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.MalformedEventException;
import io.hatchery.contracts.exchange.ExchangeEvents;
import io.hatchery.contracts.exchange.InboundFact;
import io.hatchery.contracts.identity.FirmIds;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.directory.FirmEntry;
import io.hatchery.directory.RegistryDirectory;
import io.hatchery.exchange.inbound.domain.ReportedFirm;
import io.hatchery.exchange.partner.app.PartnerService;
import io.hatchery.exchange.partner.domain.Partner;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.EventContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Facts other departments send in, as a CloudEvents batch: each item is checked on its own — a CloudEvent of an
 * inbound type the partner is entitled to, data valid against the type's published schema, a registered firm in
 * the partner's jurisdiction — and accepted once per (source, id). Accepted facts are published on the exchange's
 * inbound topic, keyed by the firm; a bad item is refused with its own problems and changes nothing.
 */
@Service
public class InboundService {

    /** The most items one batch may carry. */
    public static final int MAX_ITEMS = 500;

    private static final Logger log = LoggerFactory.getLogger(InboundService.class);

    private final AggregateStore<ReportedFirm> reported;
    private final PartnerService partners;
    private final RegistryDirectory directory;
    private final InboundSchemas schemas;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;

    public InboundService(AggregateStores stores, PartnerService partners, RegistryDirectory directory,
            InboundSchemas schemas, RegionCatalog regions, RegionScope scope, EventContexts eventContexts) {
        this.reported = stores.create("reported_firms", "reported firm", ReportedFirm.class, ReportedFirm::region);
        this.partners = partners;
        this.directory = directory;
        this.schemas = schemas;
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
    }

    /** What became of one item: ACCEPTED (published), DUPLICATE (seen before, nothing changed) or REJECTED. */
    public enum Outcome {
        ACCEPTED, DUPLICATE, REJECTED
    }

    /**
     * @param status the HTTP status the item would have had alone: 202, 200 (duplicate), 400, 403 or 422
     */
    public record ItemResult(int index, String id, String source, String type, Outcome outcome, int status,
            List<FieldError> problems) {
    }

    public record BatchResult(int accepted, int duplicates, int rejected, List<ItemResult> results) {
    }

    public BatchResult submit(Actor actor, JsonNode batch) {
        if (batch == null || !batch.isArray()) {
            throw new InvalidRequestException(List.of(new FieldError("body",
                    "must be a JSON array of CloudEvents (application/cloudevents-batch+json)")));
        }
        if (batch.isEmpty() || batch.size() > MAX_ITEMS) {
            throw new InvalidRequestException(List.of(new FieldError("body", "must hold 1 to " + MAX_ITEMS
                    + " events; it holds " + batch.size())));
        }
        Partner partner = partners.find(actor.partner()).orElseThrow(() -> new InvalidRequestException(List.of(
                new FieldError("partner", "the token's partner " + actor.partner() + " is not registered"))));
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            results.add(item(actor, partner, i, batch.get(i)));
        }
        int accepted = (int) results.stream().filter(result -> result.outcome() == Outcome.ACCEPTED).count();
        int duplicates = (int) results.stream().filter(result -> result.outcome() == Outcome.DUPLICATE).count();
        log.info("Partner {} sent {} fact(s): {} accepted, {} duplicate(s), {} rejected", partner.id(), results.size(),
                accepted, duplicates, results.size() - accepted - duplicates);
        return new BatchResult(accepted, duplicates, results.size() - accepted - duplicates, results);
    }

    private ItemResult item(Actor actor, Partner partner, int index, JsonNode item) {
        String id = text(item, "id");
        String source = text(item, "source");
        String typeName = text(item, "type");
        List<FieldError> problems = new ArrayList<>();
        if (item == null || !item.isObject()) {
            return rejected(index, id, source, typeName, 400, List.of(new FieldError("event",
                    "must be a CloudEvent object")));
        }
        if (!"1.0".equals(text(item, "specversion"))) {
            problems.add(new FieldError("specversion", "must be \"1.0\""));
        }
        requireText(id, "id", 200, problems);
        requireText(source, "source", 500, problems);
        requireText(typeName, "type", 200, problems);
        String contentType = text(item, "datacontenttype");
        if (contentType != null && !contentType.startsWith("application/json")) {
            problems.add(new FieldError("datacontenttype", "must be application/json"));
        }
        Optional<EventType<?>> type = ExchangeEvents.ALL.stream().filter(known -> known.name().equals(typeName))
                .findFirst();
        if (typeName != null && type.isEmpty()) {
            problems.add(new FieldError("type", "is not an inbound type; the catalogue lists them"));
        }
        JsonNode data = item.get("data");
        if (data == null || !data.isObject()) {
            problems.add(new FieldError("data", "must be a JSON object"));
        }
        if (!problems.isEmpty()) {
            return rejected(index, id, source, typeName, 400, problems);
        }
        if (!partner.entitlements().maySend(typeName)) {
            return rejected(index, id, source, typeName, 403, List.of(new FieldError("type", "partner " + partner.id()
                    + " is not entitled to send " + typeName)));
        }
        List<FieldError> dataProblems = schemas.problems(type.get(), data);
        if (!dataProblems.isEmpty()) {
            return rejected(index, id, source, typeName, 400, dataProblems);
        }
        InboundFact fact;
        try {
            DomainEvent decoded = EventCatalog.decode(typeName, ContractJson.mapper().writeValueAsBytes(data))
                    .orElseThrow();
            fact = (InboundFact) decoded;
        } catch (MalformedEventException e) {
            return rejected(index, id, source, typeName, 400, List.of(new FieldError("data", e.getMessage())));
        }
        Optional<FirmEntry> firm = directory.firmByUscc(fact.firmUscc());
        if (firm.isEmpty()) {
            return rejected(index, id, source, typeName, 422, List.of(new FieldError("data.firmUscc",
                    "no firm with USCC " + fact.firmUscc() + " is registered")));
        }
        String region = firm.get().region();
        if (region == null || !regions.subtreeCodes(partner.jurisdiction()).contains(region)
                || !scope.covers(actor, region)) {
            return rejected(index, id, source, typeName, 403, List.of(new FieldError("data.firmUscc", "firm "
                    + fact.firmUscc() + " is registered in " + region + ", outside partner " + partner.id()
                    + "'s jurisdiction " + partner.jurisdiction())));
        }
        boolean published = accept(actor, FirmIds.of(fact.firmUscc()), fact, region, source, id);
        return new ItemResult(index, id, source, typeName, published ? Outcome.ACCEPTED : Outcome.DUPLICATE,
                published ? 202 : 200, List.of());
    }

    /** @return true when published now, false when this (source, id) was accepted before */
    private boolean accept(Actor actor, String firmId, InboundFact fact, String region, String source, String id) {
        EventContext context = eventContexts.of(actor);
        if (reported.find(firmId).isEmpty()) {
            Decision<ReportedFirm> first = new ReportedFirm(firmId, fact.firmUscc(), region, null)
                    .accept(source, id, fact);
            try {
                reported.create(firmId, first.state(), first.events(), context, null);
                return true;
            } catch (AggregateAlreadyExistsException concurrent) {
                // another submission created it first: accept on top of it
            }
        }
        AtomicBoolean added = new AtomicBoolean();
        Commands.execute(reported, firmId, null, state -> { }, state -> {
            added.set(!state.hasReceived(source, id));
            return state.accept(source, id, fact);
        }, context);
        return added.get();
    }

    private static ItemResult rejected(int index, String id, String source, String type, int status,
            List<FieldError> problems) {
        return new ItemResult(index, id, source, type, Outcome.REJECTED, status, problems);
    }

    private static String text(JsonNode item, String field) {
        if (item == null || !item.isObject()) {
            return null;
        }
        JsonNode value = item.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static void requireText(String value, String field, int max, List<FieldError> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            problems.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
