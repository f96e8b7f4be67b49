package io.hatchery.exchange.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.DataClass;
import io.hatchery.contracts.DataClassification;
import io.hatchery.contracts.funding.FundingEvents;
import io.hatchery.contracts.registry.RegistryEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a receiver is not entitled to is removed field by field, nested ones included, and the removal is named. */
class RedactionTest {

    @Test
    void restrictedAndInternalFieldsAreRemovedForAPublicOnlyReceiverAndKeptForAnEntitledOne() {
        Map<String, Object> investment = new LinkedHashMap<>();
        investment.put("investmentId", "inv-1");
        investment.put("firmId", "firm-91330483MA2B3C4D5D");
        investment.put("amountRmb", 3_000_000);
        investment.put("round", "ANGEL");
        investment.put("effectiveDate", "2025-03-01");
        Map<String, DataClass> classes = DataClassification.of(FundingEvents.INVESTMENT_MADE);

        Redaction.Redacted publicOnly = Redaction.apply(investment, classes, Set.of(DataClass.PUBLIC));
        Redaction.Redacted everything = Redaction.apply(investment, classes, Set.of(DataClass.values()));

        assertThat(publicOnly.data()).containsOnlyKeys("investmentId", "firmId", "effectiveDate");
        assertThat(publicOnly.removed()).containsExactly("amountRmb", "round");
        assertThat(everything.data()).isEqualTo(investment);
        assertThat(everything.removed()).isEmpty();
    }

    @Test
    void nestedFieldsAndFieldsNoContractClassifiesAreRemovedByPath() {
        Map<String, Object> operator = new LinkedHashMap<>(Map.of("name", "盐城孵化运营有限公司", "uscc",
                "91350100M000100Y43"));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", "盐都科创孵化器");
        profile.put("address", "盐都区新都路 1 号");
        profile.put("operator", operator);
        Map<String, Object> carrier = new LinkedHashMap<>();
        carrier.put("carrierId", "carrier-1");
        carrier.put("profile", profile);
        carrier.put("addedInALaterRevision", "x");

        Redaction.Redacted redacted = Redaction.apply(carrier,
                DataClassification.of(RegistryEvents.CARRIER_PROFILE_CHANGED), Set.of(DataClass.PUBLIC));

        assertThat(redacted.data()).isEqualTo(Map.of("carrierId", "carrier-1", "profile",
                Map.of("name", "盐都科创孵化器")));
        assertThat(redacted.removed()).containsExactly("profile.address", "profile.operator", "addedInALaterRevision");
    }

    @Test
    void fieldsOfArrayItemsAreNamedAfterTheArrayAndReportedOnce() {
        Map<String, Object> row = new LinkedHashMap<>(Map.of("x", 1));
        Map<String, Object> data = new LinkedHashMap<>(Map.of("rows", List.of(row, new LinkedHashMap<>(row))));

        Redaction.Redacted redacted = Redaction.apply(data, Map.of("rows", DataClass.PUBLIC), Set.of(DataClass.PUBLIC));

        assertThat(redacted.data()).isEqualTo(Map.of("rows", List.of(Map.of(), Map.of())));
        assertThat(redacted.removed()).containsExactly("rows.x");
    }
}
