package io.hatchery.talent.activity.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.region.RegionChecks;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.talent.ActivityKind;
import io.hatchery.directory.CarrierEntry;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.talent.activity.domain.Activity;
import io.hatchery.talent.activity.store.ActivityListing;
import io.hatchery.talent.carrier.app.CarrierAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Activities carriers hold, recorded by their operators or officers of their region. */
@Service
public class ActivityService {

    private final AggregateStore<Activity> activities;
    private final CarrierAccess carriers;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public ActivityService(AggregateStores stores, CarrierAccess carriers, RegionCatalog regions, RegionScope scope,
            EventContexts eventContexts, Clock clock) {
        this.activities = stores.create("activities", "activity", Activity.class, Activity::region,
                ActivityListing.LISTING);
        this.carriers = carriers;
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /** Records an activity; with an Idempotency-Key a retry returns the first record. */
    public Aggregate<Activity> record(Actor actor, String carrierId, ActivityKind kind, String title,
            LocalDate heldOn, int participants, int firms, String idempotencyKey, String requestFingerprint) {
        List<FieldError> problems = Activity.problems(title, heldOn, participants, firms, LocalDate.now(clock))
                .stream().map(problem -> new FieldError(problem.field(), problem.message())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        CarrierEntry carrier = carriers.requireWrite(actor, carrierId);
        String id = "activity-" + Idempotency.aggregateId("activity", actor.subject(), idempotencyKey);
        Activity activity = new Activity(id, carrier.id(), carrier.region(), kind, title.trim(), heldOn,
                participants, firms);
        return Commands.create(activities, id, () -> Activity.record(activity), eventContexts.of(actor),
                requestFingerprint);
    }

    public Aggregate<Activity> get(Actor actor, String id) {
        Aggregate<Activity> activity = activities.require(id);
        carriers.requireRead(actor, activity.state().carrierId());
        return activity;
    }

    /** Activities of a carrier, or of a region subtree (default: the caller's), newest first. */
    public Page<Aggregate<Activity>> list(Actor actor, String region, String carrierId, int page, int size) {
        Query query;
        if (carrierId != null) {
            carriers.requireRead(actor, carrierId);
            query = ActivityListing.page(null, carrierId, page, size);
        } else {
            String subtree = region != null ? region : actor.region();
            RegionChecks.requireKnown(regions, "region", subtree);
            scope.requireRead(actor, subtree);
            query = ActivityListing.page(regions.subtreeCodes(subtree), null, page, size);
        }
        return new Page<>(activities.find(query), page, size, activities.count(query));
    }
}
