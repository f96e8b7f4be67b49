package io.hatchery.contracts.registry;

import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import java.util.List;

/** Event types published by the registry service. */
public final class RegistryEvents {

    public static final EventType<CarrierRegistered> CARRIER_REGISTERED = new EventType<>(
            "hatchery.registry.carrier.registered.v1", CarrierRegistered.class, Topics.REGISTRY_CARRIERS);
    public static final EventType<CarrierProfileChanged> CARRIER_PROFILE_CHANGED = new EventType<>(
            "hatchery.registry.carrier.profile-changed.v1", CarrierProfileChanged.class, Topics.REGISTRY_CARRIERS);
    public static final EventType<CarrierCertified> CARRIER_CERTIFIED = new EventType<>(
            "hatchery.registry.carrier.certified.v1", CarrierCertified.class, Topics.REGISTRY_CARRIERS);
    public static final EventType<CarrierDowngraded> CARRIER_DOWNGRADED = new EventType<>(
            "hatchery.registry.carrier.downgraded.v1", CarrierDowngraded.class, Topics.REGISTRY_CARRIERS);
    public static final EventType<CarrierDelisted> CARRIER_DELISTED = new EventType<>(
            "hatchery.registry.carrier.delisted.v1", CarrierDelisted.class, Topics.REGISTRY_CARRIERS);
    public static final EventType<CarrierDesignated> CARRIER_DESIGNATED = new EventType<>(
            "hatchery.registry.carrier.designated.v1", CarrierDesignated.class, Topics.REGISTRY_CARRIERS);
    public static final EventType<CarrierUndesignated> CARRIER_UNDESIGNATED = new EventType<>(
            "hatchery.registry.carrier.undesignated.v1", CarrierUndesignated.class, Topics.REGISTRY_CARRIERS);
    public static final EventType<CarrierRectificationOrdered> CARRIER_RECTIFICATION_ORDERED = new EventType<>(
            "hatchery.registry.carrier.rectification-ordered.v1", CarrierRectificationOrdered.class,
            Topics.REGISTRY_CARRIERS);

    public static final EventType<FirmRegistered> FIRM_REGISTERED = new EventType<>(
            "hatchery.registry.firm.registered.v1", FirmRegistered.class, Topics.REGISTRY_FIRMS);
    public static final EventType<FirmAdmitted> FIRM_ADMITTED = new EventType<>(
            "hatchery.registry.firm.admitted.v1", FirmAdmitted.class, Topics.REGISTRY_FIRMS);
    public static final EventType<FirmGraduated> FIRM_GRADUATED = new EventType<>(
            "hatchery.registry.firm.graduated.v1", FirmGraduated.class, Topics.REGISTRY_FIRMS);
    public static final EventType<FirmExited> FIRM_EXITED = new EventType<>(
            "hatchery.registry.firm.exited.v1", FirmExited.class, Topics.REGISTRY_FIRMS);
    public static final EventType<FirmQualified> FIRM_QUALIFIED = new EventType<>(
            "hatchery.registry.firm.qualified.v1", FirmQualified.class, Topics.REGISTRY_FIRMS);
    public static final EventType<FirmQualificationLapsed> FIRM_QUALIFICATION_LAPSED = new EventType<>(
            "hatchery.registry.firm.qualification-lapsed.v1", FirmQualificationLapsed.class, Topics.REGISTRY_FIRMS);
    public static final EventType<FirmInvestmentRecorded> FIRM_INVESTMENT_RECORDED = new EventType<>(
            "hatchery.registry.firm.investment-recorded.v1", FirmInvestmentRecorded.class, Topics.REGISTRY_FIRMS);
    public static final EventType<FirmRevenueRecorded> FIRM_REVENUE_RECORDED = new EventType<>(
            "hatchery.registry.firm.revenue-recorded.v1", FirmRevenueRecorded.class, Topics.REGISTRY_FIRMS);
    public static final EventType<FirmGraduationEligible> FIRM_GRADUATION_ELIGIBLE = new EventType<>(
            "hatchery.registry.firm.graduation-eligible.v1", FirmGraduationEligible.class, Topics.REGISTRY_FIRMS);

    public static final List<EventType<?>> ALL = List.of(CARRIER_REGISTERED, CARRIER_PROFILE_CHANGED,
            CARRIER_CERTIFIED, CARRIER_DOWNGRADED, CARRIER_DELISTED, CARRIER_DESIGNATED, CARRIER_UNDESIGNATED,
            CARRIER_RECTIFICATION_ORDERED, FIRM_REGISTERED, FIRM_ADMITTED, FIRM_GRADUATED, FIRM_EXITED,
            FIRM_QUALIFIED, FIRM_QUALIFICATION_LAPSED, FIRM_INVESTMENT_RECORDED, FIRM_REVENUE_RECORDED,
            FIRM_GRADUATION_ELIGIBLE);

    private RegistryEvents() {
    }
}
