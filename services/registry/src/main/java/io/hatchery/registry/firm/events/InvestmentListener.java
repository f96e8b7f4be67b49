package io.hatchery.registry.firm.events;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.persistence.EventContext;
import io.hatchery.registry.firm.app.FirmService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Sums the investments the fund-matching service records into the firms, to detect graduation eligibility. */
@Component
public class InvestmentListener {

    private final FirmService firms;

    public InvestmentListener(FirmService firms) {
        this.firms = firms;
    }

    @KafkaListener(topics = Topics.Names.FUNDING_INVESTMENTS)
    public void on(EventEnvelope<?> event) {
        if (event.data() instanceof InvestmentMade investment) {
            firms.recordInvestment(investment, new EventContext(event.actor() != null ? event.actor()
                    : event.source(), event.traceparent()));
        }
    }
}
