package io.hatchery.statistics.support;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierCertified;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.testing.EventProbe;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds domain events as the other services publish them, each aggregate's versions counted up. */
public final class Events {

    private final Map<String, Long> versions = new HashMap<>();
    private final List<EventEnvelope<?>> carriers = new ArrayList<>();
    private final List<EventEnvelope<?>> firms = new ArrayList<>();

    public <T extends DomainEvent> EventEnvelope<T> envelope(String subject, String region, T data) {
        EventType<?> type = EventCatalog.typeOf(data);
        long version = versions.merge(subject, 1L, Long::sum);
        return new EventEnvelope<>(UUID.randomUUID(), "hatchery/test", type.name(), subject, Instant.now(),
                type.dataschema(), region, version, "test", null, data);
    }

    public String carrier(CarrierKind kind, String region, LocalDate registered, CertificationLevel level,
            LocalDate certified) {
        String id = "carrier-" + UUID.randomUUID();
        carriers.add(envelope(id, region, new CarrierRegistered(id, kind, region, null, new CarrierProfile("载体",
                new Operator("运营", "91350100M000100Y43"), null, BigDecimal.valueOf(2000), BigDecimal.valueOf(1500),
                List.of(), null, List.of()), registered, registered)));
        if (level != null) {
            carriers.add(envelope(id, region, new CarrierCertified(id, kind, level, null, "局", null, certified)));
        }
        return id;
    }

    public String firm(String carrierId, String region, LocalDate admitted, LocalDate graduated) {
        String id = "firm-" + UUID.randomUUID();
        firms.add(envelope(id, region, new FirmRegistered(id, "91350100M000100Y43", "企业" + id.substring(5, 13),
                admitted.minusMonths(3),
                "software", region, admitted.minusMonths(3))));
        firms.add(envelope(id, region, new FirmAdmitted(id, carrierId, region, admitted)));
        if (graduated != null) {
            firms.add(envelope(id, region, new FirmGraduated(id, carrierId, List.of(GraduationBasis.HIGH_TECH), "证书",
                    graduated)));
        }
        return id;
    }

    /** The firm begins a further stay, in another carrier. */
    public void admit(String firmId, String carrierId, String region, LocalDate admitted) {
        firms.add(envelope(firmId, region, new FirmAdmitted(firmId, carrierId, region, admitted)));
    }

    /** Publishes what was built so far to the registry topics. */
    public void publish() {
        EventProbe.publish(Topics.Names.REGISTRY_CARRIERS, carriers.toArray(EventEnvelope[]::new));
        EventProbe.publish(Topics.Names.REGISTRY_FIRMS, firms.toArray(EventEnvelope[]::new));
        carriers.clear();
        firms.clear();
    }
}
