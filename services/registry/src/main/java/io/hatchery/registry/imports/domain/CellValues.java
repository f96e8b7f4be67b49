package io.hatchery.registry.imports.domain;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the registry's values people put in spreadsheet cells: Chinese kind and level names. */
public final class CellValues {

    private static final Map<String, CarrierKind> KINDS = Map.ofEntries(
            Map.entry("众创空间", CarrierKind.MAKER_SPACE),
            Map.entry("孵化器", CarrierKind.INCUBATOR),
            Map.entry("科技企业孵化器", CarrierKind.INCUBATOR),
            Map.entry("加速器", CarrierKind.ACCELERATOR),
            Map.entry("科技企业加速器", CarrierKind.ACCELERATOR),
            Map.entry("苗圃", CarrierKind.NURSERY),
            Map.entry("孵化苗圃", CarrierKind.NURSERY),
            Map.entry("科技园区", CarrierKind.SCIENCE_PARK),
            Map.entry("大学科技园", CarrierKind.SCIENCE_PARK),
            Map.entry("产业园", CarrierKind.SCIENCE_PARK),
            Map.entry("科创飞地", CarrierKind.OFFSITE_ENCLAVE),
            Map.entry("飞地", CarrierKind.OFFSITE_ENCLAVE),
            Map.entry("离岸孵化器", CarrierKind.OFFSITE_ENCLAVE));

    private static final Map<String, CertificationLevel> LEVELS = Map.of(
            "市级", CertificationLevel.MUNICIPAL,
            "省级", CertificationLevel.PROVINCIAL,
            "国家级", CertificationLevel.NATIONAL,
            "国家级标准级", CertificationLevel.NATIONAL_STANDARD,
            "标准级", CertificationLevel.NATIONAL_STANDARD,
            "国家级卓越级", CertificationLevel.NATIONAL_EXCELLENCE,
            "卓越级", CertificationLevel.NATIONAL_EXCELLENCE);

    private CellValues() {
    }

    public static CarrierKind kind(String value) {
        CarrierKind kind = KINDS.get(value.trim());
        if (kind != null) {
            return kind;
        }
        try {
            return CarrierKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a carrier kind (众创空间, 孵化器, 加速器, 苗圃, "
                    + "科技园区, 科创飞地 or " + List.of(CarrierKind.values()) + ")");
        }
    }

    public static CertificationLevel level(String value) {
        CertificationLevel level = LEVELS.get(value.trim());
        if (level != null) {
            return level;
        }
        try {
            return CertificationLevel.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a certification level (市级, 省级, 国家级 or "
                    + List.of(CertificationLevel.values()) + ")");
        }
    }
}
