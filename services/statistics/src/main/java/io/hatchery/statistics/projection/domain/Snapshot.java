package io.hatchery.statistics.projection.domain;

import java.util.List;
import java.util.Map;

/**
 * Everything the projection knows, in a form that can be stored and loaded: the facts (the cube follows from
 * them) and the last version applied per aggregate.
 */
public record Snapshot(
        List<CarrierFacts> carriers,
        List<FirmFacts> firms,
        List<InvestmentFacts> investments,
        List<PlanFacts> plans,
        List<EvaluationFacts> evaluations,
        Map<String, Long> versions,
        long sequence,
        List<LoanFacts> loans,
        List<InvestorFacts> investors,
        List<FundFacts> funds,
        List<RequestFacts> requests,
        List<TalentFacts> talents,
        List<CarrierRecordFacts> carrierRecords,
        List<FirmRecord> firmRecords,
        Map<String, String> carrierNames) {

    /**
     * The shape of what a snapshot holds. A checkpoint of an earlier model lacks facts this one keeps (the firm
     * profiles came with model 2), so it is not restored: the projection replays the topics instead.
     */
    public static final int MODEL = 2;

    public Snapshot {
        carriers = carriers == null ? List.of() : carriers;
        firms = firms == null ? List.of() : firms;
        investments = investments == null ? List.of() : investments;
        plans = plans == null ? List.of() : plans;
        evaluations = evaluations == null ? List.of() : evaluations;
        versions = versions == null ? Map.of() : versions;
        loans = loans == null ? List.of() : loans;
        investors = investors == null ? List.of() : investors;
        funds = funds == null ? List.of() : funds;
        requests = requests == null ? List.of() : requests;
        talents = talents == null ? List.of() : talents;
        carrierRecords = carrierRecords == null ? List.of() : carrierRecords;
        firmRecords = firmRecords == null ? List.of() : firmRecords;
        carrierNames = carrierNames == null ? Map.of() : carrierNames;
    }
}
