package io.hatchery.contracts.exchange;

import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import java.util.List;

/**
 * The exchange's event types. {@link #ALL}: facts other departments send in; a partner posts them under these type
 * names, with data valid against these schemas, and the exchange publishes them under the same names on its inbound
 * topic. {@link #ADMINISTRATION}: its partners and subscriptions, for audit.
 */
public final class ExchangeEvents {

    public static final EventType<FirmDeregistered> FIRM_DEREGISTERED = new EventType<>(
            "hatchery.exchange.firm.deregistered.v1", FirmDeregistered.class, Topics.EXCHANGE_INBOUND);
    public static final EventType<FirmMovedOut> FIRM_MOVED_OUT = new EventType<>(
            "hatchery.exchange.firm.moved-out.v1", FirmMovedOut.class, Topics.EXCHANGE_INBOUND);
    public static final EventType<FirmRevenueReported> FIRM_REVENUE_REPORTED = new EventType<>(
            "hatchery.exchange.firm.revenue-reported.v1", FirmRevenueReported.class, Topics.EXCHANGE_INBOUND);
    public static final EventType<HighTechCertificateGranted> HIGH_TECH_CERTIFICATE_GRANTED = new EventType<>(
            "hatchery.exchange.firm.high-tech-granted.v1", HighTechCertificateGranted.class,
            Topics.EXCHANGE_INBOUND);
    public static final EventType<HighTechCertificateRevoked> HIGH_TECH_CERTIFICATE_REVOKED = new EventType<>(
            "hatchery.exchange.firm.high-tech-revoked.v1", HighTechCertificateRevoked.class,
            Topics.EXCHANGE_INBOUND);
    public static final EventType<TechSmeRegistered> TECH_SME_REGISTERED = new EventType<>(
            "hatchery.exchange.firm.tech-sme-registered.v1", TechSmeRegistered.class, Topics.EXCHANGE_INBOUND);

    public static final EventType<PartnerRegistered> PARTNER_REGISTERED = new EventType<>(
            "hatchery.exchange.partner.registered.v1", PartnerRegistered.class, Topics.EXCHANGE_PARTNERS);
    public static final EventType<PartnerEntitlementsChanged> PARTNER_ENTITLEMENTS_CHANGED = new EventType<>(
            "hatchery.exchange.partner.entitlements-changed.v1", PartnerEntitlementsChanged.class,
            Topics.EXCHANGE_PARTNERS);
    public static final EventType<SubscriptionCreated> SUBSCRIPTION_CREATED = new EventType<>(
            "hatchery.exchange.subscription.created.v1", SubscriptionCreated.class, Topics.EXCHANGE_SUBSCRIPTIONS);
    public static final EventType<SubscriptionStatusChanged> SUBSCRIPTION_STATUS_CHANGED = new EventType<>(
            "hatchery.exchange.subscription.status-changed.v1", SubscriptionStatusChanged.class,
            Topics.EXCHANGE_SUBSCRIPTIONS);
    public static final EventType<SubscriptionRewound> SUBSCRIPTION_REWOUND = new EventType<>(
            "hatchery.exchange.subscription.rewound.v1", SubscriptionRewound.class, Topics.EXCHANGE_SUBSCRIPTIONS);
    public static final EventType<SubscriptionValidated> SUBSCRIPTION_VALIDATED = new EventType<>(
            "hatchery.exchange.subscription.validated.v1", SubscriptionValidated.class, Topics.EXCHANGE_SUBSCRIPTIONS);

    /** Partners and subscriptions: the exchange's own administration, kept for audit. */
    public static final List<EventType<?>> ADMINISTRATION = List.of(PARTNER_REGISTERED,
            PARTNER_ENTITLEMENTS_CHANGED, SUBSCRIPTION_CREATED, SUBSCRIPTION_STATUS_CHANGED, SUBSCRIPTION_REWOUND,
            SUBSCRIPTION_VALIDATED);

    /** The facts partners send in. */
    public static final List<EventType<?>> ALL = List.of(FIRM_DEREGISTERED, FIRM_MOVED_OUT, FIRM_REVENUE_REPORTED,
            HIGH_TECH_CERTIFICATE_GRANTED, HIGH_TECH_CERTIFICATE_REVOKED, TECH_SME_REGISTERED);

    private ExchangeEvents() {
    }
}
