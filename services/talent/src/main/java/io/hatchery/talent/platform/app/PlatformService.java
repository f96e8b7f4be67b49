package io.hatchery.talent.platform.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.contracts.talent.PlatformKind;
import io.hatchery.contracts.talent.RecognitionLevel;
import io.hatchery.directory.CarrierEntry;
import io.hatchery.directory.FirmEntry;
import io.hatchery.directory.RegistryDirectory;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.Listing;
import io.hatchery.talent.carrier.app.CarrierAccess;
import io.hatchery.talent.platform.domain.TalentPlatform;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Service;

/**
 * Talent and innovation platforms at carriers (recorded by their operators or officers of their region) or at firms
 * (by officers of the firm's region).
 */
@Service
public class PlatformService {

    private static final Listing<TalentPlatform> LISTING = new Listing<>(1,
            platform -> new Document("region", platform.region()).append("kind", platform.kind().name()), List.of());

    private final AggregateStore<TalentPlatform> platforms;
    private final CarrierAccess carriers;
    private final RegistryDirectory directory;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public PlatformService(AggregateStores stores, CarrierAccess carriers, RegistryDirectory directory,
            RegionScope scope, EventContexts eventContexts, Clock clock) {
        this.platforms = stores.create("platforms", "platform", TalentPlatform.class, TalentPlatform::region,
                LISTING);
        this.carriers = carriers;
        this.directory = directory;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    public Aggregate<TalentPlatform> establish(Actor actor, String name, PlatformKind kind, RecognitionLevel level,
            String carrierId, String firmId, LocalDate establishedOn, String idempotencyKey,
            String requestFingerprint) {
        List<FieldError> problems = new ArrayList<>(TalentPlatform.problems(name, carrierId, firmId, establishedOn,
                LocalDate.now(clock)).stream().map(problem -> new FieldError(problem.field(), problem.message()))
                .toList());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String region;
        if (carrierId != null) {
            CarrierEntry carrier = carriers.requireWrite(actor, carrierId);
            region = carrier.region();
        } else {
            FirmEntry firm = directory.firm(firmId).orElseThrow(() -> InvalidRequestException.of("firmId",
                    "no firm " + firmId + " is registered"));
            scope.requireWrite(actor, firm.region());
            region = firm.region();
        }
        String id = "platform-" + Idempotency.aggregateId("platform", actor.subject(), idempotencyKey);
        TalentPlatform platform = new TalentPlatform(id, name.trim(), kind, level, carrierId, firmId, region,
                establishedOn, null);
        return Commands.create(platforms, id, () -> TalentPlatform.establish(platform), eventContexts.of(actor),
                requestFingerprint);
    }

    public Aggregate<TalentPlatform> close(Actor actor, String id, Long expectedVersion, LocalDate on) {
        if (on.isAfter(LocalDate.now(clock))) {
            throw InvalidRequestException.of("closedOn", "is in the future");
        }
        return Commands.execute(platforms, id, expectedVersion, platform -> requireWrite(actor, platform),
                platform -> TalentPlatform.close(platform, on), eventContexts.of(actor));
    }

    public Aggregate<TalentPlatform> get(Actor actor, String id) {
        Aggregate<TalentPlatform> platform = platforms.require(id);
        if (platform.state().carrierId() != null) {
            carriers.requireRead(actor, platform.state().carrierId());
        } else {
            scope.requireRead(actor, platform.state().region());
        }
        return platform;
    }

    private void requireWrite(Actor actor, TalentPlatform platform) {
        if (platform.carrierId() != null) {
            carriers.requireWrite(actor, platform.carrierId());
        } else {
            scope.requireWrite(actor, platform.region());
        }
    }
}
