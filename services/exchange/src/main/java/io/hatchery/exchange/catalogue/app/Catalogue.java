package io.hatchery.exchange.catalogue.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.Role;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.ContractJson;
import io.hatchery.contracts.DataClass;
import io.hatchery.contracts.DataClassification;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.exchange.ExchangeEvents;
import io.hatchery.exchange.partner.app.PartnerService;
import io.hatchery.exchange.partner.domain.Partner;
import io.hatchery.persistence.AggregateNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * What can be exchanged: every outbound type (who publishes it, its schema, an example, the data class of each
 * field, which partners receive it) and every inbound type (which partners may send it). Partners are named to the
 * administrators and auditors; a partner's client sees itself only.
 */
@Service
public class Catalogue {

    private static final int MAX_PARTNERS = 1_000;
    private static final String RESOURCES = "/io/hatchery/contracts/";

    private final PartnerService partners;

    public Catalogue(PartnerService partners) {
        this.partners = partners;
    }

    public record Outbound(String type, String topic, String publisher, String dataschema, JsonNode schema,
            JsonNode example, Map<String, DataClass> dataClasses, List<String> receivers) {
    }

    public record Inbound(String type, String topic, String dataschema, JsonNode schema, JsonNode example,
            List<String> senders) {
    }

    public record Entries(List<Outbound> outbound, List<Inbound> inbound) {
    }

    public Entries entries(Actor actor) {
        List<Partner> visible = partners.all(MAX_PARTNERS).stream()
                .filter(partner -> actor.hasAny(Role.PROVINCE_ADMIN, Role.AUDITOR) || actor.actsFor(partner.id()))
                .sorted(Comparator.comparing(Partner::id)).toList();
        List<Outbound> outbound = EventCatalog.all().stream()
                .filter(type -> !ExchangeEvents.ADMINISTRATION.contains(type))
                .sorted(Comparator.comparing(EventType::name))
                .map(type -> new Outbound(type.name(), type.topic().name(), type.topic().owner(), type.dataschema(),
                        json(type.schemaResource()), json(type.exampleResource()), DataClassification.of(type),
                        ids(visible, partner -> partner.entitlements().mayReceive(type.name()))))
                .toList();
        List<Inbound> inbound = ExchangeEvents.ALL.stream().sorted(Comparator.comparing(EventType::name))
                .map(type -> new Inbound(type.name(), Topics.EXCHANGE_INBOUND.name(), type.dataschema(),
                        json(type.schemaResource()), json(type.exampleResource()),
                        ids(visible, partner -> partner.entitlements().maySend(type.name()))))
                .toList();
        return new Entries(outbound, inbound);
    }

    /** The AsyncAPI document of every channel, as YAML; its payloads refer to {@code schemas/<type>.schema.json}. */
    public String asyncApi() {
        return text(RESOURCES + "asyncapi.yaml").orElseThrow();
    }

    /** A published schema by its file name ({@code <type>.schema.json}). */
    public JsonNode schema(String fileName) {
        if (!fileName.matches("[a-z0-9.-]+\\.schema\\.json")) {
            throw new InvalidRequestException(List.of(new FieldError("name", "must name a schema file,"
                    + " <type>.schema.json")));
        }
        return EventCatalog.all().stream().filter(type -> type.schemaResource().endsWith("/" + fileName))
                .findFirst().map(type -> json(type.schemaResource()))
                .orElseThrow(() -> new AggregateNotFoundException("schema", fileName));
    }

    private static List<String> ids(List<Partner> partners, Predicate<Partner> condition) {
        return partners.stream().filter(condition).map(Partner::id).toList();
    }

    private static JsonNode json(String resource) {
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing contract resource " + resource);
            }
            return ContractJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> text(String resource) {
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
