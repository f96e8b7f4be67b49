package io.hatchery.contracts.exchange;

import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import java.util.List;

/**
 * Facts other departments send in through the exchange. A partner posts them under these type names, with data
 * valid against these schemas; the exchange publishes them under the same names on its inbound topic.
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

    public static final List<EventType<?>> ALL = List.of(FIRM_DEREGISTERED, FIRM_MOVED_OUT, FIRM_REVENUE_REPORTED,
            HIGH_TECH_CERTIFICATE_GRANTED, HIGH_TECH_CERTIFICATE_REVOKED, TECH_SME_REGISTERED);

    private ExchangeEvents() {
    }
}
