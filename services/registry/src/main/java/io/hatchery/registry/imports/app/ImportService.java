package io.hatchery.registry.imports.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.context.EventContexts;
import io.hatchery.contracts.identity.FirmIds;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.HostLocation;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.persistence.Aggregate;
import io.hatchery.registry.carrier.app.CarrierService;
import io.hatchery.registry.carrier.domain.Carrier;
import io.hatchery.registry.carrier.domain.CarrierRegistration;
import io.hatchery.registry.firm.app.FirmAlreadyRegisteredException;
import io.hatchery.registry.firm.app.FirmService;
import io.hatchery.registry.imports.domain.CellValues;
import io.hatchery.registry.imports.domain.ImportType;
import io.hatchery.spreadsheets.ImportReport;
import io.hatchery.spreadsheets.ImportReport.Outcome;
import io.hatchery.spreadsheets.ImportReport.RowResult;
import io.hatchery.spreadsheets.RowImport;
import io.hatchery.spreadsheets.SpreadsheetReader;
import io.hatchery.spreadsheets.SpreadsheetReader.SheetRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Bulk import of carriers or firms from a province's spreadsheet. Every row is checked on its own and stored in
 * one write or not at all; the report says per row what happened. Rows that are already in the registry are
 * reported as duplicates and change nothing, so importing the same file twice is harmless.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final String UNSTATED_AUTHORITY = "(not stated in the import)";

    private final CarrierService carriers;
    private final FirmService firms;
    private final RegionCatalog regions;
    private final EventContexts eventContexts;

    public ImportService(CarrierService carriers, FirmService firms, RegionCatalog regions,
            EventContexts eventContexts) {
        this.carriers = carriers;
        this.firms = firms;
        this.regions = regions;
        this.eventContexts = eventContexts;
    }

    public ImportReport importFile(Actor actor, ImportType type, String fileName, byte[] content) {
        List<SheetRow> rows = SpreadsheetReader.read(fileName, content, type);
        List<RowResult> results = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            results.add(importRow(row, type == ImportType.CARRIERS
                    ? values -> importCarrier(actor, values) : values -> importFirm(actor, values)));
        }
        ImportReport report = ImportReport.of(type.name().toLowerCase(), fileName, results);
        log.info("Import of {} from {} by {}: {} imported, {} duplicates, {} refused", report.type(), fileName,
                actor.subject(), report.imported(), report.duplicates(), report.refused());
        return report;
    }

    /** A row through {@link RowImport#run}; a USCC registered with other details is refused naming it. */
    private static RowResult importRow(SheetRow row, Function<Map<String, String>, RowResult> importer) {
        return RowImport.run(row, values -> {
            try {
                return importer.apply(values);
            } catch (FirmAlreadyRegisteredException conflict) {
                return new RowResult(0, Outcome.REFUSED, conflict.existingId(), "uscc",
                        conflict.getMessage() + " with other details");
            }
        });
    }

    private RowResult importCarrier(Actor actor, Map<String, String> values) {
        CarrierKind kind = RowImport.parse(values, "kind", CellValues::kind);
        String region = RowImport.required(values, "region");
        HostLocation host = values.containsKey("hostLocation") ? hostLocation(values.get("hostLocation")) : null;
        CarrierProfile profile = new CarrierProfile(RowImport.required(values, "name"),
                new Operator(RowImport.required(values, "operatorName"), RowImport.required(values, "operatorUscc")),
                values.get("address"), RowImport.parse(values, "totalArea", RowImport::number),
                RowImport.parse(values, "incubationArea", RowImport::number), List.of(), null, List.of());
        CarrierRegistration registration = new CarrierRegistration(kind, region, host, profile,
                RowImport.parse(values, "establishedOn", RowImport::date));
        CarrierService.Certification certification = null;
        if (values.containsKey("level")) {
            CertificationLevel level = RowImport.parse(values, "level", CellValues::level);
            LocalDate certifiedOn = values.containsKey("certifiedOn") ? RowImport.parse(values, "certifiedOn", RowImport::date)
                    : null;
            if (certifiedOn == null) {
                throw new RowImport.BadCell("certifiedOn", "is required when a level is given");
            }
            certification = new CarrierService.Certification(level,
                    values.getOrDefault("authority", UNSTATED_AUTHORITY), values.get("certificateNumber"),
                    certifiedOn);
        }
        String id = CarrierService.importedId(registration);
        CarrierService.Registered registered = carriers.register(actor, id, registration, certification,
                RowImport.fingerprint(values), eventContexts.of(actor));
        if (registered.created()) {
            return new RowResult(0, Outcome.IMPORTED, id, null, null);
        }
        return new RowResult(0, Outcome.DUPLICATE, id, null, registered.sameRequest()
                ? "already imported" : "a carrier of this name is already registered in " + region
                        + "; differing details were not applied (change them through the API)");
    }

    private RowResult importFirm(Actor actor, Map<String, String> values) {
        String uscc = RowImport.required(values, "uscc");
        String region = RowImport.required(values, "region");
        String carrierId = values.containsKey("carrier") ? carrierId(values.get("carrier"), region) : null;
        LocalDate admittedOn = values.containsKey("admittedOn") ? RowImport.parse(values, "admittedOn", RowImport::date) : null;
        if (carrierId != null && admittedOn == null) {
            throw new RowImport.BadCell("admittedOn", "is required when a carrier is given");
        }
        FirmService.ImportOutcome outcome = firms.importFirm(actor, uscc, RowImport.required(values, "name"),
                RowImport.parse(values, "foundedOn", RowImport::date), values.get("industry"), region, carrierId, admittedOn);
        String id = FirmIds.of(uscc);
        return switch (outcome) {
            case CREATED -> new RowResult(0, Outcome.IMPORTED, id, null, null);
            case ADMITTED -> new RowResult(0, Outcome.IMPORTED, id, null, "known firm, admitted to " + carrierId);
            case UNCHANGED -> new RowResult(0, Outcome.DUPLICATE, id, null, "already in the registry");
        };
    }

    /** A carrier named by id, or by its exact name among the carriers of the firm's city. */
    private String carrierId(String value, String firmRegion) {
        if (carriers.find(value).isPresent()) {
            return value;
        }
        List<Region> chain = regions.selfAndAncestors(firmRegion);
        String city = chain.size() >= 2 ? chain.get(1).code() : firmRegion;
        List<Aggregate<Carrier>> named = carriers.named(city, value.trim());
        if (named.isEmpty()) {
            throw new RowImport.BadCell("carrier", "no carrier with id or name '" + value + "' in " + city);
        }
        if (named.size() > 1) {
            throw new RowImport.BadCell("carrier", named.size() + " carriers in " + city + " are named '" + value
                    + "'; give the carrier's id");
        }
        return named.get(0).id();
    }

    private HostLocation hostLocation(String value) {
        String place = value.trim();
        if (regions.contains(place)) {
            return new HostLocation(place, regions.find(place).map(Region::name).orElse(place), false);
        }
        boolean abroad = place.startsWith("境外") || place.startsWith("海外") || place.startsWith("国外");
        return new HostLocation(null, place, abroad);
    }
}
