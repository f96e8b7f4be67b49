package io.hatchery.exchange.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.DataClass;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.RegistryEvents;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.exchange.partner.domain.Entitlements;
import io.hatchery.exchange.partner.domain.Partner;
import io.hatchery.exchange.partner.domain.PartnerKind;
import io.hatchery.exchange.subscription.app.CloudEventsSql;
import io.hatchery.exchange.subscription.app.OutboundEvent;
import io.hatchery.exchange.subscription.domain.Delivery;
import io.hatchery.exchange.subscription.domain.Filter;
import io.hatchery.exchange.subscription.domain.Subscription;
import io.hatchery.exchange.subscription.domain.SubscriptionStatus;
import io.hatchery.exchange.subscription.domain.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which events a subscription selects: every filter dialect of the CloudEvents Subscriptions API, CloudEvents SQL
 * through the SDK, and confinement to the partner's jurisdiction and entitlements that no filter can widen.
 */
class SelectionTest {

    private static final RegionCatalog REGIONS = RegionCatalog.national();
    private static final CloudEventsSql SQL = new CloudEventsSql();
    private static final String CARRIER_REGISTERED = RegistryEvents.CARRIER_REGISTERED.name();
    private static final Partner YANCHENG_MARKET = new Partner("samr-320900", "盐城市市场监督管理局",
            PartnerKind.DEPARTMENT, "320900", new Entitlements(Set.of(CARRIER_REGISTERED,
                    RegistryEvents.FIRM_REGISTERED.name()), Set.of(DataClass.PUBLIC), Set.of()), "samr-320900");

    private static OutboundEvent carrierIn(String region, String subject) {
        return OutboundEvent.of(EventEnvelope.of(RegistryEvents.CARRIER_REGISTERED, "hatchery/registry", subject,
                region, 1, "officer", null, new CarrierRegistered(subject, CarrierKind.INCUBATOR, region, null,
                        null, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-01")),
                Instant.parse("2025-03-01T08:00:00Z")));
    }

    private static boolean selects(Subscription subscription, OutboundEvent event) {
        return subscription.selects(YANCHENG_MARKET, event.attributes().apply("type"),
                event.attributes().apply("region"),
                region -> REGIONS.subtreeCodes(YANCHENG_MARKET.jurisdiction()).contains(region), event.attributes(),
                SQL.against(event));
    }

    private static Subscription with(Filter... filters) {
        return new Subscription("s1", "samr-320900", "320900", Set.of(), List.of(filters), "https://example.org/hook",
                Delivery.DEFAULT, SubscriptionStatus.ACTIVE, Validation.VALIDATED, "secret", Instant.EPOCH, 0);
    }

    @Test
    void everyDialectFiltersOnContextAttributesAndExtensions() {
        OutboundEvent tinghu = carrierIn("320902", "carrier-a1");

        assertThat(selects(with(new Filter.Exact(Map.of("region", "320902"))), tinghu)).isTrue();
        assertThat(selects(with(new Filter.Exact(Map.of("region", "320903"))), tinghu)).isFalse();
        assertThat(selects(with(new Filter.Prefix(Map.of("type", "hatchery.registry.carrier."))), tinghu)).isTrue();
        assertThat(selects(with(new Filter.Suffix(Map.of("subject", "-a1"))), tinghu)).isTrue();
        assertThat(selects(with(new Filter.Suffix(Map.of("subject", "-a2"))), tinghu)).isFalse();
        assertThat(selects(with(new Filter.Exact(Map.of("nosuchattribute", "x"))), tinghu))
                .as("an attribute the event lacks never matches").isFalse();
        assertThat(selects(with(new Filter.All(List.of(new Filter.Prefix(Map.of("region", "3209")),
                new Filter.Not(new Filter.Exact(Map.of("region", "320903")))))), tinghu)).isTrue();
        assertThat(selects(with(new Filter.Any(List.of(new Filter.Exact(Map.of("region", "320903")),
                new Filter.Exact(Map.of("region", "320904"))))), tinghu)).isFalse();
        assertThat(selects(with(new Filter.Exact(Map.of("region", "320902")),
                new Filter.Suffix(Map.of("subject", "-a2"))), tinghu)).as("filters of a subscription all apply")
                .isFalse();
    }

    @Test
    void cloudEventsSqlFiltersThroughTheSdk() {
        OutboundEvent tinghu = carrierIn("320902", "carrier-a1");

        assertThat(selects(with(new Filter.Sql("region = '320902' AND type LIKE 'hatchery.registry.%'")), tinghu))
                .isTrue();
        assertThat(selects(with(new Filter.Sql("region IN ('320903', '320904')")), tinghu)).isFalse();
        assertThat(selects(with(new Filter.Sql("INT(aggregateversion) >= 1 AND EXISTS subject")), tinghu)).isTrue();
        assertThat(selects(with(new Filter.Sql("missingattribute = 'x'")), tinghu))
                .as("an expression failing on the event does not select it").isFalse();
        assertThat(SQL.problem("region = ")).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("is not valid CloudEvents SQL"));
        assertThat(SQL.problem("region = '320902'")).isEmpty();
    }

    @Test
    void aPartnerOfOneCityNeverReceivesAnotherCitysEventsWhateverItsFiltersSay() {
        OutboundEvent suzhou = carrierIn("320505", "carrier-b1");
        OutboundEvent noRegion = carrierIn(null, "carrier-c1");

        assertThat(selects(with(), suzhou)).isFalse();
        assertThat(selects(with(new Filter.Exact(Map.of("region", "320505"))), suzhou)).isFalse();
        assertThat(selects(with(new Filter.Sql("TRUE")), suzhou)).isFalse();
        assertThat(selects(with(), noRegion)).as("an event without a region is in no jurisdiction").isFalse();
        assertThat(selects(with(), carrierIn("320902", "carrier-a1"))).isTrue();
    }

    @Test
    void onlyEntitledTypesAndTheSubscriptionsOwnTypesAreSelected() {
        OutboundEvent tinghu = carrierIn("320902", "carrier-a1");
        Subscription firmsOnly = new Subscription("s2", "samr-320900", "320900",
                Set.of(RegistryEvents.FIRM_REGISTERED.name()),
                List.of(), null, Delivery.DEFAULT, SubscriptionStatus.ACTIVE, Validation.NOT_NEEDED, "secret",
                Instant.EPOCH, 0);
        Partner withoutCarriers = new Partner("samr-320900", "盐城市市场监督管理局", PartnerKind.DEPARTMENT, "320900",
                new Entitlements(Set.of(RegistryEvents.FIRM_REGISTERED.name()), Set.of(), Set.of()), "samr-320900");

        assertThat(selects(firmsOnly, tinghu)).isFalse();
        assertThat(with().selects(withoutCarriers, CARRIER_REGISTERED, "320902", region -> true, tinghu.attributes(),
                SQL.against(tinghu))).as("not entitled to the type, though the subscription takes every type")
                .isFalse();
    }
}
