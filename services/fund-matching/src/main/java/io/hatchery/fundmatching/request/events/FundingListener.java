package io.hatchery.fundmatching.request.events;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.funding.LoanGranted;
import io.hatchery.contracts.identity.FirmIds;
import io.hatchery.fundmatching.request.app.RequestService;
import io.hatchery.persistence.EventContext;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Links this service's own investments and loans to the requests they fund: an investment into a firm by a fund
 * proposed to one of the firm's requests funds that request (ADR 11).
 */
@Component
public class FundingListener {

    private final RequestService requests;

    public FundingListener(RequestService requests) {
        this.requests = requests;
    }

    @KafkaListener(topics = {Topics.Names.FUNDING_INVESTMENTS, Topics.Names.FUNDING_LOANS})
    public void on(EventEnvelope<?> event) {
        EventContext context = EventContext.system("fund-matching");
        if (event.data() instanceof InvestmentMade investment && investment.fundId() != null) {
            requests.funded(FirmIds.of(investment.firmId(), investment.firmUscc()), investment.fundId(),
                    investment.investmentId(), false, investment.effectiveDate(), context);
        } else if (event.data() instanceof LoanGranted loan) {
            requests.funded(loan.firmId(), loan.bankId(), loan.loanId(), true, loan.effectiveDate(), context);
        }
    }
}
