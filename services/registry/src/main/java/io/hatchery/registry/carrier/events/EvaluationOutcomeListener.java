package io.hatchery.registry.carrier.events;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.evaluation.EvaluationCompleted;
import io.hatchery.persistence.EventContext;
import io.hatchery.registry.carrier.app.CarrierService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Applies the consequences of yearly evaluations (downgrade, delisting, rectification) to the carriers. */
@Component
public class EvaluationOutcomeListener {

    private final CarrierService carriers;

    public EvaluationOutcomeListener(CarrierService carriers) {
        this.carriers = carriers;
    }

    @KafkaListener(topics = Topics.Names.EVALUATION_EVALUATIONS)
    public void on(EventEnvelope<?> event) {
        if (event.data() instanceof EvaluationCompleted completed) {
            carriers.applyEvaluation(completed, new EventContext(event.actor() != null ? event.actor()
                    : event.source(), event.traceparent()));
        }
    }
}
