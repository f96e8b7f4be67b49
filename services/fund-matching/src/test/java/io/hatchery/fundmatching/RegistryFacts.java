package io.hatchery.fundmatching;

import static io.hatchery.fundmatching.FundingApi.newUscc;
import static io.hatchery.fundmatching.FundingApi.publishRegistryEvent;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmQualified;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.registry.Qualification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Carriers and firms as the registry publishes them, for the service tests: each returns once fund-matching's
 * directory holds what was published.
 */
final class RegistryFacts {

    private final MongoTemplate mongo;

    RegistryFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A carrier the registry registered in the region, once fund-matching knows it. */
    String carrierIn(String region) {
        String carrier = "carrier-" + UUID.randomUUID();
        publishRegistryEvent(Topics.REGISTRY_CARRIERS.name(), carrier, region, 1, new CarrierRegistered(carrier,
                CarrierKind.INCUBATOR, region, null, new CarrierProfile("孵化器" + carrier, new Operator("运营有限公司",
                        "91350100M000100Y43"), null, BigDecimal.valueOf(12000), BigDecimal.valueOf(9000), null, null,
                        null), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id")
                .is(carrier)), "directory_carriers"));
        return carrier;
    }

    /** A firm the registry registered in the region, admitted to the carrier if one is given. */
    String firmIn(String region, String carrier, String industry, boolean highTech) {
        String uscc = newUscc();
        String firm = "firm-" + uscc;
        long version = 1;
        publishRegistryEvent(Topics.REGISTRY_FIRMS.name(), firm, region, version, new FirmRegistered(firm, uscc,
                "科技有限公司" + uscc, LocalDate.of(2024, 2, 1), industry, region, LocalDate.of(2024, 2, 1)));
        if (carrier != null) {
            publishRegistryEvent(Topics.REGISTRY_FIRMS.name(), firm, region, ++version, new FirmAdmitted(firm,
                    carrier, region, LocalDate.of(2024, 3, 1)));
        }
        if (highTech) {
            publishRegistryEvent(Topics.REGISTRY_FIRMS.name(), firm, region, ++version, new FirmQualified(firm,
                    Qualification.HIGH_TECH, 2025, "GR2025" + uscc.substring(10), LocalDate.of(2028, 12, 1),
                    LocalDate.of(2025, 12, 1)));
        }
        Criteria known = Criteria.where("_id").is(firm);
        if (highTech) {
            known = known.and("highTech").is(true);
        }
        if (carrier != null) {
            known = known.and("carrierId").is(carrier);
        }
        Query query = Query.query(known);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(query, "directory_firms"));
        return firm;
    }
}
