package io.hatchery.exchange.catalogue.web;

import io.hatchery.application.access.Actor;
import io.hatchery.exchange.catalogue.app.Catalogue;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The exchange's catalogue, the AsyncAPI document and the schemas it refers to. */
@RestController
@RequestMapping("/api/exchange")
public class CatalogueController {

    private final Catalogue catalogue;

    public CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every outbound and inbound type with its schema, an example, its data classes and who may receive it. */
    @GetMapping("/catalogue")
    @PreAuthorize("isAuthenticated()")
    public Catalogue.Entries catalogue(Actor actor) {
        return catalogue.entries(actor);
    }

    /** The AsyncAPI 3 document of the platform's channels. */
    @GetMapping(value = "/asyncapi.yaml", produces = "application/yaml")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<String> asyncApi() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml"))
                .body(catalogue.asyncApi());
    }

    /** A schema the AsyncAPI document refers to. */
    @GetMapping(value = "/schemas/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    public JsonNode schema(@PathVariable String name) {
        return catalogue.schema(name);
    }
}
