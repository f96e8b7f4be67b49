package io.hatchery.exchange.inbound.web;

import io.hatchery.application.access.Actor;
import io.hatchery.exchange.inbound.app.InboundService;
import io.hatchery.web.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Facts other departments send in: a CloudEvents batch, answered item by item. */
@RestController
@RequestMapping("/api/exchange/inbound")
public class InboundController {

    private final InboundService inbound;

    public InboundController(InboundService inbound) {
        this.inbound = inbound;
    }

    /**
     * Takes a batch ({@code application/cloudevents-batch+json}, or {@code application/json}) of up to 500
     * CloudEvents of inbound types. Each item is accepted (published; 202), a duplicate of one accepted before by
     * (source, id) (nothing changes; 200), or refused with its own problems (400, 403, 422); the answer lists them
     * in order.
     */
    @PostMapping(consumes = {"application/cloudevents-batch+json", "application/json"})
    @PreAuthorize(Roles.PARTNERS)
    public InboundService.BatchResult submit(Actor actor, @RequestBody JsonNode batch) {
        return inbound.submit(actor, batch);
    }
}
