package io.hatchery.evaluation.activity.events;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.funding.FundClosed;
import io.hatchery.contracts.funding.FundEstablished;
import io.hatchery.contracts.funding.FundResized;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.funding.LoanGranted;
import io.hatchery.contracts.talent.ActivityHeld;
import io.hatchery.contracts.talent.MentorEngaged;
import io.hatchery.contracts.talent.MentorReleased;
import io.hatchery.contracts.talent.OperatingTeamContractEnded;
import io.hatchery.contracts.talent.OperatingTeamContracted;
import io.hatchery.contracts.talent.PlatformClosed;
import io.hatchery.contracts.talent.PlatformEstablished;
import io.hatchery.contracts.talent.StaffReported;
import io.hatchery.contracts.identity.FirmIds;
import io.hatchery.contracts.registry.CarrierCertified;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierDowngraded;
import io.hatchery.contracts.registry.CarrierProfileChanged;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmExited;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.evaluation.activity.store.ActivityStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the evaluation's read model of carriers, firms, investments, loans and carriers' funds from others' events. */
@Component
public class ActivityListener {

    private final ActivityStore activity;

    public ActivityListener(ActivityStore activity) {
        this.activity = activity;
    }

    @KafkaListener(topics = {Topics.Names.REGISTRY_CARRIERS, Topics.Names.REGISTRY_FIRMS,
            Topics.Names.FUNDING_INVESTMENTS, Topics.Names.FUNDING_LOANS, Topics.Names.FUNDING_FUNDS,
            Topics.Names.TALENT_TALENTS, Topics.Names.TALENT_STAFF, Topics.Names.TALENT_TEAMS,
            Topics.Names.TALENT_PLATFORMS, Topics.Names.TALENT_ACTIVITIES})
    public void on(EventEnvelope<?> event) {
        long version = event.aggregateVersion();
        Object data = event.data();
        if (data instanceof CarrierRegistered e) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("kind", e.kind().name());
            fields.put("region", e.region());
            fields.put("establishedOn", e.establishedOn().toString());
            fields.put("totalArea", e.profile().totalArea());
            fields.put("incubationArea", e.profile().incubationArea());
            activity.registerCarrier(e.carrierId(), version, fields);
        } else if (data instanceof CarrierProfileChanged e) {
            activity.updateCarrier(e.carrierId(), version, new Update()
                    .set("totalArea", e.profile().totalArea()).set("incubationArea", e.profile().incubationArea()));
        } else if (data instanceof CarrierCertified e) {
            activity.updateCarrier(e.carrierId(), version,
                    new Update().set("level", e.level().name()));
        } else if (data instanceof CarrierDowngraded e) {
            activity.updateCarrier(e.carrierId(), version,
                    new Update().set("level", e.toLevel() == null ? null : e.toLevel().name()));
        } else if (data instanceof CarrierDelisted e) {
            activity.updateCarrier(e.carrierId(), version,
                    new Update().set("delisted", true).set("level", null));
        } else if (data instanceof FirmAdmitted e) {
            activity.updateStays(e.firmId(), version, stays -> {
                List<Document> changed = new ArrayList<>(stays);
                changed.add(new Document("carrierId", e.carrierId()).append("admitted", e.effectiveDate().toString()));
                return changed;
            });
        } else if (data instanceof FirmGraduated e) {
            activity.updateStays(e.firmId(), version, stays ->
                    end(stays, e.carrierId(), e.effectiveDate().toString(), true));
        } else if (data instanceof FirmExited e) {
            activity.updateStays(e.firmId(), version, stays ->
                    end(stays, e.carrierId(), e.effectiveDate().toString(), false));
        } else if (data instanceof InvestmentMade e) {
            activity.addInvestment(FirmIds.of(e.firmId(), e.firmUscc()),
                    e.investmentId(), e.fundId(), version, e.effectiveDate(), e.amountRmb());
        } else if (data instanceof LoanGranted e) {
            activity.addLoan(FirmIds.of(e.firmId(), e.firmUscc()), e.loanId(), version, e.effectiveDate(),
                    e.amountRmb());
        } else if (data instanceof FundEstablished e && e.carrierId() != null) {
            activity.updateFund(e.fundId(), version, new Update().set("carrierId", e.carrierId())
                    .set("kind", e.kind().name())
                    .set("link", e.carrierLink() == null ? null : e.carrierLink().name())
                    .set("committedRmb", e.committedRmb()).set("establishedOn", e.establishedOn().toString()));
        } else if (data instanceof FundResized e) {
            activity.updateFund(e.fundId(), version, new Update().set("committedRmb", e.committedRmb()));
        } else if (data instanceof FundClosed e) {
            activity.updateFund(e.fundId(), version, new Update().set("closedOn", e.effectiveDate().toString()));
        } else {
            talent(data, version);
        }
    }

    /** A carrier's talent records: staff, mentors' engagements, activities, platforms and operating teams. */
    private void talent(Object data, long version) {
        if (data instanceof StaffReported e) {
            activity.updateCarrierRecord("staff-" + e.carrierId(), e.carrierId(), version, e.carrierId(), "staff",
                    new Update().push("reports", new Document("asOf", e.effectiveDate().toString())
                            .append("fullTime", e.fullTime()).append("partTime", e.partTime())
                            .append("trained", e.trained())));
        } else if (data instanceof MentorEngaged e) {
            activity.updateCarrierRecord("mentor-" + e.talentId() + "-" + e.carrierId(), e.talentId(), version,
                    e.carrierId(), "mentor", new Update().set("from", e.effectiveDate().toString()).unset("until"));
        } else if (data instanceof MentorReleased e) {
            activity.updateCarrierRecord("mentor-" + e.talentId() + "-" + e.carrierId(), e.talentId(), version,
                    e.carrierId(), "mentor", new Update().set("until", e.effectiveDate().toString()));
        } else if (data instanceof ActivityHeld e) {
            activity.updateCarrierRecord(e.activityId(), e.activityId(), version, e.carrierId(), "activity",
                    new Update().set("from", e.effectiveDate().toString()));
        } else if (data instanceof PlatformEstablished e && e.carrierId() != null) {
            activity.updateCarrierRecord(e.platformId(), e.platformId(), version, e.carrierId(), "platform",
                    new Update().set("from", e.effectiveDate().toString()).set("kind", e.kind().name()));
        } else if (data instanceof PlatformClosed e) {
            activity.closeCarrierRecord(e.platformId(), version, e.effectiveDate());
        } else if (data instanceof OperatingTeamContracted e) {
            activity.updateCarrierRecord(e.contractId(), e.contractId(), version, e.carrierId(), "team",
                    new Update().set("from", e.effectiveDate().toString()));
        } else if (data instanceof OperatingTeamContractEnded e) {
            activity.updateCarrierRecord(e.contractId(), e.contractId(), version, e.carrierId(), "team",
                    new Update().set("until", e.effectiveDate().toString()));
        }
    }

    private static List<Document> end(List<Document> stays, String carrierId, String date, boolean graduated) {
        List<Document> changed = new ArrayList<>(stays);
        for (int i = changed.size() - 1; i >= 0; i--) {
            Document stay = changed.get(i);
            if (carrierId.equals(stay.getString("carrierId")) && stay.getString("ended") == null) {
                changed.set(i, new Document(stay).append("ended", date).append("graduated", graduated));
                break;
            }
        }
        return changed;
    }
}
