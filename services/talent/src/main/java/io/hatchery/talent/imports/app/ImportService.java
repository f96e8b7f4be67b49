package io.hatchery.talent.imports.app;

import io.hatchery.application.access.Actor;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.spreadsheets.ImportReport;
import io.hatchery.spreadsheets.ImportReport.Outcome;
import io.hatchery.spreadsheets.ImportReport.RowResult;
import io.hatchery.spreadsheets.RowImport;
import io.hatchery.spreadsheets.SpreadsheetReader;
import io.hatchery.spreadsheets.SpreadsheetReader.SheetRow;
import io.hatchery.talent.activity.app.ActivityService;
import io.hatchery.talent.imports.domain.ImportType;
import io.hatchery.talent.imports.domain.TalentCells;
import io.hatchery.talent.person.app.TalentService;
import io.hatchery.talent.person.domain.IdentityDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Bulk import of people (with a programme's recognition), of mentors (people already registered, found by their
 * document, engaged by a carrier) and of activities, from a province's sheet. Every row goes through the checks of
 * the API for the caller; the report says per row what happened and never repeats a person's data. A row's key is a
 * keyed digest of the row, so importing the same file again changes nothing.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final TalentService talents;
    private final ActivityService activities;

    public ImportService(TalentService talents, ActivityService activities) {
        this.talents = talents;
        this.activities = activities;
    }

    public ImportReport importFile(Actor actor, ImportType type, String fileName, byte[] content) {
        List<SheetRow> rows = SpreadsheetReader.read(fileName, content, type);
        List<RowResult> results = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            results.add(RowImport.run(row, switch (type) {
                case TALENTS -> values -> importTalent(actor, values);
                case MENTORS -> values -> importMentor(actor, values);
                case ACTIVITIES -> values -> importActivity(actor, values);
            }));
        }
        ImportReport report = ImportReport.of(type.name().toLowerCase(Locale.ROOT), fileName, results);
        log.info("Import of {} from {} by {}: {} imported, {} duplicates, {} refused", report.type(), fileName,
                actor.subject(), report.imported(), report.duplicates(), report.refused());
        return report;
    }

    private static IdentityDocument.Kind documentKind(Map<String, String> values) {
        return values.containsKey("documentKind") ? RowImport.parse(values, "documentKind", TalentCells::documentKind)
                : IdentityDocument.Kind.RESIDENT_ID;
    }

    private RowResult importTalent(Actor actor, Map<String, String> values) {
        // before anything is looked up: the register is no oracle of documents for who does not keep it
        talents.requireKeeper(actor, RowImport.required(values, "region"));
        IdentityDocument.Kind kind = documentKind(values);
        String number = RowImport.required(values, "documentNumber");
        TalentService.Registration registration = new TalentService.Registration(kind, number,
                RowImport.required(values, "name"), values.get("phone"), values.get("email"),
                RowImport.required(values, "region"), RowImport.optional(values, "education", TalentCells::education),
                values.containsKey("returnee") && RowImport.parse(values, "returnee", TalentCells::yes),
                values.get("field"), RowImport.optional(values, "registeredOn", RowImport::date));
        String id = talents.holderOf(kind, number).orElse(null);
        boolean created = false;
        if (id == null) {
            try {
                id = talents.register(actor, registration, talents.importKey(new TreeMap<>(values).toString()))
                        .talent().id();
                created = true;
            } catch (AggregateAlreadyExistsException registeredMeanwhile) {
                id = registeredMeanwhile.id();
            }
        }
        if (values.containsKey("programme")) {
            talents.recognise(actor, id, null, values.get("programme").trim(),
                    RowImport.parse(values, "programmeYear", Integer::parseInt),
                    RowImport.parse(values, "recognisedOn", RowImport::date));
        }
        return new RowResult(0, created ? Outcome.IMPORTED : Outcome.DUPLICATE, id, null,
                created ? null : "the person is registered already");
    }

    private RowResult importMentor(Actor actor, Map<String, String> values) {
        String number = RowImport.required(values, "documentNumber");
        String id = talents.holderOf(documentKind(values), number).orElseThrow(() -> new RowImport.BadCell(
                "documentNumber", "no person with this document is registered; import them as talents first"));
        talents.engage(actor, id, null, RowImport.required(values, "carrierId").trim(),
                RowImport.parse(values, "kind", TalentCells::mentorKind), List.of(),
                RowImport.parse(values, "since", RowImport::date));
        return new RowResult(0, Outcome.IMPORTED, id, null, null);
    }

    private RowResult importActivity(Actor actor, Map<String, String> values) {
        String key = "import-" + RowImport.fingerprint(values);
        String id = activities.record(actor, RowImport.required(values, "carrierId").trim(),
                RowImport.parse(values, "kind", TalentCells::activityKind), RowImport.required(values, "title"),
                RowImport.parse(values, "heldOn", RowImport::date),
                values.containsKey("participants") ? RowImport.parse(values, "participants", Integer::parseInt) : 0,
                values.containsKey("firms") ? RowImport.parse(values, "firms", Integer::parseInt) : 0, key, key)
                .id();
        return new RowResult(0, Outcome.IMPORTED, id, null, null);
    }
}
