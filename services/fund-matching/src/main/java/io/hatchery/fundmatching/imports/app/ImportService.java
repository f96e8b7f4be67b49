package io.hatchery.fundmatching.imports.app;

import io.hatchery.application.access.Actor;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.fundmatching.fund.app.FundService;
import io.hatchery.fundmatching.fund.app.InvestmentService;
import io.hatchery.fundmatching.fund.app.InvestmentService.InvestmentInput;
import io.hatchery.fundmatching.fund.domain.FundEstablishment;
import io.hatchery.fundmatching.imports.domain.FundingCells;
import io.hatchery.fundmatching.imports.domain.ImportType;
import io.hatchery.fundmatching.investor.domain.Investor;
import io.hatchery.spreadsheets.ImportReport;
import io.hatchery.spreadsheets.ImportReport.Outcome;
import io.hatchery.spreadsheets.ImportReport.RowResult;
import io.hatchery.spreadsheets.RowImport;
import io.hatchery.spreadsheets.SpreadsheetReader;
import io.hatchery.spreadsheets.SpreadsheetReader.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Bulk import of funds or investments from a province's spreadsheet. Every row goes through the same checks as the
 * API and is stored in one write or not at all; the report says per row what happened. A row's id follows from
 * the row, so importing the same file again (by anyone) reports duplicates and changes nothing.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final FundService funds;
    private final InvestmentService investments;

    public ImportService(FundService funds, InvestmentService investments) {
        this.funds = funds;
        this.investments = investments;
    }

    public ImportReport importFile(Actor actor, ImportType type, String fileName, byte[] content) {
        List<SheetRow> rows = SpreadsheetReader.read(fileName, content, type);
        List<RowResult> results = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            results.add(RowImport.run(row, type == ImportType.FUNDS ? values -> importFund(actor, values)
                    : values -> importInvestment(actor, values)));
        }
        ImportReport report = ImportReport.of(type.name().toLowerCase(Locale.ROOT), fileName, results);
        log.info("Import of {} from {} by {}: {} imported, {} duplicates, {} refused", report.type(), fileName,
                actor.subject(), report.imported(), report.duplicates(), report.refused());
        return report;
    }

    private RowResult importFund(Actor actor, Map<String, String> values) {
        FundEstablishment establishment = new FundEstablishment(RowImport.required(values, "name"),
                RowImport.parse(values, "kind", FundingCells::kind),
                RowImport.parse(values, "manager", ImportService::investorId),
                RowImport.parse(values, "committedRmb", RowImport::number),
                RowImport.parse(values, "establishedOn", RowImport::date), RowImport.required(values, "region"),
                values.get("carrierId"), RowImport.optional(values, "carrierLink", FundingCells::link),
                RowImport.optional(values, "industries", FundingCells::list),
                RowImport.optional(values, "stages", cell -> FundingCells.list(cell).stream()
                        .map(FundingCells::stage).toList()),
                RowImport.optional(values, "ticketMinRmb", RowImport::number),
                RowImport.optional(values, "ticketMaxRmb", RowImport::number),
                RowImport.optional(values, "localReinvestmentShare", FundingCells::share),
                RowImport.optional(values, "stateCapitalShare", FundingCells::share));
        String rowKey = RowImport.fingerprint(values);
        boolean before = funds.isImported(rowKey);
        String id = funds.establishImported(actor, establishment, rowKey).fund().id();
        return new RowResult(0, before ? Outcome.DUPLICATE : Outcome.IMPORTED, id, null,
                before ? "already imported" : null);
    }

    private RowResult importInvestment(Actor actor, Map<String, String> values) {
        InvestmentInput input = new InvestmentInput(null, RowImport.required(values, "firmUscc").trim(),
                RowImport.parse(values, "amountRmb", RowImport::number),
                RowImport.optional(values, "round", FundingCells::stage),
                RowImport.optional(values, "instrument", FundingCells::instrument),
                RowImport.parse(values, "investedOn", RowImport::date), null, null);
        String rowKey = RowImport.fingerprint(values);
        boolean before = investments.isImported(rowKey);
        String id = investments.recordImported(actor, RowImport.required(values, "fundId").trim(), input, rowKey)
                .id();
        return new RowResult(0, before ? Outcome.DUPLICATE : Outcome.IMPORTED, id, null,
                before ? "already imported" : null);
    }

    /** An investor named by its id or by its unified social credit code. */
    private static String investorId(String value) {
        String trimmed = value.trim();
        if (trimmed.startsWith(Investor.idOf(""))) {
            return trimmed;
        }
        if (!Uscc.isValid(trimmed)) {
            throw new IllegalArgumentException("'" + value + "' is neither an investor id nor a valid USCC");
        }
        return Investor.idOf(trimmed);
    }
}
