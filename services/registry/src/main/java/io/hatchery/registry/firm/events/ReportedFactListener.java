package io.hatchery.registry.firm.events;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.exchange.InboundFact;
import io.hatchery.persistence.EventContext;
import io.hatchery.registry.firm.app.FirmService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Facts other departments sent in through the exchange (deregistrations, moves, revenue, certificates,
 * registrations), applied to the firms they name.
 */
@Component
public class ReportedFactListener {

    private final FirmService firms;

    public ReportedFactListener(FirmService firms) {
        this.firms = firms;
    }

    @KafkaListener(topics = Topics.Names.EXCHANGE_INBOUND)
    public void on(EventEnvelope<?> event) {
        if (event.data() instanceof InboundFact fact) {
            firms.applyReportedFact(fact, new EventContext(event.actor() != null ? event.actor() : event.source(),
                    event.traceparent()));
        }
    }
}
