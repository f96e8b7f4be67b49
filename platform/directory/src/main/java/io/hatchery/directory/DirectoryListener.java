package io.hatchery.directory;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierProfileChanged;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmExited;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.contracts.registry.FirmGraduationEligible;
import io.hatchery.contracts.registry.FirmQualificationLapsed;
import io.hatchery.contracts.registry.FirmQualified;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.Qualification;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;

/** Keeps the directory of firms and carriers from the registry's events. */
public class DirectoryListener {

    private final RegistryDirectory directory;

    public DirectoryListener(RegistryDirectory directory) {
        this.directory = directory;
    }

    @KafkaListener(topics = {Topics.Names.REGISTRY_CARRIERS, Topics.Names.REGISTRY_FIRMS})
    public void on(EventEnvelope<?> event) {
        long version = event.aggregateVersion();
        Object data = event.data();
        if (data instanceof CarrierRegistered e) {
            directory.registerCarrier(e.carrierId(), version, Map.of("region", e.region(), "name",
                    e.profile().name(), "operatorUscc", e.profile().operator().uscc()));
        } else if (data instanceof CarrierProfileChanged e) {
            directory.updateCarrier(e.carrierId(), version, new Update().set("name", e.profile().name())
                    .set("operatorUscc", e.profile().operator().uscc()));
        } else if (data instanceof CarrierDelisted e) {
            directory.updateCarrier(e.carrierId(), version, new Update().set("delisted", true));
        } else if (data instanceof FirmRegistered e) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("uscc", e.uscc());
            fields.put("name", e.name());
            fields.put("industry", e.industry());
            fields.put("region", e.region());
            directory.registerFirm(e.firmId(), version, fields);
        } else if (data instanceof FirmAdmitted e) {
            directory.updateFirm(e.firmId(), version, new Update().set("carrierId", e.carrierId()));
        } else if (data instanceof FirmGraduated e) {
            directory.updateFirm(e.firmId(), version, new Update().unset("carrierId")
                    .set("graduationEligible", false));
        } else if (data instanceof FirmExited e) {
            directory.updateFirm(e.firmId(), version, new Update().unset("carrierId")
                    .set("graduationEligible", false));
        } else if (data instanceof FirmQualified e) {
            directory.updateFirm(e.firmId(), version, new Update().set(flag(e.qualification()), true));
        } else if (data instanceof FirmQualificationLapsed e) {
            directory.updateFirm(e.firmId(), version, new Update().set(flag(e.qualification()), false));
        } else if (data instanceof FirmGraduationEligible e) {
            directory.updateFirm(e.firmId(), version, new Update().set("graduationEligible", true));
        }
    }

    private static String flag(Qualification qualification) {
        return qualification == Qualification.HIGH_TECH ? "highTech" : "techSme";
    }
}
